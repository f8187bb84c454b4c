from __future__ import annotations

from typing import List, Literal

from ..._models import BaseModel
from .response_item import ResponseItem

__all__ = ["ResponseItemList"]


class ResponseItemList(BaseModel):
    data: List[ResponseItem]
    first_id: str
    has_more: bool
    last_id: str
    object: Literal["list"]
