from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional

from ...._models import BaseModel

__all__ = ["OutputItemRetrieveResponse"]


class EvalRunOutputItemResult(BaseModel):
    name: str
    type: Optional[str] = None
    score: float
    passed: bool
    sample: Optional[Dict[str, Any]] = None


class SampleInput(BaseModel):
    role: str
    content: str


class SampleOutput(BaseModel):
    role: Optional[str] = None
    content: Optional[str] = None


class SampleUsage(BaseModel):
    total_tokens: int
    completion_tokens: int
    prompt_tokens: int
    cached_tokens: int


class EvalApiError(BaseModel):
    code: str
    message: str


class Sample(BaseModel):
    input: List[SampleInput]
    output: List[SampleOutput]
    finish_reason: str
    model: str
    usage: SampleUsage
    error: EvalApiError
    temperature: float
    max_completion_tokens: int
    top_p: float
    seed: int


class OutputItemRetrieveResponse(BaseModel):
    object: Literal["eval.run.output_item"]
    id: str
    run_id: str
    eval_id: str
    created_at: int
    status: str
    datasource_item_id: int
    datasource_item: Dict[str, Any]
    results: List[EvalRunOutputItemResult]
    sample: Sample
