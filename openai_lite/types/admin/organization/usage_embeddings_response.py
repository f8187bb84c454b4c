from __future__ import annotations

from .usage_audio_speeches_response import UsageAudioSpeechesResponse

__all__ = ["UsageEmbeddingsResponse"]


class UsageEmbeddingsResponse(UsageAudioSpeechesResponse):
    """The same object as ``UsageAudioSpeechesResponse``."""
