from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = ["ResponseUsage", "InputTokensDetails", "OutputTokensDetails"]


class InputTokensDetails(BaseModel):
    cached_tokens: int


class OutputTokensDetails(BaseModel):
    reasoning_tokens: int


class ResponseUsage(BaseModel):
    input_tokens: int
    input_tokens_details: Optional[InputTokensDetails] = None
    output_tokens: int
    output_tokens_details: Optional[OutputTokensDetails] = None
    total_tokens: int
