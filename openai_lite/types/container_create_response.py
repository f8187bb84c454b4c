from __future__ import annotations

from typing import List, Literal, Optional

from .._models import BaseModel

__all__ = ["ContainerCreateResponse", "ExpiresAfter", "NetworkPolicy"]


class ExpiresAfter(BaseModel):
    anchor: Optional[Literal["last_active_at"]] = None
    minutes: Optional[int] = None


class NetworkPolicy(BaseModel):
    type: Literal["allowlist", "disabled"]
    allowed_domains: Optional[List[str]] = None


class ContainerCreateResponse(BaseModel):
    id: str
    created_at: int
    name: str
    object: str
    status: str
    expires_after: Optional[ExpiresAfter] = None
    last_active_at: Optional[int] = None
    memory_limit: Optional[Literal["1g", "4g", "16g", "64g"]] = None
    network_policy: Optional[NetworkPolicy] = None
