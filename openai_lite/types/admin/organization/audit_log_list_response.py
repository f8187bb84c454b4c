from __future__ import annotations

from dataclasses import field
from typing import Any, Dict, List, Literal, Optional

from ...._models import BaseModel

__all__ = ["AuditLogListResponse"]


class Project(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class AuditLogActorUser(BaseModel):
    id: Optional[str] = None
    email: Optional[str] = None


class AuditLogActorSession(BaseModel):
    user: Optional[AuditLogActorUser] = None
    ip_address: Optional[str] = None


class AuditLogActorServiceAccount(BaseModel):
    id: Optional[str] = None


class AuditLogActorApiKey(BaseModel):
    id: Optional[str] = None
    type: Optional[Literal["user", "service_account"]] = None
    user: Optional[AuditLogActorUser] = None
    service_account: Optional[AuditLogActorServiceAccount] = None


class AuditLogActor(BaseModel):
    type: Optional[Literal["session", "api_key"]] = None
    session: Optional[AuditLogActorSession] = None
    api_key: Optional[AuditLogActorApiKey] = None


class ApiKeyCreatedData(BaseModel):
    scopes: Optional[List[str]] = None


class ApiKeyCreated(BaseModel):
    id: Optional[str] = None
    data: Optional[ApiKeyCreatedData] = None


class ApiKeyUpdatedChangesRequested(BaseModel):
    scopes: Optional[List[str]] = None


class ApiKeyUpdated(BaseModel):
    id: Optional[str] = None
    changes_requested: Optional[ApiKeyUpdatedChangesRequested] = None


class ApiKeyDeleted(BaseModel):
    id: Optional[str] = None


class CheckpointPermissionCreatedData(BaseModel):
    project_id: Optional[str] = None
    fine_tuned_model_checkpoint: Optional[str] = None


class CheckpointPermissionCreated(BaseModel):
    id: Optional[str] = None
    data: Optional[CheckpointPermissionCreatedData] = None


class CheckpointPermissionDeleted(BaseModel):
    id: Optional[str] = None


class ExternalKeyRegistered(BaseModel):
    id: Optional[str] = None
    data: Optional[Dict[str, Any]] = None


class ExternalKeyRemoved(BaseModel):
    id: Optional[str] = None


class GroupCreatedData(BaseModel):
    group_name: Optional[str] = None


class GroupCreated(BaseModel):
    id: Optional[str] = None
    data: Optional[GroupCreatedData] = None


class GroupUpdatedChangesRequested(BaseModel):
    group_name: Optional[str] = None


class GroupUpdated(BaseModel):
    id: Optional[str] = None
    changes_requested: Optional[GroupUpdatedChangesRequested] = None


class GroupDeleted(BaseModel):
    id: Optional[str] = None


class ScimEnabled(BaseModel):
    id: Optional[str] = None


class ScimDisabled(BaseModel):
    id: Optional[str] = None


class InviteSentData(BaseModel):
    email: Optional[str] = None
    role: Optional[str] = None


class InviteSent(BaseModel):
    id: Optional[str] = None
    data: Optional[InviteSentData] = None


class InviteAccepted(BaseModel):
    id: Optional[str] = None


class InviteDeleted(BaseModel):
    id: Optional[str] = None


class IpAllowlistCreated(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None
    allowed_ips: Optional[List[str]] = None


class IpAllowlistUpdated(BaseModel):
    id: Optional[str] = None
    allowed_ips: Optional[List[str]] = None


class IpAllowlistDeleted(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None
    allowed_ips: Optional[List[str]] = None


class IpAllowlistConfigActivatedConfigs(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class IpAllowlistConfigActivated(BaseModel):
    configs: Optional[List[IpAllowlistConfigActivatedConfigs]] = None


class IpAllowlistConfigDeactivatedConfigs(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class IpAllowlistConfigDeactivated(BaseModel):
    configs: Optional[List[IpAllowlistConfigDeactivatedConfigs]] = None


class LoginFailed(BaseModel):
    error_code: Optional[str] = None
    error_message: Optional[str] = None


class LogoutFailed(BaseModel):
    error_code: Optional[str] = None
    error_message: Optional[str] = None


class OrganizationUpdatedChangesRequested(BaseModel):
    title: Optional[str] = None
    description: Optional[str] = None
    name: Optional[str] = None
    threads_ui_visibility: Optional[str] = None
    usage_dashboard_visibility: Optional[str] = None
    api_call_logging: Optional[str] = None
    api_call_logging_project_ids: Optional[str] = None


class OrganizationUpdated(BaseModel):
    id: Optional[str] = None
    changes_requested: Optional[OrganizationUpdatedChangesRequested] = None


class ProjectCreatedData(BaseModel):
    name: Optional[str] = None
    title: Optional[str] = None


class ProjectCreated(BaseModel):
    id: Optional[str] = None
    data: Optional[ProjectCreatedData] = None


class ProjectUpdatedChangesRequested(BaseModel):
    title: Optional[str] = None


class ProjectUpdated(BaseModel):
    id: Optional[str] = None
    changes_requested: Optional[ProjectUpdatedChangesRequested] = None


class ProjectArchived(BaseModel):
    id: Optional[str] = None


class ProjectDeleted(BaseModel):
    id: Optional[str] = None


class RateLimitUpdatedChangesRequested(BaseModel):
    max_requests_per_1_minute: Optional[int] = None
    max_tokens_per_1_minute: Optional[int] = None
    max_images_per_1_minute: Optional[int] = None
    max_audio_megabytes_per_1_minute: Optional[int] = None
    max_requests_per_1_day: Optional[int] = None
    batch_1_day_max_input_tokens: Optional[int] = None


class RateLimitUpdated(BaseModel):
    id: Optional[str] = None
    changes_requested: Optional[RateLimitUpdatedChangesRequested] = None


class RateLimitDeleted(BaseModel):
    id: Optional[str] = None


class RoleCreated(BaseModel):
    id: Optional[str] = None
    role_name: Optional[str] = None
    permissions: Optional[List[str]] = None
    resource_type: Optional[str] = None
    resource_id: Optional[str] = None


class RoleUpdatedChangesRequested(BaseModel):
    role_name: Optional[str] = None
    resource_id: Optional[str] = None
    resource_type: Optional[str] = None
    permissions_added: Optional[List[str]] = None
    permissions_removed: Optional[List[str]] = None
    description: Optional[str] = None
    metadata: Optional[Dict[str, Any]] = None


class RoleUpdated(BaseModel):
    id: Optional[str] = None
    changes_requested: Optional[RoleUpdatedChangesRequested] = None


class RoleDeleted(BaseModel):
    id: Optional[str] = None


class RoleAssignmentCreated(BaseModel):
    id: Optional[str] = None
    principal_id: Optional[str] = None
    principal_type: Optional[str] = None
    resource_id: Optional[str] = None
    resource_type: Optional[str] = None


class RoleAssignmentDeleted(BaseModel):
    id: Optional[str] = None
    principal_id: Optional[str] = None
    principal_type: Optional[str] = None
    resource_id: Optional[str] = None
    resource_type: Optional[str] = None


class RoleBoundToResource(BaseModel):
    id: Optional[str] = None
    role_id: Optional[str] = None
    resource_id: Optional[str] = None
    resource_type: Optional[str] = None
    permissions: Optional[List[str]] = None
    workspace_id: Optional[str] = None
    connector_id: Optional[str] = None
    connector_name: Optional[str] = None
    enabled: Optional[bool] = None
    source: Optional[Literal[
        "role_toggle", "role_connector_update", "role_delete", "workspace_permissions",
        "connector_publish"
    ]] = None


class RoleUnboundFromResource(BaseModel):
    id: Optional[str] = None
    role_id: Optional[str] = None
    resource_id: Optional[str] = None
    resource_type: Optional[str] = None
    permissions: Optional[List[str]] = None
    workspace_id: Optional[str] = None
    connector_id: Optional[str] = None
    connector_name: Optional[str] = None
    enabled: Optional[bool] = None
    source: Optional[Literal[
        "role_toggle", "role_connector_update", "role_delete", "workspace_permissions",
        "connector_publish"
    ]] = None


class ServiceAccountCreatedData(BaseModel):
    role: Optional[str] = None


class ServiceAccountCreated(BaseModel):
    id: Optional[str] = None
    data: Optional[ServiceAccountCreatedData] = None


class ServiceAccountUpdatedChangesRequested(BaseModel):
    role: Optional[str] = None


class ServiceAccountUpdated(BaseModel):
    id: Optional[str] = None
    changes_requested: Optional[ServiceAccountUpdatedChangesRequested] = None


class ServiceAccountDeleted(BaseModel):
    id: Optional[str] = None


class WorkloadIdentityProviderCreated(BaseModel):
    id: Optional[str] = None
    data: Optional[Dict[str, Any]] = None


class WorkloadIdentityProviderUpdated(BaseModel):
    id: Optional[str] = None
    changes_requested: Optional[Dict[str, Any]] = None


class WorkloadIdentityProviderDeleted(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class WorkloadIdentityProviderMappingCreated(BaseModel):
    id: Optional[str] = None
    identity_provider_id: Optional[str] = None
    data: Optional[Dict[str, Any]] = None


class WorkloadIdentityProviderMappingUpdated(BaseModel):
    id: Optional[str] = None
    identity_provider_id: Optional[str] = None
    changes_requested: Optional[Dict[str, Any]] = None


class WorkloadIdentityProviderMappingDeleted(BaseModel):
    id: Optional[str] = None
    identity_provider_id: Optional[str] = None
    project_id: Optional[str] = None
    service_account_id: Optional[str] = None


class UserAddedData(BaseModel):
    role: Optional[str] = None


class UserAdded(BaseModel):
    id: Optional[str] = None
    data: Optional[UserAddedData] = None


class UserUpdatedChangesRequested(BaseModel):
    role: Optional[str] = None


class UserUpdated(BaseModel):
    id: Optional[str] = None
    changes_requested: Optional[UserUpdatedChangesRequested] = None


class UserDeleted(BaseModel):
    id: Optional[str] = None


class CertificateCreated(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class CertificateUpdated(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class CertificateDeleted(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None
    certificate: Optional[str] = None


class CertificatesActivatedCertificates(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class CertificatesActivated(BaseModel):
    certificates: Optional[List[CertificatesActivatedCertificates]] = None


class CertificatesDeactivatedCertificates(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None


class CertificatesDeactivated(BaseModel):
    certificates: Optional[List[CertificatesDeactivatedCertificates]] = None


class AuditLogListResponse(BaseModel):
    id: str
    type: str
    effective_at: int
    project: Optional[Project] = None
    actor: Optional[AuditLogActor] = None
    api_key_created: Optional[ApiKeyCreated] = field(default=None, metadata={"alias": "api_key.created"})
    api_key_updated: Optional[ApiKeyUpdated] = field(default=None, metadata={"alias": "api_key.updated"})
    api_key_deleted: Optional[ApiKeyDeleted] = field(default=None, metadata={"alias": "api_key.deleted"})
    checkpoint_permission_created: Optional[CheckpointPermissionCreated] = field(default=None, metadata={"alias": "checkpoint.permission.created"})
    checkpoint_permission_deleted: Optional[CheckpointPermissionDeleted] = field(default=None, metadata={"alias": "checkpoint.permission.deleted"})
    external_key_registered: Optional[ExternalKeyRegistered] = field(default=None, metadata={"alias": "external_key.registered"})
    external_key_removed: Optional[ExternalKeyRemoved] = field(default=None, metadata={"alias": "external_key.removed"})
    group_created: Optional[GroupCreated] = field(default=None, metadata={"alias": "group.created"})
    group_updated: Optional[GroupUpdated] = field(default=None, metadata={"alias": "group.updated"})
    group_deleted: Optional[GroupDeleted] = field(default=None, metadata={"alias": "group.deleted"})
    scim_enabled: Optional[ScimEnabled] = field(default=None, metadata={"alias": "scim.enabled"})
    scim_disabled: Optional[ScimDisabled] = field(default=None, metadata={"alias": "scim.disabled"})
    invite_sent: Optional[InviteSent] = field(default=None, metadata={"alias": "invite.sent"})
    invite_accepted: Optional[InviteAccepted] = field(default=None, metadata={"alias": "invite.accepted"})
    invite_deleted: Optional[InviteDeleted] = field(default=None, metadata={"alias": "invite.deleted"})
    ip_allowlist_created: Optional[IpAllowlistCreated] = field(default=None, metadata={"alias": "ip_allowlist.created"})
    ip_allowlist_updated: Optional[IpAllowlistUpdated] = field(default=None, metadata={"alias": "ip_allowlist.updated"})
    ip_allowlist_deleted: Optional[IpAllowlistDeleted] = field(default=None, metadata={"alias": "ip_allowlist.deleted"})
    ip_allowlist_config_activated: Optional[IpAllowlistConfigActivated] = field(default=None, metadata={"alias": "ip_allowlist.config.activated"})
    ip_allowlist_config_deactivated: Optional[IpAllowlistConfigDeactivated] = field(default=None, metadata={"alias": "ip_allowlist.config.deactivated"})
    login_succeeded: Optional[Dict[str, Any]] = field(default=None, metadata={"alias": "login.succeeded"})
    login_failed: Optional[LoginFailed] = field(default=None, metadata={"alias": "login.failed"})
    logout_succeeded: Optional[Dict[str, Any]] = field(default=None, metadata={"alias": "logout.succeeded"})
    logout_failed: Optional[LogoutFailed] = field(default=None, metadata={"alias": "logout.failed"})
    organization_updated: Optional[OrganizationUpdated] = field(default=None, metadata={"alias": "organization.updated"})
    project_created: Optional[ProjectCreated] = field(default=None, metadata={"alias": "project.created"})
    project_updated: Optional[ProjectUpdated] = field(default=None, metadata={"alias": "project.updated"})
    project_archived: Optional[ProjectArchived] = field(default=None, metadata={"alias": "project.archived"})
    project_deleted: Optional[ProjectDeleted] = field(default=None, metadata={"alias": "project.deleted"})
    rate_limit_updated: Optional[RateLimitUpdated] = field(default=None, metadata={"alias": "rate_limit.updated"})
    rate_limit_deleted: Optional[RateLimitDeleted] = field(default=None, metadata={"alias": "rate_limit.deleted"})
    role_created: Optional[RoleCreated] = field(default=None, metadata={"alias": "role.created"})
    role_updated: Optional[RoleUpdated] = field(default=None, metadata={"alias": "role.updated"})
    role_deleted: Optional[RoleDeleted] = field(default=None, metadata={"alias": "role.deleted"})
    role_assignment_created: Optional[RoleAssignmentCreated] = field(default=None, metadata={"alias": "role.assignment.created"})
    role_assignment_deleted: Optional[RoleAssignmentDeleted] = field(default=None, metadata={"alias": "role.assignment.deleted"})
    role_bound_to_resource: Optional[RoleBoundToResource] = field(default=None, metadata={"alias": "role.bound_to_resource"})
    role_unbound_from_resource: Optional[RoleUnboundFromResource] = field(default=None, metadata={"alias": "role.unbound_from_resource"})
    service_account_created: Optional[ServiceAccountCreated] = field(default=None, metadata={"alias": "service_account.created"})
    service_account_updated: Optional[ServiceAccountUpdated] = field(default=None, metadata={"alias": "service_account.updated"})
    service_account_deleted: Optional[ServiceAccountDeleted] = field(default=None, metadata={"alias": "service_account.deleted"})
    workload_identity_provider_created: Optional[WorkloadIdentityProviderCreated] = field(default=None, metadata={"alias": "workload_identity_provider.created"})
    workload_identity_provider_updated: Optional[WorkloadIdentityProviderUpdated] = field(default=None, metadata={"alias": "workload_identity_provider.updated"})
    workload_identity_provider_deleted: Optional[WorkloadIdentityProviderDeleted] = field(default=None, metadata={"alias": "workload_identity_provider.deleted"})
    workload_identity_provider_mapping_created: Optional[WorkloadIdentityProviderMappingCreated] = field(default=None, metadata={"alias": "workload_identity_provider_mapping.created"})
    workload_identity_provider_mapping_updated: Optional[WorkloadIdentityProviderMappingUpdated] = field(default=None, metadata={"alias": "workload_identity_provider_mapping.updated"})
    workload_identity_provider_mapping_deleted: Optional[WorkloadIdentityProviderMappingDeleted] = field(default=None, metadata={"alias": "workload_identity_provider_mapping.deleted"})
    user_added: Optional[UserAdded] = field(default=None, metadata={"alias": "user.added"})
    user_updated: Optional[UserUpdated] = field(default=None, metadata={"alias": "user.updated"})
    user_deleted: Optional[UserDeleted] = field(default=None, metadata={"alias": "user.deleted"})
    certificate_created: Optional[CertificateCreated] = field(default=None, metadata={"alias": "certificate.created"})
    certificate_updated: Optional[CertificateUpdated] = field(default=None, metadata={"alias": "certificate.updated"})
    certificate_deleted: Optional[CertificateDeleted] = field(default=None, metadata={"alias": "certificate.deleted"})
    certificates_activated: Optional[CertificatesActivated] = field(default=None, metadata={"alias": "certificates.activated"})
    certificates_deactivated: Optional[CertificatesDeactivated] = field(default=None, metadata={"alias": "certificates.deactivated"})
