from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["DeletedSkillVersion"]


class DeletedSkillVersion(BaseModel):
    object: Literal["skill.version.deleted"]
    deleted: bool
    id: str
    version: str
