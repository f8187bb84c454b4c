from __future__ import annotations

from typing import Literal, Optional

from ....._models import BaseModel

__all__ = ["ProjectUser"]


class ProjectUser(BaseModel):
    object: Literal["organization.project.user"]
    id: str
    name: Optional[str] = None
    email: Optional[str] = None
    role: str
    added_at: int
