from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Literal, Mapping, Optional, Union

from ..._params import collect
from ..._resource import APIResource, subresource
from ..._types import NOT_GIVEN, NotGiven
from ...core.paths import format_path
from ...types.vector_store import VectorStore
from ...types.vector_store_deleted import VectorStoreDeleted
from ...types.vector_store_search_response import VectorStoreSearchResponse
from .._common import Body, Headers, Query, TimeoutArg

if TYPE_CHECKING:
    from ..._pagination import SyncCursorPage, SyncPage
    from .file_batches import FileBatches
    from .files import Files

__all__ = ["VectorStores"]

# Every vector store endpoint still belongs to the Assistants v2 beta.
BETA = {"OpenAI-Beta": "assistants=v2"}


class VectorStores(APIResource):
    files: Files = subresource(".resources.vector_stores.files:Files")
    file_batches: FileBatches = subresource(".resources.vector_stores.file_batches:FileBatches")

    def create(
        self,
        *,
        chunking_strategy: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        description: Union[str, NotGiven] = NOT_GIVEN,
        expires_after: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        file_ids: Union[List[str], NotGiven] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> VectorStore:
        body = collect(locals(), ("chunking_strategy", "description", "expires_after", "file_ids",
                                  "metadata", "name"))
        return self._request("POST", "/vector_stores", cast_to=VectorStore, body=body, headers=BETA,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def retrieve(self, vector_store_id: str, *, extra_headers: Headers = None, extra_query: Query = None,
                 extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> VectorStore:
        return self._request("GET", format_path("/vector_stores/{vector_store_id}", vector_store_id=vector_store_id),
                             cast_to=VectorStore, headers=BETA, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def update(
        self,
        vector_store_id: str,
        *,
        expires_after: Union[Mapping[str, Any], None, NotGiven] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        name: Union[str, None, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> VectorStore:
        body = collect(locals(), ("expires_after", "metadata", "name"))
        return self._request("POST", format_path("/vector_stores/{vector_store_id}", vector_store_id=vector_store_id),
                             cast_to=VectorStore, body=body, headers=BETA, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def list(
        self,
        *,
        after: Union[str, NotGiven] = NOT_GIVEN,
        before: Union[str, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        order: Union[Literal["asc", "desc"], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "SyncCursorPage[VectorStore]":
        query = collect(locals(), ("after", "before", "limit", "order"))
        return self._request("GET", "/vector_stores", cast_to=VectorStore, page="cursor", query=query,
                             headers=BETA, extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def delete(self, vector_store_id: str, *, extra_headers: Headers = None, extra_query: Query = None,
               extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> VectorStoreDeleted:
        return self._request("DELETE", format_path("/vector_stores/{vector_store_id}", vector_store_id=vector_store_id),
                             cast_to=VectorStoreDeleted, headers=BETA, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def search(
        self,
        vector_store_id: str,
        *,
        query: Union[str, List[str]],
        filters: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        max_num_results: Union[int, NotGiven] = NOT_GIVEN,
        ranking_options: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        rewrite_query: Union[bool, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "SyncPage[VectorStoreSearchResponse]":
        """Chunks of the store's files relevant to ``query`` (one page; never paginates)."""
        body = collect(locals(), ("query", "filters", "max_num_results", "ranking_options", "rewrite_query"))
        return self._request("POST", format_path("/vector_stores/{vector_store_id}/search",
                                                 vector_store_id=vector_store_id),
                             cast_to=VectorStoreSearchResponse, page="page", body=body, headers=BETA,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from .file_batches import AsyncFileBatches
    from .files import AsyncFiles
    from openai_lite._async_names import AsyncCursorPage, AsyncPage, AsyncPaginator

    class AsyncVectorStores:
        with_raw_response: Any
        with_streaming_response: Any
        files: AsyncFiles
        file_batches: AsyncFileBatches
        async def create(self, *, chunking_strategy: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, description: Union[str, NotGiven]=NOT_GIVEN, expires_after: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, file_ids: Union[List[str], NotGiven]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, name: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> VectorStore: ...
        async def retrieve(self, vector_store_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> VectorStore: ...
        async def update(self, vector_store_id: str, *, expires_after: Union[Mapping[str, Any], None, NotGiven]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, name: Union[str, None, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> VectorStore: ...
        def list(self, *, after: Union[str, NotGiven]=NOT_GIVEN, before: Union[str, NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, order: Union[Literal['asc', 'desc'], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[VectorStore, AsyncCursorPage[VectorStore]]: ...
        async def delete(self, vector_store_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> VectorStoreDeleted: ...
        def search(self, vector_store_id: str, *, query: Union[str, List[str]], filters: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, max_num_results: Union[int, NotGiven]=NOT_GIVEN, ranking_options: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, rewrite_query: Union[bool, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[VectorStoreSearchResponse, AsyncPage[VectorStoreSearchResponse]]: ...

else:
    AsyncVectorStores = VectorStores
