from __future__ import annotations

from .role_retrieve_response import RoleRetrieveResponse

__all__ = ["RoleListResponse"]


class RoleListResponse(RoleRetrieveResponse):
    """The same object as ``RoleRetrieveResponse``."""
