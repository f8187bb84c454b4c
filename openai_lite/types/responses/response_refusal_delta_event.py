from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseRefusalDeltaEvent"]


class ResponseRefusalDeltaEvent(BaseModel):
    item_id: str
    output_index: int
    content_index: int
    delta: str
    sequence_number: int
    type: Literal["response.refusal.delta"]
