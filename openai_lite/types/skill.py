from __future__ import annotations

from typing import Literal

from .._models import BaseModel

__all__ = ["Skill"]


class Skill(BaseModel):
    id: str
    object: Literal["skill"]
    name: str
    description: str
    created_at: int
    default_version: str
    latest_version: str
