from __future__ import annotations

from typing import List, Literal, Optional

from ...._models import BaseModel

__all__ = ["Role"]


class Role(BaseModel):
    object: Literal["role"]
    id: str
    name: str
    description: Optional[str] = None
    permissions: List[str]
    resource_type: str
    predefined_role: bool
