from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["PermissionCreateResponse"]


class PermissionCreateResponse(BaseModel):
    id: str
    created_at: int
    project_id: str
    object: Literal["checkpoint.permission"]
