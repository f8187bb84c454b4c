from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["Voice"]


class Voice(BaseModel):
    id: str
    created_at: int
    name: str
    object: Literal["audio.voice"]
