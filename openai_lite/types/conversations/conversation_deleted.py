from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ConversationDeleted"]


class ConversationDeleted(BaseModel):
    id: str
    deleted: bool
    object: Literal["conversation.deleted"]
