from __future__ import annotations

from typing import List, Literal, Optional

from ...._models import BaseModel

__all__ = ["OrganizationUser"]


class User(BaseModel):
    object: Literal["user"]
    id: str
    email: Optional[str] = None
    name: Optional[str] = None
    picture: Optional[str] = None
    enabled: Optional[bool] = None
    banned: Optional[bool] = None
    banned_at: Optional[int] = None


class ProjectsData(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None
    role: Optional[str] = None


class Projects(BaseModel):
    object: Literal["list"]
    data: List[ProjectsData]


class OrganizationUser(BaseModel):
    object: Literal["organization.user"]
    id: str
    name: Optional[str] = None
    email: Optional[str] = None
    role: Optional[str] = None
    added_at: int
    is_default: Optional[bool] = None
    created: Optional[int] = None
    user: Optional[User] = None
    is_service_account: Optional[bool] = None
    is_scale_tier_authorized_purchaser: Optional[bool] = None
    is_scim_managed: Optional[bool] = None
    api_key_last_used_at: Optional[int] = None
    technical_level: Optional[str] = None
    developer_persona: Optional[str] = None
    projects: Optional[Projects] = None
