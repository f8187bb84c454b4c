from __future__ import annotations

from typing import Literal, Optional

from ....._models import BaseModel

__all__ = ["ProjectAPIKey"]


class ProjectApiKeyOwnerUser(BaseModel):
    id: str
    email: str
    name: str
    created_at: int
    role: str


class ProjectApiKeyOwnerServiceAccount(BaseModel):
    id: str
    name: str
    created_at: int
    role: str


class Owner(BaseModel):
    type: Optional[Literal["user", "service_account"]] = None
    user: Optional[ProjectApiKeyOwnerUser] = None
    service_account: Optional[ProjectApiKeyOwnerServiceAccount] = None


class ProjectAPIKey(BaseModel):
    object: Literal["organization.project.api_key"]
    redacted_value: str
    name: str
    created_at: int
    last_used_at: Optional[int] = None
    id: str
    owner_project_access: Literal["active", "inactive"]
    owner: Owner
