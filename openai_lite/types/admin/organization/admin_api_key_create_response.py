from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel

__all__ = ["AdminAPIKeyCreateResponse"]


class Owner(BaseModel):
    type: Optional[str] = None
    object: Optional[str] = None
    id: Optional[str] = None
    name: Optional[str] = None
    created_at: Optional[int] = None
    role: Optional[str] = None


class AdminAPIKeyCreateResponse(BaseModel):
    object: Literal["organization.admin_api_key"]
    id: str
    name: Optional[str] = None
    redacted_value: str
    created_at: int
    expires_at: Optional[int] = None
    last_used_at: Optional[int] = None
    owner: Owner
    value: str
