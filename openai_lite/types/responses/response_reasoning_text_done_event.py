from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseReasoningTextDoneEvent"]


class ResponseReasoningTextDoneEvent(BaseModel):
    item_id: str
    output_index: int
    content_index: int
    text: str
    sequence_number: int
    type: Literal["response.reasoning_text.done"]
