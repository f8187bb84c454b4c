from __future__ import annotations

from .permission_create_response import PermissionCreateResponse

__all__ = ["PermissionListResponse"]


class PermissionListResponse(PermissionCreateResponse):
    """The same object as ``PermissionCreateResponse``."""
