from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseReasoningSummaryTextDeltaEvent"]


class ResponseReasoningSummaryTextDeltaEvent(BaseModel):
    item_id: str
    output_index: int
    summary_index: int
    delta: str
    sequence_number: int
    type: Literal["response.reasoning_summary_text.delta"]
