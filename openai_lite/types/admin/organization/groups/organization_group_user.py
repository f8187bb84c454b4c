from __future__ import annotations

from typing import Optional

from ....._models import BaseModel

__all__ = ["OrganizationGroupUser"]


class OrganizationGroupUser(BaseModel):
    id: str
    name: str
    email: Optional[str] = None
