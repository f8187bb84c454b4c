from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseWebSearchCallCompletedEvent"]


class ResponseWebSearchCallCompletedEvent(BaseModel):
    output_index: int
    item_id: str
    sequence_number: int
    type: Literal["response.web_search_call.completed"]
