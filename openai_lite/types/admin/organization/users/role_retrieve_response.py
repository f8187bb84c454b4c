from __future__ import annotations

from typing import Any, Dict, List, Optional

from ....._models import BaseModel

__all__ = ["RoleRetrieveResponse"]


class AssignmentSources(BaseModel):
    principal_id: str
    principal_type: str


class RoleRetrieveResponse(BaseModel):
    id: str
    name: str
    permissions: List[str]
    resource_type: str
    predefined_role: bool
    description: Optional[str] = None
    created_at: Optional[int] = None
    updated_at: Optional[int] = None
    created_by: Optional[str] = None
    created_by_user_obj: Optional[Dict[str, Any]] = None
    metadata: Optional[Dict[str, Any]] = None
    assignment_sources: Optional[List[AssignmentSources]] = None
