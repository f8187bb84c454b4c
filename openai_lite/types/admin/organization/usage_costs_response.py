from __future__ import annotations

from .usage_audio_speeches_response import UsageAudioSpeechesResponse

__all__ = ["UsageCostsResponse"]


class UsageCostsResponse(UsageAudioSpeechesResponse):
    """The same object as ``UsageAudioSpeechesResponse``."""
