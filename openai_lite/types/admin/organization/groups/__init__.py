"""Types of ``openai.types.admin.organization.groups``, loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...._lazy import lazy_exports

_EXPORTS = {
    "OrganizationGroupUser": ".organization_group_user",
    "RoleCreateResponse": ".role_create_response",
    "UserCreateResponse": ".user_create_response",
    "UserDeleteResponse": ".user_delete_response",
    "UserRetrieveResponse": ".user_retrieve_response",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .organization_group_user import OrganizationGroupUser as OrganizationGroupUser
    from .role_create_response import RoleCreateResponse as RoleCreateResponse
    from .user_create_response import UserCreateResponse as UserCreateResponse
    from .user_delete_response import UserDeleteResponse as UserDeleteResponse
    from .user_retrieve_response import UserRetrieveResponse as UserRetrieveResponse
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
