"""Checkpoint permission types (``openai.types.fine_tuning.checkpoints``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..._lazy import lazy_exports

_EXPORTS = {
    "PermissionCreateResponse": ".permission_create_response",
    "PermissionDeleteResponse": ".permission_delete_response",
    "PermissionListResponse": ".permission_list_response",
    "PermissionRetrieveResponse": ".permission_retrieve_response",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .permission_create_response import PermissionCreateResponse as PermissionCreateResponse
    from .permission_delete_response import PermissionDeleteResponse as PermissionDeleteResponse
    from .permission_list_response import PermissionListResponse as PermissionListResponse
    from .permission_retrieve_response import PermissionRetrieveResponse as PermissionRetrieveResponse
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
