from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Literal, Mapping, Optional, Union

from ..._params import collect
from ..._resource import APIResource
from ..._types import NOT_GIVEN, NotGiven
from ...core.paths import format_path
from ...types.beta.assistant import Assistant
from ...types.beta.assistant_deleted import AssistantDeleted
from .._common import Body, Headers, Query, TimeoutArg

if TYPE_CHECKING:
    from ..._pagination import SyncCursorPage

__all__ = ["Assistants"]

_BETA = {"OpenAI-Beta": "assistants=v2"}


class Assistants(APIResource):
    def create(
        self,
        *,
        model: str,
        description: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        instructions: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        name: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        reasoning_effort: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        response_format: Optional[Union[Literal["auto"], Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        temperature: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        tool_resources: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        tools: Union[Iterable[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        top_p: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Assistant:
        body = collect(locals(), (
            "model", "description", "instructions", "metadata", "name", "reasoning_effort",
            "response_format", "temperature", "tool_resources", "tools", "top_p",
        ))
        return self._request("POST", "/assistants", cast_to=Assistant, body=body, headers=_BETA,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def retrieve(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Assistant:
        path = format_path("/assistants/{assistant_id}", assistant_id=assistant_id)
        return self._request("GET", path, cast_to=Assistant, headers=_BETA,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def update(
        self,
        assistant_id: str,
        *,
        description: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        instructions: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        model: Union[str, NotGiven] = NOT_GIVEN,
        name: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        reasoning_effort: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        response_format: Optional[Union[Literal["auto"], Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        temperature: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        tool_resources: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        tools: Union[Iterable[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        top_p: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Assistant:
        body = collect(locals(), (
            "description", "instructions", "metadata", "model", "name", "reasoning_effort",
            "response_format", "temperature", "tool_resources", "tools", "top_p",
        ))
        path = format_path("/assistants/{assistant_id}", assistant_id=assistant_id)
        return self._request("POST", path, cast_to=Assistant, body=body, headers=_BETA,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

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
    ) -> "SyncCursorPage[Assistant]":
        query = collect(locals(), ("after", "before", "limit", "order"))
        return self._request("GET", "/assistants", cast_to=Assistant, page="cursor", query=query,
                             headers=_BETA, extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def delete(
        self,
        assistant_id: str,
        *,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> AssistantDeleted:
        path = format_path("/assistants/{assistant_id}", assistant_id=assistant_id)
        return self._request("DELETE", path, cast_to=AssistantDeleted, headers=_BETA,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from openai_lite._async_names import AsyncCursorPage, AsyncPaginator

    class AsyncAssistants:
        with_raw_response: Any
        with_streaming_response: Any
        async def create(self, *, model: str, description: Optional[Union[str, NotGiven]]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, name: Optional[Union[str, NotGiven]]=NOT_GIVEN, reasoning_effort: Optional[Union[str, NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, tool_resources: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Assistant: ...
        async def retrieve(self, assistant_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Assistant: ...
        async def update(self, assistant_id: str, *, description: Optional[Union[str, NotGiven]]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, name: Optional[Union[str, NotGiven]]=NOT_GIVEN, reasoning_effort: Optional[Union[str, NotGiven]]=NOT_GIVEN, response_format: Optional[Union[Literal['auto'], Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, tool_resources: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, tools: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Assistant: ...
        def list(self, *, after: Union[str, NotGiven]=NOT_GIVEN, before: Union[str, NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, order: Union[Literal['asc', 'desc'], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[Assistant, AsyncCursorPage[Assistant]]: ...
        async def delete(self, assistant_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AssistantDeleted: ...

else:
    AsyncAssistants = Assistants
