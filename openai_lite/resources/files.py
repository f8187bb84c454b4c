from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Mapping, Union

from .._params import collect
from .._resource import APIResource
from .._response import BinaryResponseContent, HttpxBinaryResponseContent
from .._types import NOT_GIVEN, NotGiven
from ..core.paths import format_path
from ..types.file_deleted import FileDeleted
from ..types.file_object import FileObject
from ._common import Body, Headers, Query, TimeoutArg
from ._steps import Sleep, Steps, plain, run

if TYPE_CHECKING:
    from .._pagination import SyncCursorPage

# A file stops changing once in one of these states.
_TERMINAL = frozenset({"processed", "error", "deleted"})

__all__ = ["Files"]

FileTypes = Any  # bytes, a binary file, a PathLike, or a (name, content[, type[, headers]]) tuple


class Files(APIResource):
    def create(
        self,
        *,
        file: FileTypes,
        purpose: str,
        expires_after: Union[Mapping[str, object], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> FileObject:
        """Upload a file (multipart/form-data)."""
        fields = collect(locals(), ("purpose", "expires_after"))
        return self._request("POST", "/files", cast_to=FileObject, body=fields, files=[("file", file)],
                             multipart=True, extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def retrieve(self, file_id: str, *, extra_headers: Headers = None, extra_query: Query = None,
                 extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> FileObject:
        return self._request("GET", format_path("/files/{file_id}", file_id=file_id), cast_to=FileObject,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def list(
        self,
        *,
        after: Union[str, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        order: Union[str, NotGiven] = NOT_GIVEN,
        purpose: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "SyncCursorPage[FileObject]":
        query = collect(locals(), ("after", "limit", "order", "purpose"))
        return self._request("GET", "/files", cast_to=FileObject, page="cursor", query=query,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def delete(self, file_id: str, *, extra_headers: Headers = None, extra_query: Query = None,
               extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> FileDeleted:
        return self._request("DELETE", format_path("/files/{file_id}", file_id=file_id), cast_to=FileDeleted,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def content(self, file_id: str, *, extra_headers: Headers = None, extra_query: Query = None,
                extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> HttpxBinaryResponseContent:
        """The file's bytes."""
        return self._request("GET", format_path("/files/{file_id}/content", file_id=file_id),
                             cast_to=BinaryResponseContent, headers={"Accept": "application/binary"},
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def retrieve_content(self, file_id: str, *, extra_headers: Headers = None, extra_query: Query = None,
                         extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> str:
        """Deprecated: the file's content as text (use ``content()``)."""
        return self._request("GET", format_path("/files/{file_id}/content", file_id=file_id), cast_to=str,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def wait_for_processing(self, id: str, *, poll_interval: float = 5.0,
                            max_wait_seconds: float = 30 * 60) -> FileObject:
        """Retrieve the file every ``poll_interval`` seconds until it is processed (or
        failed); ``RuntimeError`` once ``max_wait_seconds`` have passed."""
        return run(self._client, self._wait_steps(id, poll_interval, max_wait_seconds))

    def _wait_steps(self, id: str, poll_interval: float, max_wait_seconds: float) -> Steps:
        files = plain(self)
        start = time.monotonic()
        file = yield (lambda: files.retrieve(id))
        while file.status not in _TERMINAL:
            yield Sleep(poll_interval)
            file = yield (lambda: files.retrieve(id))
            if time.monotonic() - start > max_wait_seconds:
                raise RuntimeError(
                    f"Giving up on waiting for file {id} to finish processing after "
                    f"{max_wait_seconds} seconds."
                )
        return file


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from openai_lite._async_names import AsyncCursorPage, AsyncPaginator

    class AsyncFiles:
        with_raw_response: Any
        with_streaming_response: Any
        async def create(self, *, file: FileTypes, purpose: str, expires_after: Union[Mapping[str, object], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> FileObject: ...
        async def retrieve(self, file_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> FileObject: ...
        def list(self, *, after: Union[str, NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, order: Union[str, NotGiven]=NOT_GIVEN, purpose: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[FileObject, AsyncCursorPage[FileObject]]: ...
        async def delete(self, file_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> FileDeleted: ...
        async def content(self, file_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> HttpxBinaryResponseContent: ...
        async def retrieve_content(self, file_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> str: ...
        async def wait_for_processing(self, id: str, *, poll_interval: float=5.0, max_wait_seconds: float=30 * 60) -> FileObject: ...

else:
    AsyncFiles = Files
