from __future__ import annotations

from typing import List, Literal, Optional

from ..._models import BaseModel
from .transcription_segment import TranscriptionSegment
from .transcription_word import TranscriptionWord

__all__ = ["TranscriptionVerbose", "Usage"]


class Usage(BaseModel):
    seconds: float
    type: Literal["duration"]


class TranscriptionVerbose(BaseModel):
    """`response_format="verbose_json"`."""

    duration: float
    language: str
    text: str
    segments: Optional[List[TranscriptionSegment]] = None
    usage: Optional[Usage] = None
    words: Optional[List[TranscriptionWord]] = None
