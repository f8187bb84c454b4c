from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Literal, Mapping, Optional, Union

from ..._params import collect
from ..._resource import APIResource
from ..._types import NOT_GIVEN, NotGiven
from ...core.paths import format_path
from ...types.vector_stores.file_content_response import FileContentResponse
from ...types.vector_stores.vector_store_file import VectorStoreFile
from ...types.vector_stores.vector_store_file_deleted import VectorStoreFileDeleted
from .._common import Body, Headers, Query, TimeoutArg
from .._steps import Steps, plain, poll_steps, run
from ..files import FileTypes
from . import BETA

if TYPE_CHECKING:
    from ..._pagination import SyncCursorPage, SyncPage

__all__ = ["Files"]

Attributes = Optional[Dict[str, Union[str, float, bool]]]


class Files(APIResource):
    def create(
        self,
        vector_store_id: str,
        *,
        file_id: str,
        attributes: Union[Attributes, NotGiven] = NOT_GIVEN,
        chunking_strategy: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Attach an uploaded File to the vector store (indexing starts in the background;
        see ``create_and_poll``)."""
        body = collect(locals(), ("file_id", "attributes", "chunking_strategy"))
        return self._request("POST", format_path("/vector_stores/{vector_store_id}/files",
                                                 vector_store_id=vector_store_id),
                             cast_to=VectorStoreFile, body=body, headers=BETA, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def retrieve(self, file_id: str, *, vector_store_id: str, extra_headers: Headers = None,
                 extra_query: Query = None, extra_body: Body = None,
                 timeout: TimeoutArg = NOT_GIVEN) -> VectorStoreFile:
        return self._request("GET", format_path("/vector_stores/{vector_store_id}/files/{file_id}",
                                                vector_store_id=vector_store_id, file_id=file_id),
                             cast_to=VectorStoreFile, headers=BETA, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def update(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Attributes,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> VectorStoreFile:
        body = collect(locals(), ("attributes",))
        return self._request("POST", format_path("/vector_stores/{vector_store_id}/files/{file_id}",
                                                 vector_store_id=vector_store_id, file_id=file_id),
                             cast_to=VectorStoreFile, body=body, headers=BETA, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def list(
        self,
        vector_store_id: str,
        *,
        after: Union[str, NotGiven] = NOT_GIVEN,
        before: Union[str, NotGiven] = NOT_GIVEN,
        filter: Union[Literal["in_progress", "completed", "failed", "cancelled"], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        order: Union[Literal["asc", "desc"], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "SyncCursorPage[VectorStoreFile]":
        query = collect(locals(), ("after", "before", "filter", "limit", "order"))
        return self._request("GET", format_path("/vector_stores/{vector_store_id}/files",
                                                vector_store_id=vector_store_id),
                             cast_to=VectorStoreFile, page="cursor", query=query, headers=BETA,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def delete(self, file_id: str, *, vector_store_id: str, extra_headers: Headers = None,
               extra_query: Query = None, extra_body: Body = None,
               timeout: TimeoutArg = NOT_GIVEN) -> VectorStoreFileDeleted:
        """Detach the file from the store (the File itself stays; ``client.files.delete``
        removes it)."""
        return self._request("DELETE", format_path("/vector_stores/{vector_store_id}/files/{file_id}",
                                                   vector_store_id=vector_store_id, file_id=file_id),
                             cast_to=VectorStoreFileDeleted, headers=BETA, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def content(self, file_id: str, *, vector_store_id: str, extra_headers: Headers = None,
                extra_query: Query = None, extra_body: Body = None,
                timeout: TimeoutArg = NOT_GIVEN) -> "SyncPage[FileContentResponse]":
        """The parsed text of the file, as the store indexed it."""
        return self._request("GET", format_path("/vector_stores/{vector_store_id}/files/{file_id}/content",
                                                vector_store_id=vector_store_id, file_id=file_id),
                             cast_to=FileContentResponse, page="page", headers=BETA,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    # ---- helpers: several requests each -----------------------------------------------------

    def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Union[Attributes, NotGiven] = NOT_GIVEN,
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        chunking_strategy: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
    ) -> VectorStoreFile:
        """``create`` then ``poll`` until the file is no longer ``in_progress``."""
        return run(self._client, self._create_and_poll_steps(file_id, vector_store_id, attributes,
                                                             poll_interval_ms, chunking_strategy))

    def poll(self, file_id: str, *, vector_store_id: str,
             poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN) -> VectorStoreFile:
        """Retrieve the file until its status is no longer ``in_progress``; between tries
        wait ``poll_interval_ms``, else the server's ``openai-poll-after-ms``, else 1 s."""
        return run(self._client, self._poll_steps(file_id, vector_store_id, poll_interval_ms))

    def upload(self, *, vector_store_id: str, file: FileTypes,
               chunking_strategy: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN) -> VectorStoreFile:
        """Upload ``file`` (``files.create`` with purpose ``assistants``) and attach it;
        does not wait for indexing."""
        return run(self._client, self._upload_steps(vector_store_id, file, chunking_strategy))

    def upload_and_poll(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: Union[Attributes, NotGiven] = NOT_GIVEN,
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        chunking_strategy: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
    ) -> VectorStoreFile:
        """Upload ``file``, attach it and wait for indexing to finish."""
        return run(self._client, self._upload_and_poll_steps(vector_store_id, file, attributes,
                                                             poll_interval_ms, chunking_strategy))

    def _poll_steps(self, file_id: str, vector_store_id: str, poll_interval_ms: Union[int, NotGiven]) -> Steps:
        raw = self._view("raw")
        return poll_steps(
            lambda headers: raw.retrieve(file_id, vector_store_id=vector_store_id, extra_headers=headers),
            done=lambda file: file.status != "in_progress", poll_interval_ms=poll_interval_ms)

    def _create_and_poll_steps(self, file_id: str, vector_store_id: str, attributes: Any,
                               poll_interval_ms: Union[int, NotGiven], chunking_strategy: Any) -> Steps:
        files = plain(self)
        created = yield (lambda: files.create(vector_store_id, file_id=file_id, attributes=attributes,
                                              chunking_strategy=chunking_strategy))
        return (yield from self._poll_steps(created.id, vector_store_id, poll_interval_ms))

    def _upload_steps(self, vector_store_id: str, file: Any, chunking_strategy: Any) -> Steps:
        uploaded = yield (lambda: self._client.files.create(file=file, purpose="assistants"))
        files = plain(self)
        return (yield (lambda: files.create(vector_store_id, file_id=uploaded.id,
                                            chunking_strategy=chunking_strategy)))

    def _upload_and_poll_steps(self, vector_store_id: str, file: Any, attributes: Any,
                               poll_interval_ms: Union[int, NotGiven], chunking_strategy: Any) -> Steps:
        uploaded = yield (lambda: self._client.files.create(file=file, purpose="assistants"))
        return (yield from self._create_and_poll_steps(uploaded.id, vector_store_id, attributes,
                                                       poll_interval_ms, chunking_strategy))


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from openai_lite._async_names import AsyncCursorPage, AsyncPage, AsyncPaginator

    class AsyncFiles:
        with_raw_response: Any
        with_streaming_response: Any
        async def create(self, vector_store_id: str, *, file_id: str, attributes: Union[Attributes, NotGiven]=NOT_GIVEN, chunking_strategy: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> VectorStoreFile: ...
        async def retrieve(self, file_id: str, *, vector_store_id: str, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> VectorStoreFile: ...
        async def update(self, file_id: str, *, vector_store_id: str, attributes: Attributes, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> VectorStoreFile: ...
        def list(self, vector_store_id: str, *, after: Union[str, NotGiven]=NOT_GIVEN, before: Union[str, NotGiven]=NOT_GIVEN, filter: Union[Literal['in_progress', 'completed', 'failed', 'cancelled'], NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, order: Union[Literal['asc', 'desc'], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[VectorStoreFile, AsyncCursorPage[VectorStoreFile]]: ...
        async def delete(self, file_id: str, *, vector_store_id: str, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> VectorStoreFileDeleted: ...
        def content(self, file_id: str, *, vector_store_id: str, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[FileContentResponse, AsyncPage[FileContentResponse]]: ...
        async def create_and_poll(self, file_id: str, *, vector_store_id: str, attributes: Union[Attributes, NotGiven]=NOT_GIVEN, poll_interval_ms: Union[int, NotGiven]=NOT_GIVEN, chunking_strategy: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN) -> VectorStoreFile: ...
        async def poll(self, file_id: str, *, vector_store_id: str, poll_interval_ms: Union[int, NotGiven]=NOT_GIVEN) -> VectorStoreFile: ...
        async def upload(self, *, vector_store_id: str, file: FileTypes, chunking_strategy: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN) -> VectorStoreFile: ...
        async def upload_and_poll(self, *, vector_store_id: str, file: FileTypes, attributes: Union[Attributes, NotGiven]=NOT_GIVEN, poll_interval_ms: Union[int, NotGiven]=NOT_GIVEN, chunking_strategy: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN) -> VectorStoreFile: ...

else:
    AsyncFiles = Files
