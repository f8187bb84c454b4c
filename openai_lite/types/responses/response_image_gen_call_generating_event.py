from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseImageGenCallGeneratingEvent"]


class ResponseImageGenCallGeneratingEvent(BaseModel):
    output_index: int
    item_id: str
    sequence_number: int
    type: Literal["response.image_generation_call.generating"]
