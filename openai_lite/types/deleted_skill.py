from __future__ import annotations

from typing import Literal

from .._models import BaseModel

__all__ = ["DeletedSkill"]


class DeletedSkill(BaseModel):
    object: Literal["skill.deleted"]
    deleted: bool
    id: str
