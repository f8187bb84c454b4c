from __future__ import annotations

from typing import List, Literal

from ...._models import BaseModel, GenericModel

__all__ = ["BetaCompactedResponse"]


class BetaResponseUsageInputTokensDetails(BaseModel):
    cached_tokens: int
    cache_write_tokens: int


class BetaResponseUsageOutputTokensDetails(BaseModel):
    reasoning_tokens: int


class BetaResponseUsage(BaseModel):
    input_tokens: int
    input_tokens_details: BetaResponseUsageInputTokensDetails
    output_tokens: int
    output_tokens_details: BetaResponseUsageOutputTokensDetails
    total_tokens: int


class BetaCompactedResponse(BaseModel):
    id: str
    object: Literal["response.compaction"]
    output: List[GenericModel]
    created_at: int
    usage: BetaResponseUsage
