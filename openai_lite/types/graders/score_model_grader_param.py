from __future__ import annotations

from typing import Iterable, Literal, Optional, TypedDict

from ._inputs_param import GraderInputParam

__all__ = ["ScoreModelGraderParam"]


class SamplingParams(TypedDict, total=False):
    max_completions_tokens: Optional[int]
    reasoning_effort: Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]]
    seed: Optional[int]
    temperature: Optional[float]
    top_p: Optional[float]


class _ScoreModelGraderParamRequired(TypedDict):
    input: Iterable[GraderInputParam]
    model: str
    name: str
    type: Literal["score_model"]


class ScoreModelGraderParam(_ScoreModelGraderParamRequired, total=False):
    range: Iterable[float]
    sampling_params: SamplingParams
