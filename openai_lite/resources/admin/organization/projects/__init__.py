from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from ....._params import collect
from ....._resource import APIResource, subresource
from ....._types import NOT_GIVEN, NotGiven
from .....core.paths import format_path
from .....types.admin.organization.project import Project
from ...._common import Body, Headers, Query, TimeoutArg

if TYPE_CHECKING:
    from ....._pagination import SyncConversationCursorPage
    from .users import Users
    from .service_accounts import ServiceAccounts
    from .api_keys import APIKeys
    from .rate_limits import RateLimits
    from .model_permissions import ModelPermissions
    from .hosted_tool_permissions import HostedToolPermissions
    from .groups import Groups
    from .roles import Roles
    from .data_retention import DataRetention
    from .spend_limit import SpendLimit
    from .spend_alerts import SpendAlerts
    from .certificates import Certificates

__all__ = ["Projects"]


class Projects(APIResource):
    users: Users = subresource(".resources.admin.organization.projects.users:Users")
    service_accounts: ServiceAccounts = subresource(".resources.admin.organization.projects.service_accounts:ServiceAccounts")
    api_keys: APIKeys = subresource(".resources.admin.organization.projects.api_keys:APIKeys")
    rate_limits: RateLimits = subresource(".resources.admin.organization.projects.rate_limits:RateLimits")
    model_permissions: ModelPermissions = subresource(".resources.admin.organization.projects.model_permissions:ModelPermissions")
    hosted_tool_permissions: HostedToolPermissions = subresource(".resources.admin.organization.projects.hosted_tool_permissions:HostedToolPermissions")
    groups: Groups = subresource(".resources.admin.organization.projects.groups:Groups")
    roles: Roles = subresource(".resources.admin.organization.projects.roles:Roles")
    data_retention: DataRetention = subresource(".resources.admin.organization.projects.data_retention:DataRetention")
    spend_limit: SpendLimit = subresource(".resources.admin.organization.projects.spend_limit:SpendLimit")
    spend_alerts: SpendAlerts = subresource(".resources.admin.organization.projects.spend_alerts:SpendAlerts")
    certificates: Certificates = subresource(".resources.admin.organization.projects.certificates:Certificates")

    def create(
        self,
        *,
        name: str,
        external_key_id: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        residency: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Project:
        body = collect(locals(), ("name", "external_key_id", "residency"))
        return self._request("POST", "/organization/projects", cast_to=Project, body=body,
                             security="admin", extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def retrieve(
        self,
        project_id: str,
        *,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Project:
        path = format_path("/organization/projects/{project_id}", project_id=project_id)
        return self._request("GET", path, cast_to=Project, security="admin",
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def update(
        self,
        project_id: str,
        *,
        external_key_id: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        name: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Project:
        body = collect(locals(), ("external_key_id", "name"))
        path = format_path("/organization/projects/{project_id}", project_id=project_id)
        return self._request("POST", path, cast_to=Project, body=body, security="admin",
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def list(
        self,
        *,
        after: Union[str, NotGiven] = NOT_GIVEN,
        include_archived: Union[bool, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "SyncConversationCursorPage[Project]":
        query = collect(locals(), ("after", "include_archived", "limit"))
        return self._request("GET", "/organization/projects", cast_to=Project, page="conversation",
                             query=query, security="admin", extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def archive(
        self,
        project_id: str,
        *,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Project:
        path = format_path("/organization/projects/{project_id}/archive", project_id=project_id)
        return self._request("POST", path, cast_to=Project, security="admin",
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from .api_keys import AsyncAPIKeys
    from .certificates import AsyncCertificates
    from .data_retention import AsyncDataRetention
    from .groups import AsyncGroups
    from .hosted_tool_permissions import AsyncHostedToolPermissions
    from .model_permissions import AsyncModelPermissions
    from .rate_limits import AsyncRateLimits
    from .roles import AsyncRoles
    from .service_accounts import AsyncServiceAccounts
    from .spend_alerts import AsyncSpendAlerts
    from .spend_limit import AsyncSpendLimit
    from .users import AsyncUsers
    from openai_lite._async_names import AsyncConversationCursorPage, AsyncPaginator

    class AsyncProjects:
        with_raw_response: Any
        with_streaming_response: Any
        users: AsyncUsers
        service_accounts: AsyncServiceAccounts
        api_keys: AsyncAPIKeys
        rate_limits: AsyncRateLimits
        model_permissions: AsyncModelPermissions
        hosted_tool_permissions: AsyncHostedToolPermissions
        groups: AsyncGroups
        roles: AsyncRoles
        data_retention: AsyncDataRetention
        spend_limit: AsyncSpendLimit
        spend_alerts: AsyncSpendAlerts
        certificates: AsyncCertificates
        async def create(self, *, name: str, external_key_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, residency: Optional[Union[str, NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Project: ...
        async def retrieve(self, project_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Project: ...
        async def update(self, project_id: str, *, external_key_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, name: Optional[Union[str, NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Project: ...
        def list(self, *, after: Union[str, NotGiven]=NOT_GIVEN, include_archived: Union[bool, NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[Project, AsyncConversationCursorPage[Project]]: ...
        async def archive(self, project_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Project: ...

else:
    AsyncProjects = Projects
