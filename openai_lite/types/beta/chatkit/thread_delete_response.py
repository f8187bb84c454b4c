from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["ThreadDeleteResponse"]


class ThreadDeleteResponse(BaseModel):
    id: str
    object: Literal["chatkit.thread.deleted"]
    deleted: bool
