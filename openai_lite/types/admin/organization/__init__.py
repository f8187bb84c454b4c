"""Organization admin types (``openai.types.admin.organization``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..._lazy import lazy_exports

_EXPORTS = {
    "AdminAPIKey": ".admin_api_key",
    "AdminAPIKeyCreateResponse": ".admin_api_key_create_response",
    "AdminAPIKeyDeleteResponse": ".admin_api_key_delete_response",
    "AuditLogListResponse": ".audit_log_list_response",
    "Certificate": ".certificate",
    "CertificateActivateResponse": ".certificate_activate_response",
    "CertificateDeactivateResponse": ".certificate_deactivate_response",
    "CertificateDeleteResponse": ".certificate_delete_response",
    "CertificateListResponse": ".certificate_list_response",
    "Group": ".group",
    "GroupDeleteResponse": ".group_delete_response",
    "GroupUpdateResponse": ".group_update_response",
    "Invite": ".invite",
    "InviteDeleteResponse": ".invite_delete_response",
    "OrganizationDataRetention": ".organization_data_retention",
    "OrganizationSpendAlert": ".organization_spend_alert",
    "OrganizationSpendAlertDeleted": ".organization_spend_alert_deleted",
    "OrganizationSpendLimit": ".organization_spend_limit",
    "OrganizationSpendLimitDeleted": ".organization_spend_limit_deleted",
    "OrganizationUser": ".organization_user",
    "Project": ".project",
    "Role": ".role",
    "RoleDeleteResponse": ".role_delete_response",
    "UsageAudioSpeechesResponse": ".usage_audio_speeches_response",
    "UsageAudioTranscriptionsResponse": ".usage_audio_transcriptions_response",
    "UsageCodeInterpreterSessionsResponse": ".usage_code_interpreter_sessions_response",
    "UsageCompletionsResponse": ".usage_completions_response",
    "UsageCostsResponse": ".usage_costs_response",
    "UsageEmbeddingsResponse": ".usage_embeddings_response",
    "UsageFileSearchCallsResponse": ".usage_file_search_calls_response",
    "UsageImagesResponse": ".usage_images_response",
    "UsageModerationsResponse": ".usage_moderations_response",
    "UsageVectorStoresResponse": ".usage_vector_stores_response",
    "UsageWebSearchCallsResponse": ".usage_web_search_calls_response",
    "UserDeleteResponse": ".user_delete_response",
    "groups": ".groups",
    "projects": ".projects",
    "users": ".users",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .admin_api_key import AdminAPIKey as AdminAPIKey
    from .admin_api_key_create_response import AdminAPIKeyCreateResponse as AdminAPIKeyCreateResponse
    from .admin_api_key_delete_response import AdminAPIKeyDeleteResponse as AdminAPIKeyDeleteResponse
    from .audit_log_list_response import AuditLogListResponse as AuditLogListResponse
    from .certificate import Certificate as Certificate
    from .certificate_activate_response import CertificateActivateResponse as CertificateActivateResponse
    from .certificate_deactivate_response import CertificateDeactivateResponse as CertificateDeactivateResponse
    from .certificate_delete_response import CertificateDeleteResponse as CertificateDeleteResponse
    from .certificate_list_response import CertificateListResponse as CertificateListResponse
    from .group import Group as Group
    from .group_delete_response import GroupDeleteResponse as GroupDeleteResponse
    from .group_update_response import GroupUpdateResponse as GroupUpdateResponse
    from .invite import Invite as Invite
    from .invite_delete_response import InviteDeleteResponse as InviteDeleteResponse
    from .organization_data_retention import OrganizationDataRetention as OrganizationDataRetention
    from .organization_spend_alert import OrganizationSpendAlert as OrganizationSpendAlert
    from .organization_spend_alert_deleted import OrganizationSpendAlertDeleted as OrganizationSpendAlertDeleted
    from .organization_spend_limit import OrganizationSpendLimit as OrganizationSpendLimit
    from .organization_spend_limit_deleted import OrganizationSpendLimitDeleted as OrganizationSpendLimitDeleted
    from .organization_user import OrganizationUser as OrganizationUser
    from .project import Project as Project
    from .role import Role as Role
    from .role_delete_response import RoleDeleteResponse as RoleDeleteResponse
    from .usage_audio_speeches_response import UsageAudioSpeechesResponse as UsageAudioSpeechesResponse
    from .usage_audio_transcriptions_response import UsageAudioTranscriptionsResponse as UsageAudioTranscriptionsResponse
    from .usage_code_interpreter_sessions_response import UsageCodeInterpreterSessionsResponse as UsageCodeInterpreterSessionsResponse
    from .usage_completions_response import UsageCompletionsResponse as UsageCompletionsResponse
    from .usage_costs_response import UsageCostsResponse as UsageCostsResponse
    from .usage_embeddings_response import UsageEmbeddingsResponse as UsageEmbeddingsResponse
    from .usage_file_search_calls_response import UsageFileSearchCallsResponse as UsageFileSearchCallsResponse
    from .usage_images_response import UsageImagesResponse as UsageImagesResponse
    from .usage_moderations_response import UsageModerationsResponse as UsageModerationsResponse
    from .usage_vector_stores_response import UsageVectorStoresResponse as UsageVectorStoresResponse
    from .usage_web_search_calls_response import UsageWebSearchCallsResponse as UsageWebSearchCallsResponse
    from .user_delete_response import UserDeleteResponse as UserDeleteResponse
    from . import groups as groups
    from . import projects as projects
    from . import users as users
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
