from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseReasoningSummaryPartDoneEvent", "Part"]


class Part(BaseModel):
    text: str
    type: Literal["summary_text"]


class ResponseReasoningSummaryPartDoneEvent(BaseModel):
    item_id: str
    output_index: int
    summary_index: int
    status: Optional[str] = None
    sequence_number: int
    part: Part
    type: Literal["response.reasoning_summary_part.done"]
