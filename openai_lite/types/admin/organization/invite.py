from __future__ import annotations

from typing import List, Literal, Optional

from ...._models import BaseModel

__all__ = ["Invite"]


class Projects(BaseModel):
    id: str
    role: Literal["member", "owner"]


class Invite(BaseModel):
    object: Literal["organization.invite"]
    id: str
    email: str
    role: Literal["owner", "reader"]
    status: Literal["accepted", "expired", "pending"]
    created_at: int
    expires_at: Optional[int] = None
    accepted_at: Optional[int] = None
    projects: List[Projects]
