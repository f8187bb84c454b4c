from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["AssistantDeleted"]


class AssistantDeleted(BaseModel):
    id: str
    deleted: bool
    object: Literal["assistant.deleted"]
