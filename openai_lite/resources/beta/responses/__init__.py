from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Literal, Mapping, Optional, Sequence, Union, overload

from ...._params import collect
from ...._resource import APIResource, subresource
from ...._types import NOT_GIVEN, NotGiven
from ....core.paths import format_path
from ...beta._headers import betas_header
from ....types.beta.responses.beta_compacted_response import BetaCompactedResponse
from ....types.beta.responses.beta_response import BetaResponse
from ....types.beta.responses.beta_response_stream_event import BetaResponseStreamEvent
from ..._common import Body, Headers, Query, TimeoutArg

if TYPE_CHECKING:
    from ...._streaming import Stream
    from ....realtime.connect import BetaResponsesConnect
    from .input_items import InputItems
    from .input_tokens import InputTokens

__all__ = ["Responses"]


class Responses(APIResource):
    input_items: InputItems = subresource(".resources.beta.responses.input_items:InputItems")
    input_tokens: InputTokens = subresource(".resources.beta.responses.input_tokens:InputTokens")
    connect: BetaResponsesConnect = subresource(".realtime.connect:BetaResponsesConnect")

    # <generated overloads: create>
    @overload
    def create(self, *, betas: Union[List[Literal['responses_multi_agent=v1']], NotGiven]=NOT_GIVEN, background: Optional[Union[bool, NotGiven]]=NOT_GIVEN, context_management: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, conversation: Optional[Union[str, Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Optional[Union[Sequence[str], NotGiven]]=NOT_GIVEN, input: Union[str, Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_output_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tool_calls: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, moderation: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, multi_agent: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, parallel_tool_calls: Optional[Union[bool, NotGiven]]=NOT_GIVEN, previous_response_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, prompt_cache_key: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt_cache_options: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[Literal['in_memory', '24h'], NotGiven]]=NOT_GIVEN, reasoning: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, safety_identifier: Optional[Union[str, NotGiven]]=NOT_GIVEN, service_tier: Optional[Union[str, NotGiven]]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, stream_options: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, text: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, tool_choice: Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]=NOT_GIVEN, tools: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, top_logprobs: Union[int, NotGiven]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation: Optional[Union[Literal['auto', 'disabled'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> BetaResponse: ...
    @overload
    def create(self, *, betas: Union[List[Literal['responses_multi_agent=v1']], NotGiven]=NOT_GIVEN, background: Optional[Union[bool, NotGiven]]=NOT_GIVEN, context_management: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, conversation: Optional[Union[str, Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Optional[Union[Sequence[str], NotGiven]]=NOT_GIVEN, input: Union[str, Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_output_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tool_calls: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, moderation: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, multi_agent: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, parallel_tool_calls: Optional[Union[bool, NotGiven]]=NOT_GIVEN, previous_response_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, prompt_cache_key: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt_cache_options: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[Literal['in_memory', '24h'], NotGiven]]=NOT_GIVEN, reasoning: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, safety_identifier: Optional[Union[str, NotGiven]]=NOT_GIVEN, service_tier: Optional[Union[str, NotGiven]]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: Literal[True], stream_options: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, text: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, tool_choice: Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]=NOT_GIVEN, tools: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, top_logprobs: Union[int, NotGiven]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation: Optional[Union[Literal['auto', 'disabled'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Stream[BetaResponseStreamEvent]: ...
    @overload
    def create(self, *, betas: Union[List[Literal['responses_multi_agent=v1']], NotGiven]=NOT_GIVEN, background: Optional[Union[bool, NotGiven]]=NOT_GIVEN, context_management: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, conversation: Optional[Union[str, Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Optional[Union[Sequence[str], NotGiven]]=NOT_GIVEN, input: Union[str, Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_output_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tool_calls: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, moderation: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, multi_agent: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, parallel_tool_calls: Optional[Union[bool, NotGiven]]=NOT_GIVEN, previous_response_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, prompt_cache_key: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt_cache_options: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[Literal['in_memory', '24h'], NotGiven]]=NOT_GIVEN, reasoning: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, safety_identifier: Optional[Union[str, NotGiven]]=NOT_GIVEN, service_tier: Optional[Union[str, NotGiven]]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: bool, stream_options: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, text: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, tool_choice: Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]=NOT_GIVEN, tools: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, top_logprobs: Union[int, NotGiven]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation: Optional[Union[Literal['auto', 'disabled'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[BetaResponse, Stream[BetaResponseStreamEvent]]: ...
    # </generated overloads: create>
    def create(
        self,
        *,
        betas: Union[List[Literal["responses_multi_agent=v1"]], NotGiven] = NOT_GIVEN,
        background: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        context_management: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]] = NOT_GIVEN,
        conversation: Optional[Union[str, Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        include: Optional[Union[Sequence[str], NotGiven]] = NOT_GIVEN,
        input: Union[str, Iterable[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        instructions: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        max_output_tokens: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        max_tool_calls: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        model: Union[str, NotGiven] = NOT_GIVEN,
        moderation: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        multi_agent: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        parallel_tool_calls: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        previous_response_id: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        prompt: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        prompt_cache_key: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        prompt_cache_options: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        prompt_cache_retention: Optional[Union[Literal["in_memory", "24h"], NotGiven]] = NOT_GIVEN,
        reasoning: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        safety_identifier: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        service_tier: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        store: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        stream: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        stream_options: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        temperature: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        text: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        tool_choice: Union[Literal["none", "auto", "required"], Mapping[str, Any], NotGiven] = NOT_GIVEN,
        tools: Union[Iterable[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        top_logprobs: Union[int, NotGiven] = NOT_GIVEN,
        top_p: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        truncation: Optional[Union[Literal["auto", "disabled"], NotGiven]] = NOT_GIVEN,
        user: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "Union[BetaResponse, Stream[BetaResponseStreamEvent]]":
        body = collect(locals(), (
            "background", "context_management", "conversation", "include", "input", "instructions",
            "max_output_tokens", "max_tool_calls", "metadata", "model", "moderation", "multi_agent",
            "parallel_tool_calls", "previous_response_id", "prompt", "prompt_cache_key",
            "prompt_cache_options", "prompt_cache_retention", "reasoning", "safety_identifier",
            "service_tier", "store", "stream", "stream_options", "temperature", "text",
            "tool_choice", "tools", "top_logprobs", "top_p", "truncation", "user",
        ))
        streaming = bool(stream) and not isinstance(stream, NotGiven)
        return self._request("POST", "/responses?beta=true",
                             cast_to=BetaResponseStreamEvent if streaming else BetaResponse,
                             stream=streaming, body=body, headers=betas_header(betas),
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    # <generated overloads: retrieve>
    @overload
    def retrieve(self, response_id: str, *, betas: Union[List[Literal['responses_multi_agent=v1']], NotGiven]=NOT_GIVEN, include: Union[Sequence[str], NotGiven]=NOT_GIVEN, include_obfuscation: Union[bool, NotGiven]=NOT_GIVEN, starting_after: Union[int, NotGiven]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> BetaResponse: ...
    @overload
    def retrieve(self, response_id: str, *, betas: Union[List[Literal['responses_multi_agent=v1']], NotGiven]=NOT_GIVEN, include: Union[Sequence[str], NotGiven]=NOT_GIVEN, include_obfuscation: Union[bool, NotGiven]=NOT_GIVEN, starting_after: Union[int, NotGiven]=NOT_GIVEN, stream: Literal[True], extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Stream[BetaResponseStreamEvent]: ...
    @overload
    def retrieve(self, response_id: str, *, betas: Union[List[Literal['responses_multi_agent=v1']], NotGiven]=NOT_GIVEN, include: Union[Sequence[str], NotGiven]=NOT_GIVEN, include_obfuscation: Union[bool, NotGiven]=NOT_GIVEN, starting_after: Union[int, NotGiven]=NOT_GIVEN, stream: bool, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[BetaResponse, Stream[BetaResponseStreamEvent]]: ...
    # </generated overloads: retrieve>
    def retrieve(
        self,
        response_id: str,
        *,
        betas: Union[List[Literal["responses_multi_agent=v1"]], NotGiven] = NOT_GIVEN,
        include: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        include_obfuscation: Union[bool, NotGiven] = NOT_GIVEN,
        starting_after: Union[int, NotGiven] = NOT_GIVEN,
        stream: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "Union[BetaResponse, Stream[BetaResponseStreamEvent]]":
        query = collect(locals(), ("include", "include_obfuscation", "starting_after", "stream"))
        path = format_path("/responses/{response_id}?beta=true", response_id=response_id)
        streaming = bool(stream) and not isinstance(stream, NotGiven)
        return self._request("GET", path,
                             cast_to=BetaResponseStreamEvent if streaming else BetaResponse,
                             stream=streaming, query=query, headers=betas_header(betas),
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def delete(
        self,
        response_id: str,
        *,
        betas: Union[List[Literal["responses_multi_agent=v1"]], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> None:
        path = format_path("/responses/{response_id}?beta=true", response_id=response_id)
        return self._request("DELETE", path, cast_to=type(None),
                             headers=betas_header(betas, {"Accept": "*/*"}),
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def cancel(
        self,
        response_id: str,
        *,
        betas: Union[List[Literal["responses_multi_agent=v1"]], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> BetaResponse:
        path = format_path("/responses/{response_id}/cancel?beta=true", response_id=response_id)
        return self._request("POST", path, cast_to=BetaResponse, headers=betas_header(betas),
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def compact(
        self,
        *,
        model: Optional[str],
        betas: Union[List[Literal["responses_multi_agent=v1"]], NotGiven] = NOT_GIVEN,
        input: Optional[Union[str, Iterable[Mapping[str, Any]], NotGiven]] = NOT_GIVEN,
        instructions: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        previous_response_id: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        prompt_cache_key: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        prompt_cache_options: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        prompt_cache_retention: Optional[Union[Literal["in_memory", "24h"], NotGiven]] = NOT_GIVEN,
        service_tier: Optional[Union[Literal["auto", "default", "fast", "flex", "priority"], NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> BetaCompactedResponse:
        body = collect(locals(), (
            "model", "input", "instructions", "previous_response_id", "prompt_cache_key",
            "prompt_cache_options", "prompt_cache_retention", "service_tier",
        ))
        return self._request("POST", "/responses/compact?beta=true", cast_to=BetaCompactedResponse,
                             body=body, headers=betas_header(betas), extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from ....realtime.connect import AsyncBetaResponsesConnect
    from .input_items import AsyncInputItems
    from .input_tokens import AsyncInputTokens
    from openai_lite._async_names import AsyncStream

    class AsyncResponses:
        with_raw_response: Any
        with_streaming_response: Any
        input_items: AsyncInputItems
        input_tokens: AsyncInputTokens
        connect: AsyncBetaResponsesConnect
        @overload
        async def create(self, *, betas: Union[List[Literal['responses_multi_agent=v1']], NotGiven]=NOT_GIVEN, background: Optional[Union[bool, NotGiven]]=NOT_GIVEN, context_management: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, conversation: Optional[Union[str, Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Optional[Union[Sequence[str], NotGiven]]=NOT_GIVEN, input: Union[str, Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_output_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tool_calls: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, moderation: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, multi_agent: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, parallel_tool_calls: Optional[Union[bool, NotGiven]]=NOT_GIVEN, previous_response_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, prompt_cache_key: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt_cache_options: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[Literal['in_memory', '24h'], NotGiven]]=NOT_GIVEN, reasoning: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, safety_identifier: Optional[Union[str, NotGiven]]=NOT_GIVEN, service_tier: Optional[Union[str, NotGiven]]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, stream_options: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, text: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, tool_choice: Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]=NOT_GIVEN, tools: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, top_logprobs: Union[int, NotGiven]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation: Optional[Union[Literal['auto', 'disabled'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> BetaResponse: ...
        @overload
        async def create(self, *, betas: Union[List[Literal['responses_multi_agent=v1']], NotGiven]=NOT_GIVEN, background: Optional[Union[bool, NotGiven]]=NOT_GIVEN, context_management: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, conversation: Optional[Union[str, Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Optional[Union[Sequence[str], NotGiven]]=NOT_GIVEN, input: Union[str, Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_output_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tool_calls: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, moderation: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, multi_agent: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, parallel_tool_calls: Optional[Union[bool, NotGiven]]=NOT_GIVEN, previous_response_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, prompt_cache_key: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt_cache_options: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[Literal['in_memory', '24h'], NotGiven]]=NOT_GIVEN, reasoning: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, safety_identifier: Optional[Union[str, NotGiven]]=NOT_GIVEN, service_tier: Optional[Union[str, NotGiven]]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: Literal[True], stream_options: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, text: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, tool_choice: Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]=NOT_GIVEN, tools: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, top_logprobs: Union[int, NotGiven]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation: Optional[Union[Literal['auto', 'disabled'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncStream[BetaResponseStreamEvent]: ...
        @overload
        async def create(self, *, betas: Union[List[Literal['responses_multi_agent=v1']], NotGiven]=NOT_GIVEN, background: Optional[Union[bool, NotGiven]]=NOT_GIVEN, context_management: Optional[Union[Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, conversation: Optional[Union[str, Mapping[str, Any], NotGiven]]=NOT_GIVEN, include: Optional[Union[Sequence[str], NotGiven]]=NOT_GIVEN, input: Union[str, Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_output_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tool_calls: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, moderation: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, multi_agent: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, parallel_tool_calls: Optional[Union[bool, NotGiven]]=NOT_GIVEN, previous_response_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, prompt_cache_key: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt_cache_options: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[Literal['in_memory', '24h'], NotGiven]]=NOT_GIVEN, reasoning: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, safety_identifier: Optional[Union[str, NotGiven]]=NOT_GIVEN, service_tier: Optional[Union[str, NotGiven]]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: bool, stream_options: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, text: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, tool_choice: Union[Literal['none', 'auto', 'required'], Mapping[str, Any], NotGiven]=NOT_GIVEN, tools: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, top_logprobs: Union[int, NotGiven]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation: Optional[Union[Literal['auto', 'disabled'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[BetaResponse, AsyncStream[BetaResponseStreamEvent]]: ...
        async def create(self, *args: Any, **kwargs: Any) -> Any: ...
        @overload
        async def retrieve(self, response_id: str, *, betas: Union[List[Literal['responses_multi_agent=v1']], NotGiven]=NOT_GIVEN, include: Union[Sequence[str], NotGiven]=NOT_GIVEN, include_obfuscation: Union[bool, NotGiven]=NOT_GIVEN, starting_after: Union[int, NotGiven]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> BetaResponse: ...
        @overload
        async def retrieve(self, response_id: str, *, betas: Union[List[Literal['responses_multi_agent=v1']], NotGiven]=NOT_GIVEN, include: Union[Sequence[str], NotGiven]=NOT_GIVEN, include_obfuscation: Union[bool, NotGiven]=NOT_GIVEN, starting_after: Union[int, NotGiven]=NOT_GIVEN, stream: Literal[True], extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncStream[BetaResponseStreamEvent]: ...
        @overload
        async def retrieve(self, response_id: str, *, betas: Union[List[Literal['responses_multi_agent=v1']], NotGiven]=NOT_GIVEN, include: Union[Sequence[str], NotGiven]=NOT_GIVEN, include_obfuscation: Union[bool, NotGiven]=NOT_GIVEN, starting_after: Union[int, NotGiven]=NOT_GIVEN, stream: bool, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[BetaResponse, AsyncStream[BetaResponseStreamEvent]]: ...
        async def retrieve(self, *args: Any, **kwargs: Any) -> Any: ...
        async def delete(self, response_id: str, *, betas: Union[List[Literal['responses_multi_agent=v1']], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> None: ...
        async def cancel(self, response_id: str, *, betas: Union[List[Literal['responses_multi_agent=v1']], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> BetaResponse: ...
        async def compact(self, *, model: Optional[str], betas: Union[List[Literal['responses_multi_agent=v1']], NotGiven]=NOT_GIVEN, input: Optional[Union[str, Iterable[Mapping[str, Any]], NotGiven]]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, previous_response_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt_cache_key: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt_cache_options: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, prompt_cache_retention: Optional[Union[Literal['in_memory', '24h'], NotGiven]]=NOT_GIVEN, service_tier: Optional[Union[Literal['auto', 'default', 'fast', 'flex', 'priority'], NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> BetaCompactedResponse: ...

else:
    AsyncResponses = Responses
