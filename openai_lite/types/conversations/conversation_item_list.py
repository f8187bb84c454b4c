from __future__ import annotations

from typing import List, Literal

from ..._models import BaseModel
from .conversation_item import ConversationItem

__all__ = ["ConversationItemList"]


class ConversationItemList(BaseModel):
    data: List[ConversationItem]
    first_id: str
    has_more: bool
    last_id: str
    object: Literal["list"]
