from __future__ import annotations

from typing import Dict, List, Literal, TypedDict

__all__ = ["RealtimeTranscriptionSessionCreateRequestParam"]


class _Required(TypedDict):
    type: Literal["transcription"]


class RealtimeTranscriptionSessionCreateRequestParam(_Required, total=False):
    audio: Dict[str, object]
    include: List[Literal["item.input_audio_transcription.logprobs"]]
