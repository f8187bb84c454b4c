from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["Conversation"]


class Conversation(BaseModel):
    id: str
    created_at: int
    # up to 16 string pairs; typed loosely because the API documents it as an object
    metadata: object
    object: Literal["conversation"]
