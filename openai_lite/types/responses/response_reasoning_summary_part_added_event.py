from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseReasoningSummaryPartAddedEvent", "Part"]


class Part(BaseModel):
    text: str
    type: Literal["summary_text"]


class ResponseReasoningSummaryPartAddedEvent(BaseModel):
    item_id: str
    output_index: int
    summary_index: int
    sequence_number: int
    part: Part
    type: Literal["response.reasoning_summary_part.added"]
