from __future__ import annotations

from typing import List, Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseTextDeltaEvent", "LogprobTopLogprob", "Logprob"]


class LogprobTopLogprob(BaseModel):
    token: Optional[str] = None
    logprob: Optional[float] = None


class Logprob(BaseModel):
    token: str
    logprob: float
    top_logprobs: Optional[List[LogprobTopLogprob]] = None


class ResponseTextDeltaEvent(BaseModel):
    item_id: str
    output_index: int
    content_index: int
    delta: str
    sequence_number: int
    logprobs: List[Logprob]
    type: Literal["response.output_text.delta"]
