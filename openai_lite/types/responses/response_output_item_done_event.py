from __future__ import annotations

from typing import Literal

from ..._models import BaseModel
from .response_output_item import ResponseOutputItem

__all__ = ["ResponseOutputItemDoneEvent"]


class ResponseOutputItemDoneEvent(BaseModel):
    output_index: int
    sequence_number: int
    item: ResponseOutputItem
    type: Literal["response.output_item.done"]
