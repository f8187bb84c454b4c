from __future__ import annotations

from typing import Literal

from ....._models import BaseModel

__all__ = ["ProjectModelPermissionsDeleted"]


class ProjectModelPermissionsDeleted(BaseModel):
    object: Literal["project.model_permissions.deleted"]
    deleted: bool
