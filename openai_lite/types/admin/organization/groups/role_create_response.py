from __future__ import annotations

from typing import List, Literal, Optional

from ....._models import BaseModel

__all__ = ["RoleCreateResponse"]


class Group(BaseModel):
    object: Literal["group"]
    id: str
    name: str
    created_at: int
    scim_managed: bool


class Role(BaseModel):
    object: Literal["role"]
    id: str
    name: str
    description: Optional[str] = None
    permissions: List[str]
    resource_type: str
    predefined_role: bool


class RoleCreateResponse(BaseModel):
    object: Literal["group.role"]
    group: Group
    role: Role
