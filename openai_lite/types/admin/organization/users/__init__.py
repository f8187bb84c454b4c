"""Types of ``openai.types.admin.organization.users``, loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...._lazy import lazy_exports

_EXPORTS = {
    "RoleCreateResponse": ".role_create_response",
    "RoleDeleteResponse": ".role_delete_response",
    "RoleListResponse": ".role_list_response",
    "RoleRetrieveResponse": ".role_retrieve_response",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .role_create_response import RoleCreateResponse as RoleCreateResponse
    from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
    from .role_list_response import RoleListResponse as RoleListResponse
    from .role_retrieve_response import RoleRetrieveResponse as RoleRetrieveResponse
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
