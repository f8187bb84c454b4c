from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["PermissionDeleteResponse"]


class PermissionDeleteResponse(BaseModel):
    id: str
    object: Literal["checkpoint.permission"]
    deleted: bool
