from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseImageGenCallCompletedEvent"]


class ResponseImageGenCallCompletedEvent(BaseModel):
    output_index: int
    sequence_number: int
    item_id: str
    type: Literal["response.image_generation_call.completed"]
