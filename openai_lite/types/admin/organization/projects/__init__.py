"""Types of ``openai.types.admin.organization.projects``, loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...._lazy import lazy_exports

_EXPORTS = {
    "APIKeyDeleteResponse": ".api_key_delete_response",
    "CertificateActivateResponse": ".certificate_activate_response",
    "CertificateDeactivateResponse": ".certificate_deactivate_response",
    "CertificateListResponse": ".certificate_list_response",
    "GroupDeleteResponse": ".group_delete_response",
    "ProjectAPIKey": ".project_api_key",
    "ProjectDataRetention": ".project_data_retention",
    "ProjectGroup": ".project_group",
    "ProjectHostedToolPermissions": ".project_hosted_tool_permissions",
    "ProjectModelPermissions": ".project_model_permissions",
    "ProjectModelPermissionsDeleted": ".project_model_permissions_deleted",
    "ProjectRateLimit": ".project_rate_limit",
    "ProjectServiceAccount": ".project_service_account",
    "ProjectSpendAlert": ".project_spend_alert",
    "ProjectSpendAlertDeleted": ".project_spend_alert_deleted",
    "ProjectSpendLimit": ".project_spend_limit",
    "ProjectSpendLimitDeleted": ".project_spend_limit_deleted",
    "ProjectUser": ".project_user",
    "ServiceAccountCreateResponse": ".service_account_create_response",
    "ServiceAccountDeleteResponse": ".service_account_delete_response",
    "UserDeleteResponse": ".user_delete_response",
    "service_accounts": ".service_accounts",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .api_key_delete_response import APIKeyDeleteResponse as APIKeyDeleteResponse
    from .certificate_activate_response import CertificateActivateResponse as CertificateActivateResponse
    from .certificate_deactivate_response import CertificateDeactivateResponse as CertificateDeactivateResponse
    from .certificate_list_response import CertificateListResponse as CertificateListResponse
    from .group_delete_response import GroupDeleteResponse as GroupDeleteResponse
    from .project_api_key import ProjectAPIKey as ProjectAPIKey
    from .project_data_retention import ProjectDataRetention as ProjectDataRetention
    from .project_group import ProjectGroup as ProjectGroup
    from .project_hosted_tool_permissions import ProjectHostedToolPermissions as ProjectHostedToolPermissions
    from .project_model_permissions import ProjectModelPermissions as ProjectModelPermissions
    from .project_model_permissions_deleted import ProjectModelPermissionsDeleted as ProjectModelPermissionsDeleted
    from .project_rate_limit import ProjectRateLimit as ProjectRateLimit
    from .project_service_account import ProjectServiceAccount as ProjectServiceAccount
    from .project_spend_alert import ProjectSpendAlert as ProjectSpendAlert
    from .project_spend_alert_deleted import ProjectSpendAlertDeleted as ProjectSpendAlertDeleted
    from .project_spend_limit import ProjectSpendLimit as ProjectSpendLimit
    from .project_spend_limit_deleted import ProjectSpendLimitDeleted as ProjectSpendLimitDeleted
    from .project_user import ProjectUser as ProjectUser
    from .service_account_create_response import ServiceAccountCreateResponse as ServiceAccountCreateResponse
    from .service_account_delete_response import ServiceAccountDeleteResponse as ServiceAccountDeleteResponse
    from .user_delete_response import UserDeleteResponse as UserDeleteResponse
    from . import service_accounts as service_accounts
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
