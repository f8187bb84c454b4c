from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["Group"]


class Group(BaseModel):
    id: str
    name: str
    created_at: int
    is_scim_managed: bool
    group_type: Literal["group", "tenant_group"]
