from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["TranscriptionTextSegmentEvent"]


class TranscriptionTextSegmentEvent(BaseModel):
    """One speaker segment, streamed by the diarizing model."""

    id: str
    end: float
    speaker: str
    start: float
    text: str
    type: Literal["transcript.text.segment"]
