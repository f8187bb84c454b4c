from __future__ import annotations

from typing import List, Literal, Optional

from ..._models import BaseModel
from ._inputs import GraderInput

__all__ = ["ScoreModelGrader"]


class SamplingParams(BaseModel):
    seed: Optional[int] = None
    top_p: Optional[float] = None
    temperature: Optional[float] = None
    max_completions_tokens: Optional[int] = None
    reasoning_effort: Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]] = None


class ScoreModelGrader(BaseModel):
    type: Literal["score_model"]
    name: str
    model: str
    sampling_params: Optional[SamplingParams] = None
    input: List[GraderInput]
    range: Optional[List[float]] = None
