from __future__ import annotations

from typing import List, Literal

from ....._models import BaseModel

__all__ = ["ProjectModelPermissions"]


class ProjectModelPermissions(BaseModel):
    object: Literal["project.model_permissions"]
    mode: Literal["allow_list", "deny_list"]
    model_ids: List[str]
