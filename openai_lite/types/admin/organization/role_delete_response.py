from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["RoleDeleteResponse"]


class RoleDeleteResponse(BaseModel):
    object: Literal["role.deleted"]
    id: str
    deleted: bool
