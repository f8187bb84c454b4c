from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["GroupDeleteResponse"]


class GroupDeleteResponse(BaseModel):
    object: Literal["group.deleted"]
    id: str
    deleted: bool
