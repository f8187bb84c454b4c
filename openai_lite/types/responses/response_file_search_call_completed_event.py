from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseFileSearchCallCompletedEvent"]


class ResponseFileSearchCallCompletedEvent(BaseModel):
    output_index: int
    item_id: str
    sequence_number: int
    type: Literal["response.file_search_call.completed"]
