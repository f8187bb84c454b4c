from __future__ import annotations

from typing import TYPE_CHECKING, List, Literal, Sequence, Union

from ...._params import collect
from ...._resource import APIResource
from ...._types import NOT_GIVEN, NotGiven
from ....core.paths import format_path
from ....types.admin.organization.certificate import Certificate
from ....types.admin.organization.certificate_activate_response import CertificateActivateResponse
from ....types.admin.organization.certificate_deactivate_response import CertificateDeactivateResponse
from ....types.admin.organization.certificate_delete_response import CertificateDeleteResponse
from ....types.admin.organization.certificate_list_response import CertificateListResponse
from ..._common import Body, Headers, Query, TimeoutArg

if TYPE_CHECKING:
    from ...._pagination import SyncConversationCursorPage, SyncPage

__all__ = ["Certificates"]


class Certificates(APIResource):
    def create(
        self,
        *,
        certificate: str,
        name: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Certificate:
        body = collect(locals(), ("certificate", "name"))
        return self._request("POST", "/organization/certificates", cast_to=Certificate, body=body,
                             security="admin", extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def retrieve(
        self,
        certificate_id: str,
        *,
        include: Union[List[Literal["content"]], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Certificate:
        query = collect(locals(), ("include",))
        path = format_path("/organization/certificates/{certificate_id}",
                           certificate_id=certificate_id)
        return self._request("GET", path, cast_to=Certificate, query=query, security="admin",
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def update(
        self,
        certificate_id: str,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Certificate:
        body = collect(locals(), ("name",))
        path = format_path("/organization/certificates/{certificate_id}",
                           certificate_id=certificate_id)
        return self._request("POST", path, cast_to=Certificate, body=body, security="admin",
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def list(
        self,
        *,
        after: Union[str, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        order: Union[Literal["asc", "desc"], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "SyncConversationCursorPage[CertificateListResponse]":
        query = collect(locals(), ("after", "limit", "order"))
        return self._request("GET", "/organization/certificates", cast_to=CertificateListResponse,
                             page="conversation", query=query, security="admin",
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def delete(
        self,
        certificate_id: str,
        *,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> CertificateDeleteResponse:
        path = format_path("/organization/certificates/{certificate_id}",
                           certificate_id=certificate_id)
        return self._request("DELETE", path, cast_to=CertificateDeleteResponse, security="admin",
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def activate(
        self,
        *,
        certificate_ids: Sequence[str],
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "SyncPage[CertificateActivateResponse]":
        body = collect(locals(), ("certificate_ids",))
        return self._request("POST", "/organization/certificates/activate",
                             cast_to=CertificateActivateResponse, page="page", body=body,
                             security="admin", extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def deactivate(
        self,
        *,
        certificate_ids: Sequence[str],
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "SyncPage[CertificateDeactivateResponse]":
        body = collect(locals(), ("certificate_ids",))
        return self._request("POST", "/organization/certificates/deactivate",
                             cast_to=CertificateDeactivateResponse, page="page", body=body,
                             security="admin", extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from openai_lite._async_names import AsyncConversationCursorPage, AsyncPage, AsyncPaginator

    class AsyncCertificates:
        with_raw_response: Any
        with_streaming_response: Any
        async def create(self, *, certificate: str, name: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Certificate: ...
        async def retrieve(self, certificate_id: str, *, include: Union[List[Literal['content']], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Certificate: ...
        async def update(self, certificate_id: str, *, name: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Certificate: ...
        def list(self, *, after: Union[str, NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, order: Union[Literal['asc', 'desc'], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[CertificateListResponse, AsyncConversationCursorPage[CertificateListResponse]]: ...
        async def delete(self, certificate_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> CertificateDeleteResponse: ...
        def activate(self, *, certificate_ids: Sequence[str], extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[CertificateActivateResponse, AsyncPage[CertificateActivateResponse]]: ...
        def deactivate(self, *, certificate_ids: Sequence[str], extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[CertificateDeactivateResponse, AsyncPage[CertificateDeactivateResponse]]: ...

else:
    AsyncCertificates = Certificates
