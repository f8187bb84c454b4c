from __future__ import annotations

from typing import List, Optional

from ..._models import BaseModel
from .transcription_segment import TranscriptionSegment

__all__ = ["TranslationVerbose"]


class TranslationVerbose(BaseModel):
    duration: float
    language: str
    text: str
    segments: Optional[List[TranscriptionSegment]] = None
