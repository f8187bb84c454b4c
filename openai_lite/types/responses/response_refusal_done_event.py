from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseRefusalDoneEvent"]


class ResponseRefusalDoneEvent(BaseModel):
    item_id: str
    output_index: int
    content_index: int
    refusal: str
    sequence_number: int
    type: Literal["response.refusal.done"]
