from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ChatCompletionDeleted"]


class ChatCompletionDeleted(BaseModel):
    id: str
    deleted: bool
    object: Literal["chat.completion.deleted"]
