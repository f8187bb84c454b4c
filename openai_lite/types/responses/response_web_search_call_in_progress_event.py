from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseWebSearchCallInProgressEvent"]


class ResponseWebSearchCallInProgressEvent(BaseModel):
    output_index: int
    item_id: str
    sequence_number: int
    type: Literal["response.web_search_call.in_progress"]
