from __future__ import annotations

from typing import Literal, Optional

from ....._models import BaseModel

__all__ = ["ServiceAccountCreateResponse"]


class ProjectServiceAccountApiKey(BaseModel):
    object: Literal["organization.project.service_account.api_key"]
    value: str
    name: str
    created_at: int
    id: str


class ServiceAccountCreateResponse(BaseModel):
    object: Literal["organization.project.service_account"]
    id: str
    name: str
    role: Literal["member", "none"]
    created_at: int
    api_key: Optional[ProjectServiceAccountApiKey] = None
