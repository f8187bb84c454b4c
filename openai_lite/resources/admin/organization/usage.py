from __future__ import annotations

from typing import TYPE_CHECKING, List, Literal, Sequence, Union

from ...._params import collect
from ...._resource import APIResource
from ...._types import NOT_GIVEN, NotGiven
from ....types.admin.organization.usage_audio_speeches_response import UsageAudioSpeechesResponse
from ....types.admin.organization.usage_audio_transcriptions_response import UsageAudioTranscriptionsResponse
from ....types.admin.organization.usage_code_interpreter_sessions_response import UsageCodeInterpreterSessionsResponse
from ....types.admin.organization.usage_completions_response import UsageCompletionsResponse
from ....types.admin.organization.usage_costs_response import UsageCostsResponse
from ....types.admin.organization.usage_embeddings_response import UsageEmbeddingsResponse
from ....types.admin.organization.usage_file_search_calls_response import UsageFileSearchCallsResponse
from ....types.admin.organization.usage_images_response import UsageImagesResponse
from ....types.admin.organization.usage_moderations_response import UsageModerationsResponse
from ....types.admin.organization.usage_vector_stores_response import UsageVectorStoresResponse
from ....types.admin.organization.usage_web_search_calls_response import UsageWebSearchCallsResponse
from ..._common import Body, Headers, Query, TimeoutArg

__all__ = ["Usage"]


class Usage(APIResource):
    def audio_speeches(
        self,
        *,
        start_time: int,
        api_key_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        bucket_width: Union[Literal["1m", "1h", "1d"], NotGiven] = NOT_GIVEN,
        end_time: Union[int, NotGiven] = NOT_GIVEN,
        group_by: Union[List[Literal["project_id", "user_id", "api_key_id", "model"]], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        models: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        page: Union[str, NotGiven] = NOT_GIVEN,
        project_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        user_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> UsageAudioSpeechesResponse:
        query = collect(locals(), (
            "start_time", "api_key_ids", "bucket_width", "end_time", "group_by", "limit", "models",
            "page", "project_ids", "user_ids",
        ))
        return self._request("GET", "/organization/usage/audio_speeches",
                             cast_to=UsageAudioSpeechesResponse, query=query, security="admin",
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def audio_transcriptions(
        self,
        *,
        start_time: int,
        api_key_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        bucket_width: Union[Literal["1m", "1h", "1d"], NotGiven] = NOT_GIVEN,
        end_time: Union[int, NotGiven] = NOT_GIVEN,
        group_by: Union[List[Literal["project_id", "user_id", "api_key_id", "model"]], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        models: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        page: Union[str, NotGiven] = NOT_GIVEN,
        project_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        user_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> UsageAudioTranscriptionsResponse:
        query = collect(locals(), (
            "start_time", "api_key_ids", "bucket_width", "end_time", "group_by", "limit", "models",
            "page", "project_ids", "user_ids",
        ))
        return self._request("GET", "/organization/usage/audio_transcriptions",
                             cast_to=UsageAudioTranscriptionsResponse, query=query,
                             security="admin", extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def code_interpreter_sessions(
        self,
        *,
        start_time: int,
        bucket_width: Union[Literal["1m", "1h", "1d"], NotGiven] = NOT_GIVEN,
        end_time: Union[int, NotGiven] = NOT_GIVEN,
        group_by: Union[List[Literal["project_id"]], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        page: Union[str, NotGiven] = NOT_GIVEN,
        project_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> UsageCodeInterpreterSessionsResponse:
        query = collect(locals(), (
            "start_time", "bucket_width", "end_time", "group_by", "limit", "page", "project_ids",
        ))
        return self._request("GET", "/organization/usage/code_interpreter_sessions",
                             cast_to=UsageCodeInterpreterSessionsResponse, query=query,
                             security="admin", extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def completions(
        self,
        *,
        start_time: int,
        api_key_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        batch: Union[bool, NotGiven] = NOT_GIVEN,
        bucket_width: Union[Literal["1m", "1h", "1d"], NotGiven] = NOT_GIVEN,
        end_time: Union[int, NotGiven] = NOT_GIVEN,
        group_by: Union[List[Literal["project_id", "user_id", "api_key_id", "model", "batch", "service_tier"]], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        models: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        page: Union[str, NotGiven] = NOT_GIVEN,
        project_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        user_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> UsageCompletionsResponse:
        query = collect(locals(), (
            "start_time", "api_key_ids", "batch", "bucket_width", "end_time", "group_by", "limit",
            "models", "page", "project_ids", "user_ids",
        ))
        return self._request("GET", "/organization/usage/completions",
                             cast_to=UsageCompletionsResponse, query=query, security="admin",
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def costs(
        self,
        *,
        start_time: int,
        api_key_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        bucket_width: Union[Literal["1d"], NotGiven] = NOT_GIVEN,
        end_time: Union[int, NotGiven] = NOT_GIVEN,
        group_by: Union[List[Literal["project_id", "line_item", "api_key_id"]], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        page: Union[str, NotGiven] = NOT_GIVEN,
        project_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> UsageCostsResponse:
        query = collect(locals(), (
            "start_time", "api_key_ids", "bucket_width", "end_time", "group_by", "limit", "page",
            "project_ids",
        ))
        return self._request("GET", "/organization/costs", cast_to=UsageCostsResponse, query=query,
                             security="admin", extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def embeddings(
        self,
        *,
        start_time: int,
        api_key_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        bucket_width: Union[Literal["1m", "1h", "1d"], NotGiven] = NOT_GIVEN,
        end_time: Union[int, NotGiven] = NOT_GIVEN,
        group_by: Union[List[Literal["project_id", "user_id", "api_key_id", "model"]], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        models: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        page: Union[str, NotGiven] = NOT_GIVEN,
        project_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        user_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> UsageEmbeddingsResponse:
        query = collect(locals(), (
            "start_time", "api_key_ids", "bucket_width", "end_time", "group_by", "limit", "models",
            "page", "project_ids", "user_ids",
        ))
        return self._request("GET", "/organization/usage/embeddings",
                             cast_to=UsageEmbeddingsResponse, query=query, security="admin",
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def file_search_calls(
        self,
        *,
        start_time: int,
        api_key_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        bucket_width: Union[Literal["1m", "1h", "1d"], NotGiven] = NOT_GIVEN,
        end_time: Union[int, NotGiven] = NOT_GIVEN,
        group_by: Union[List[Literal["project_id", "user_id", "api_key_id", "vector_store_id"]], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        page: Union[str, NotGiven] = NOT_GIVEN,
        project_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        user_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        vector_store_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> UsageFileSearchCallsResponse:
        query = collect(locals(), (
            "start_time", "api_key_ids", "bucket_width", "end_time", "group_by", "limit", "page",
            "project_ids", "user_ids", "vector_store_ids",
        ))
        return self._request("GET", "/organization/usage/file_search_calls",
                             cast_to=UsageFileSearchCallsResponse, query=query, security="admin",
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def images(
        self,
        *,
        start_time: int,
        api_key_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        bucket_width: Union[Literal["1m", "1h", "1d"], NotGiven] = NOT_GIVEN,
        end_time: Union[int, NotGiven] = NOT_GIVEN,
        group_by: Union[List[Literal["project_id", "user_id", "api_key_id", "model", "size", "source"]], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        models: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        page: Union[str, NotGiven] = NOT_GIVEN,
        project_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        sizes: Union[List[Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"]], NotGiven] = NOT_GIVEN,
        sources: Union[List[Literal["image.generation", "image.edit", "image.variation"]], NotGiven] = NOT_GIVEN,
        user_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> UsageImagesResponse:
        query = collect(locals(), (
            "start_time", "api_key_ids", "bucket_width", "end_time", "group_by", "limit", "models",
            "page", "project_ids", "sizes", "sources", "user_ids",
        ))
        return self._request("GET", "/organization/usage/images", cast_to=UsageImagesResponse,
                             query=query, security="admin", extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def moderations(
        self,
        *,
        start_time: int,
        api_key_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        bucket_width: Union[Literal["1m", "1h", "1d"], NotGiven] = NOT_GIVEN,
        end_time: Union[int, NotGiven] = NOT_GIVEN,
        group_by: Union[List[Literal["project_id", "user_id", "api_key_id", "model"]], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        models: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        page: Union[str, NotGiven] = NOT_GIVEN,
        project_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        user_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> UsageModerationsResponse:
        query = collect(locals(), (
            "start_time", "api_key_ids", "bucket_width", "end_time", "group_by", "limit", "models",
            "page", "project_ids", "user_ids",
        ))
        return self._request("GET", "/organization/usage/moderations",
                             cast_to=UsageModerationsResponse, query=query, security="admin",
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def vector_stores(
        self,
        *,
        start_time: int,
        bucket_width: Union[Literal["1m", "1h", "1d"], NotGiven] = NOT_GIVEN,
        end_time: Union[int, NotGiven] = NOT_GIVEN,
        group_by: Union[List[Literal["project_id"]], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        page: Union[str, NotGiven] = NOT_GIVEN,
        project_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> UsageVectorStoresResponse:
        query = collect(locals(), (
            "start_time", "bucket_width", "end_time", "group_by", "limit", "page", "project_ids",
        ))
        return self._request("GET", "/organization/usage/vector_stores",
                             cast_to=UsageVectorStoresResponse, query=query, security="admin",
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def web_search_calls(
        self,
        *,
        start_time: int,
        api_key_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        bucket_width: Union[Literal["1m", "1h", "1d"], NotGiven] = NOT_GIVEN,
        context_levels: Union[List[Literal["low", "medium", "high"]], NotGiven] = NOT_GIVEN,
        end_time: Union[int, NotGiven] = NOT_GIVEN,
        group_by: Union[List[Literal["project_id", "user_id", "api_key_id", "model", "context_level"]], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        models: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        page: Union[str, NotGiven] = NOT_GIVEN,
        project_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        user_ids: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> UsageWebSearchCallsResponse:
        query = collect(locals(), (
            "start_time", "api_key_ids", "bucket_width", "context_levels", "end_time", "group_by",
            "limit", "models", "page", "project_ids", "user_ids",
        ))
        return self._request("GET", "/organization/usage/web_search_calls",
                             cast_to=UsageWebSearchCallsResponse, query=query, security="admin",
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any

    class AsyncUsage:
        with_raw_response: Any
        with_streaming_response: Any
        async def audio_speeches(self, *, start_time: int, api_key_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, bucket_width: Union[Literal['1m', '1h', '1d'], NotGiven]=NOT_GIVEN, end_time: Union[int, NotGiven]=NOT_GIVEN, group_by: Union[List[Literal['project_id', 'user_id', 'api_key_id', 'model']], NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, models: Union[Sequence[str], NotGiven]=NOT_GIVEN, page: Union[str, NotGiven]=NOT_GIVEN, project_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, user_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> UsageAudioSpeechesResponse: ...
        async def audio_transcriptions(self, *, start_time: int, api_key_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, bucket_width: Union[Literal['1m', '1h', '1d'], NotGiven]=NOT_GIVEN, end_time: Union[int, NotGiven]=NOT_GIVEN, group_by: Union[List[Literal['project_id', 'user_id', 'api_key_id', 'model']], NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, models: Union[Sequence[str], NotGiven]=NOT_GIVEN, page: Union[str, NotGiven]=NOT_GIVEN, project_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, user_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> UsageAudioTranscriptionsResponse: ...
        async def code_interpreter_sessions(self, *, start_time: int, bucket_width: Union[Literal['1m', '1h', '1d'], NotGiven]=NOT_GIVEN, end_time: Union[int, NotGiven]=NOT_GIVEN, group_by: Union[List[Literal['project_id']], NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, page: Union[str, NotGiven]=NOT_GIVEN, project_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> UsageCodeInterpreterSessionsResponse: ...
        async def completions(self, *, start_time: int, api_key_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, batch: Union[bool, NotGiven]=NOT_GIVEN, bucket_width: Union[Literal['1m', '1h', '1d'], NotGiven]=NOT_GIVEN, end_time: Union[int, NotGiven]=NOT_GIVEN, group_by: Union[List[Literal['project_id', 'user_id', 'api_key_id', 'model', 'batch', 'service_tier']], NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, models: Union[Sequence[str], NotGiven]=NOT_GIVEN, page: Union[str, NotGiven]=NOT_GIVEN, project_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, user_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> UsageCompletionsResponse: ...
        async def costs(self, *, start_time: int, api_key_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, bucket_width: Union[Literal['1d'], NotGiven]=NOT_GIVEN, end_time: Union[int, NotGiven]=NOT_GIVEN, group_by: Union[List[Literal['project_id', 'line_item', 'api_key_id']], NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, page: Union[str, NotGiven]=NOT_GIVEN, project_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> UsageCostsResponse: ...
        async def embeddings(self, *, start_time: int, api_key_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, bucket_width: Union[Literal['1m', '1h', '1d'], NotGiven]=NOT_GIVEN, end_time: Union[int, NotGiven]=NOT_GIVEN, group_by: Union[List[Literal['project_id', 'user_id', 'api_key_id', 'model']], NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, models: Union[Sequence[str], NotGiven]=NOT_GIVEN, page: Union[str, NotGiven]=NOT_GIVEN, project_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, user_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> UsageEmbeddingsResponse: ...
        async def file_search_calls(self, *, start_time: int, api_key_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, bucket_width: Union[Literal['1m', '1h', '1d'], NotGiven]=NOT_GIVEN, end_time: Union[int, NotGiven]=NOT_GIVEN, group_by: Union[List[Literal['project_id', 'user_id', 'api_key_id', 'vector_store_id']], NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, page: Union[str, NotGiven]=NOT_GIVEN, project_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, user_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, vector_store_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> UsageFileSearchCallsResponse: ...
        async def images(self, *, start_time: int, api_key_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, bucket_width: Union[Literal['1m', '1h', '1d'], NotGiven]=NOT_GIVEN, end_time: Union[int, NotGiven]=NOT_GIVEN, group_by: Union[List[Literal['project_id', 'user_id', 'api_key_id', 'model', 'size', 'source']], NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, models: Union[Sequence[str], NotGiven]=NOT_GIVEN, page: Union[str, NotGiven]=NOT_GIVEN, project_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, sizes: Union[List[Literal['256x256', '512x512', '1024x1024', '1792x1792', '1024x1792']], NotGiven]=NOT_GIVEN, sources: Union[List[Literal['image.generation', 'image.edit', 'image.variation']], NotGiven]=NOT_GIVEN, user_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> UsageImagesResponse: ...
        async def moderations(self, *, start_time: int, api_key_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, bucket_width: Union[Literal['1m', '1h', '1d'], NotGiven]=NOT_GIVEN, end_time: Union[int, NotGiven]=NOT_GIVEN, group_by: Union[List[Literal['project_id', 'user_id', 'api_key_id', 'model']], NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, models: Union[Sequence[str], NotGiven]=NOT_GIVEN, page: Union[str, NotGiven]=NOT_GIVEN, project_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, user_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> UsageModerationsResponse: ...
        async def vector_stores(self, *, start_time: int, bucket_width: Union[Literal['1m', '1h', '1d'], NotGiven]=NOT_GIVEN, end_time: Union[int, NotGiven]=NOT_GIVEN, group_by: Union[List[Literal['project_id']], NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, page: Union[str, NotGiven]=NOT_GIVEN, project_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> UsageVectorStoresResponse: ...
        async def web_search_calls(self, *, start_time: int, api_key_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, bucket_width: Union[Literal['1m', '1h', '1d'], NotGiven]=NOT_GIVEN, context_levels: Union[List[Literal['low', 'medium', 'high']], NotGiven]=NOT_GIVEN, end_time: Union[int, NotGiven]=NOT_GIVEN, group_by: Union[List[Literal['project_id', 'user_id', 'api_key_id', 'model', 'context_level']], NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, models: Union[Sequence[str], NotGiven]=NOT_GIVEN, page: Union[str, NotGiven]=NOT_GIVEN, project_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, user_ids: Union[Sequence[str], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> UsageWebSearchCallsResponse: ...

else:
    AsyncUsage = Usage
