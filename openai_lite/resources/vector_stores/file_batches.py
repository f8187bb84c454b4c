from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Literal, Mapping, Optional, Union

from ..._params import collect
from ..._resource import APIResource
from ..._types import NOT_GIVEN, NotGiven
from ...core.paths import format_path
from ...types.vector_stores.vector_store_file import VectorStoreFile
from ...types.vector_stores.vector_store_file_batch import VectorStoreFileBatch
from .._common import Body, Headers, Query, TimeoutArg
from .._steps import Gather, Steps, plain, poll_steps, run
from ..files import FileTypes
from . import BETA

if TYPE_CHECKING:
    from ..._pagination import SyncCursorPage

__all__ = ["FileBatches"]

Attributes = Optional[Dict[str, Union[str, float, bool]]]


class FileBatches(APIResource):
    def create(
        self,
        vector_store_id: str,
        *,
        attributes: Union[Attributes, NotGiven] = NOT_GIVEN,
        chunking_strategy: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        file_ids: Union[List[str], NotGiven] = NOT_GIVEN,
        files: Union[Iterable[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Attach several uploaded Files at once: ``file_ids`` sharing ``attributes`` and
        ``chunking_strategy``, or ``files`` entries that each carry their own."""
        body = collect(locals(), ("attributes", "chunking_strategy", "file_ids", "files"))
        if "files" in body and not isinstance(body["files"], list):
            body["files"] = list(body["files"])
        return self._request("POST", format_path("/vector_stores/{vector_store_id}/file_batches",
                                                 vector_store_id=vector_store_id),
                             cast_to=VectorStoreFileBatch, body=body, headers=BETA,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def retrieve(self, batch_id: str, *, vector_store_id: str, extra_headers: Headers = None,
                 extra_query: Query = None, extra_body: Body = None,
                 timeout: TimeoutArg = NOT_GIVEN) -> VectorStoreFileBatch:
        return self._request("GET", format_path("/vector_stores/{vector_store_id}/file_batches/{batch_id}",
                                                vector_store_id=vector_store_id, batch_id=batch_id),
                             cast_to=VectorStoreFileBatch, headers=BETA, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def cancel(self, batch_id: str, *, vector_store_id: str, extra_headers: Headers = None,
               extra_query: Query = None, extra_body: Body = None,
               timeout: TimeoutArg = NOT_GIVEN) -> VectorStoreFileBatch:
        """Stop processing the batch's remaining files."""
        return self._request("POST", format_path("/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
                                                 vector_store_id=vector_store_id, batch_id=batch_id),
                             cast_to=VectorStoreFileBatch, headers=BETA, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def list_files(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
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
        return self._request("GET", format_path("/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
                                                vector_store_id=vector_store_id, batch_id=batch_id),
                             cast_to=VectorStoreFile, page="cursor", query=query, headers=BETA,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    # ---- helpers: several requests each -----------------------------------------------------

    def create_and_poll(
        self,
        vector_store_id: str,
        *,
        attributes: Union[Attributes, NotGiven] = NOT_GIVEN,
        chunking_strategy: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        file_ids: Union[List[str], NotGiven] = NOT_GIVEN,
        files: Union[Iterable[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """``create`` then ``poll`` until no file of the batch is in progress."""
        return run(self._client, self._create_and_poll_steps(vector_store_id, attributes, chunking_strategy,
                                                             file_ids, files, poll_interval_ms))

    def poll(self, batch_id: str, *, vector_store_id: str,
             poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN) -> VectorStoreFileBatch:
        """Retrieve the batch until ``file_counts.in_progress`` is 0; between tries wait
        ``poll_interval_ms``, else the server's ``openai-poll-after-ms``, else 1 s."""
        return run(self._client, self._poll_steps(batch_id, vector_store_id, poll_interval_ms))

    def upload_and_poll(
        self,
        vector_store_id: str,
        *,
        files: Iterable[FileTypes],
        max_concurrency: int = 5,
        file_ids: List[str] = [],  # noqa: B006 - read only
        poll_interval_ms: Union[int, NotGiven] = NOT_GIVEN,
        chunking_strategy: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
    ) -> VectorStoreFileBatch:
        """Upload ``files`` (purpose ``assistants``, at most ``max_concurrency`` at a time;
        the first failure is raised), then ``create_and_poll`` a batch of the new files and
        ``file_ids``."""
        return run(self._client, self._upload_and_poll_steps(vector_store_id, list(files), max_concurrency,
                                                             list(file_ids), poll_interval_ms,
                                                             chunking_strategy))

    def _poll_steps(self, batch_id: str, vector_store_id: str, poll_interval_ms: Union[int, NotGiven]) -> Steps:
        raw = self._view("raw")
        return poll_steps(
            lambda headers: raw.retrieve(batch_id, vector_store_id=vector_store_id, extra_headers=headers),
            done=_settled, poll_interval_ms=poll_interval_ms)

    def _create_and_poll_steps(self, vector_store_id: str, attributes: Any, chunking_strategy: Any,
                               file_ids: Any, files: Any, poll_interval_ms: Union[int, NotGiven]) -> Steps:
        batches = plain(self)
        batch = yield (lambda: batches.create(vector_store_id, attributes=attributes,
                                              chunking_strategy=chunking_strategy, file_ids=file_ids,
                                              files=files))
        return (yield from self._poll_steps(batch.id, vector_store_id, poll_interval_ms))

    def _upload_and_poll_steps(self, vector_store_id: str, files: List[Any], max_concurrency: int,
                               file_ids: List[str], poll_interval_ms: Union[int, NotGiven],
                               chunking_strategy: Any) -> Steps:
        if not files:
            raise ValueError("No files provided")
        api_files = self._client.files
        uploads = [_upload_call(api_files, f) for f in files]
        uploaded = yield Gather(uploads, max_concurrency)
        return (yield from self._create_and_poll_steps(
            vector_store_id, NOT_GIVEN, chunking_strategy, [*file_ids, *(f.id for f in uploaded)],
            NOT_GIVEN, poll_interval_ms))


def _settled(batch: Any) -> bool:
    counts = batch.file_counts
    return not (counts is not None and counts.in_progress)


def _upload_call(api_files: Any, file: Any) -> Any:
    return lambda: api_files.create(file=file, purpose="assistants")


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from openai_lite._async_names import AsyncCursorPage, AsyncPaginator

    class AsyncFileBatches:
        with_raw_response: Any
        with_streaming_response: Any
        async def create(self, vector_store_id: str, *, attributes: Union[Attributes, NotGiven]=NOT_GIVEN, chunking_strategy: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, file_ids: Union[List[str], NotGiven]=NOT_GIVEN, files: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> VectorStoreFileBatch: ...
        async def retrieve(self, batch_id: str, *, vector_store_id: str, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> VectorStoreFileBatch: ...
        async def cancel(self, batch_id: str, *, vector_store_id: str, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> VectorStoreFileBatch: ...
        def list_files(self, batch_id: str, *, vector_store_id: str, after: Union[str, NotGiven]=NOT_GIVEN, before: Union[str, NotGiven]=NOT_GIVEN, filter: Union[Literal['in_progress', 'completed', 'failed', 'cancelled'], NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, order: Union[Literal['asc', 'desc'], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[VectorStoreFile, AsyncCursorPage[VectorStoreFile]]: ...
        async def create_and_poll(self, vector_store_id: str, *, attributes: Union[Attributes, NotGiven]=NOT_GIVEN, chunking_strategy: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, file_ids: Union[List[str], NotGiven]=NOT_GIVEN, files: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, poll_interval_ms: Union[int, NotGiven]=NOT_GIVEN) -> VectorStoreFileBatch: ...
        async def poll(self, batch_id: str, *, vector_store_id: str, poll_interval_ms: Union[int, NotGiven]=NOT_GIVEN) -> VectorStoreFileBatch: ...
        async def upload_and_poll(self, vector_store_id: str, *, files: Iterable[FileTypes], max_concurrency: int=5, file_ids: List[str]=[], poll_interval_ms: Union[int, NotGiven]=NOT_GIVEN, chunking_strategy: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN) -> VectorStoreFileBatch: ...

else:
    AsyncFileBatches = FileBatches
