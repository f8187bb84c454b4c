from __future__ import annotations

from typing import List, Literal, Optional

from ...._models import BaseModel

__all__ = ["PermissionRetrieveResponse"]


class FineTuningCheckpointPermission(BaseModel):
    id: str
    created_at: int
    project_id: str
    object: Literal["checkpoint.permission"]


class PermissionRetrieveResponse(BaseModel):
    data: List[FineTuningCheckpointPermission]
    object: Literal["list"]
    first_id: Optional[str] = None
    last_id: Optional[str] = None
    has_more: bool
