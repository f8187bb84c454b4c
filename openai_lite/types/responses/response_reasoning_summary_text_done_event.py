from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseReasoningSummaryTextDoneEvent"]


class ResponseReasoningSummaryTextDoneEvent(BaseModel):
    item_id: str
    output_index: int
    summary_index: int
    text: str
    sequence_number: int
    type: Literal["response.reasoning_summary_text.done"]
