from __future__ import annotations

from typing import List, Literal, Optional

from ..._models import BaseModel

__all__ = ["TranscriptionTextDeltaEvent", "Logprob"]


class Logprob(BaseModel):
    token: Optional[str] = None
    bytes: Optional[List[int]] = None
    logprob: Optional[float] = None


class TranscriptionTextDeltaEvent(BaseModel):
    delta: str
    type: Literal["transcript.text.delta"]
    logprobs: Optional[List[Logprob]] = None
    segment_id: Optional[str] = None
