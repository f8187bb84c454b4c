from __future__ import annotations

from typing import (TYPE_CHECKING, Any, Dict, Iterable, List, Literal, Mapping, Optional, Type,
                    TypeVar, Union, overload)

from ..._params import collect
from ..._resource import APIResource, subresource
from ..._types import NOT_GIVEN, NotGiven
from ...core.paths import format_path
from ...types.responses.compacted_response import CompactedResponse
from ...types.responses.parsed_response import ParsedResponse
from ...types.responses.response import Response
from ...types.responses.response_includable import ResponseIncludable
from ...types.responses.response_input_param import ResponseInputParam
from ...types.responses.response_stream_event import ResponseStreamEvent
from ...types.responses.response_text_config_param import ResponseTextConfigParam
from ...types.responses.tool_param import ToolParam
from .._common import Body, Headers, Query, TimeoutArg

if TYPE_CHECKING:
    from ..._streaming import Stream
    from ...realtime.connect import ResponsesConnect
    from ...lib.streaming.responses import AsyncResponseStreamManager, ResponseStreamManager
    from .input_items import InputItems
    from .input_tokens import InputTokens

__all__ = ["Responses", "ResponsesStreamHelper", "AsyncResponsesStreamHelper"]

TextFormatT = TypeVar("TextFormatT")

# All optional, alphabetical: the order the SDK writes body keys in.
_CREATE_BODY = (
    "background", "context_management", "conversation", "include", "input", "instructions",
    "max_output_tokens", "max_tool_calls", "metadata", "model", "moderation", "parallel_tool_calls",
    "previous_response_id", "prompt", "prompt_cache_key", "prompt_cache_options",
    "prompt_cache_retention", "reasoning", "safety_identifier", "service_tier", "store", "stream",
    "stream_options", "temperature", "text", "tool_choice", "tools", "top_logprobs", "top_p",
    "truncation", "user",
)
_PARSE_BODY = tuple(name for name in _CREATE_BODY if name != "stream")
_COMPACT_BODY = (
    "model", "input", "instructions", "previous_response_id", "prompt_cache_key",
    "prompt_cache_options", "prompt_cache_retention", "service_tier",
)
_RETRIEVE_QUERY = ("include", "include_obfuscation", "starting_after", "stream")

_Obj = Mapping[str, Any]
_ServiceTier = Literal["auto", "default", "flex", "scale", "priority"]


def _helper(cls: Any) -> Any:
    """A callable attribute bound to the resource, typed as ``cls`` by the annotation."""

    class _Bound:
        def __get__(self, obj: Any, owner: Optional[type] = None) -> Any:
            if obj is None:
                return self
            return cls(obj)

    return _Bound()


class ResponsesStreamHelper:
    """``client.responses.stream(...)``.

    A callable object rather than a method so that the async client's type (generated from
    this class's annotation, see ``AsyncResponsesStreamHelper``) can say that the async
    variant returns its manager directly instead of a coroutine.
    """

    def __init__(self, resource: "Responses") -> None:
        self._resource = resource

    def __call__(
        self,
        *,
        response_id: Union[str, NotGiven] = NOT_GIVEN,
        input: Union[str, ResponseInputParam, NotGiven] = NOT_GIVEN,
        model: Union[str, NotGiven] = NOT_GIVEN,
        background: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        context_management: Optional[Union[Iterable[_Obj], NotGiven]] = NOT_GIVEN,
        conversation: Union[str, _Obj, None, NotGiven] = NOT_GIVEN,
        include: Optional[Union[List[ResponseIncludable], NotGiven]] = NOT_GIVEN,
        instructions: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        max_output_tokens: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        max_tool_calls: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        moderation: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
        parallel_tool_calls: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        previous_response_id: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        prompt: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
        prompt_cache_key: Union[str, NotGiven] = NOT_GIVEN,
        prompt_cache_options: Union[_Obj, NotGiven] = NOT_GIVEN,
        prompt_cache_retention: Optional[Union[Literal["in_memory", "24h"], NotGiven]] = NOT_GIVEN,
        reasoning: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
        safety_identifier: Union[str, NotGiven] = NOT_GIVEN,
        service_tier: Optional[Union[_ServiceTier, NotGiven]] = NOT_GIVEN,
        starting_after: Union[int, NotGiven] = NOT_GIVEN,
        store: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        stream_options: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
        temperature: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        text: Union[ResponseTextConfigParam, NotGiven] = NOT_GIVEN,
        text_format: Union[Type[TextFormatT], NotGiven] = NOT_GIVEN,
        tool_choice: Union[str, _Obj, NotGiven] = NOT_GIVEN,
        tools: Union[Iterable[ToolParam], NotGiven] = NOT_GIVEN,
        top_logprobs: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        top_p: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        truncation: Optional[Union[Literal["auto", "disabled"], NotGiven]] = NOT_GIVEN,
        user: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "ResponseStreamManager[TextFormatT]":
        """Stream a new response (``input`` and ``model``) or an existing one
        (``response_id``, optionally ``starting_after``); nothing is sent until the
        returned manager is entered."""
        args = dict(locals())
        del args["self"]
        return self._resource._stream(args)


if TYPE_CHECKING:
    class AsyncResponsesStreamHelper:
        def __call__(
            self,
            *,
            response_id: Union[str, NotGiven] = NOT_GIVEN,
            input: Union[str, ResponseInputParam, NotGiven] = NOT_GIVEN,
            model: Union[str, NotGiven] = NOT_GIVEN,
            background: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
            context_management: Optional[Union[Iterable[_Obj], NotGiven]] = NOT_GIVEN,
            conversation: Union[str, _Obj, None, NotGiven] = NOT_GIVEN,
            include: Optional[Union[List[ResponseIncludable], NotGiven]] = NOT_GIVEN,
            instructions: Optional[Union[str, NotGiven]] = NOT_GIVEN,
            max_output_tokens: Optional[Union[int, NotGiven]] = NOT_GIVEN,
            max_tool_calls: Optional[Union[int, NotGiven]] = NOT_GIVEN,
            metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
            moderation: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
            parallel_tool_calls: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
            previous_response_id: Optional[Union[str, NotGiven]] = NOT_GIVEN,
            prompt: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
            prompt_cache_key: Union[str, NotGiven] = NOT_GIVEN,
            prompt_cache_options: Union[_Obj, NotGiven] = NOT_GIVEN,
            prompt_cache_retention: Optional[Union[Literal["in_memory", "24h"], NotGiven]] = NOT_GIVEN,
            reasoning: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
            safety_identifier: Union[str, NotGiven] = NOT_GIVEN,
            service_tier: Optional[Union[_ServiceTier, NotGiven]] = NOT_GIVEN,
            starting_after: Union[int, NotGiven] = NOT_GIVEN,
            store: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
            stream_options: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
            temperature: Optional[Union[float, NotGiven]] = NOT_GIVEN,
            text: Union[ResponseTextConfigParam, NotGiven] = NOT_GIVEN,
            text_format: Union[Type[TextFormatT], NotGiven] = NOT_GIVEN,
            tool_choice: Union[str, _Obj, NotGiven] = NOT_GIVEN,
            tools: Union[Iterable[ToolParam], NotGiven] = NOT_GIVEN,
            top_logprobs: Optional[Union[int, NotGiven]] = NOT_GIVEN,
            top_p: Optional[Union[float, NotGiven]] = NOT_GIVEN,
            truncation: Optional[Union[Literal["auto", "disabled"], NotGiven]] = NOT_GIVEN,
            user: Union[str, NotGiven] = NOT_GIVEN,
            extra_headers: Headers = None,
            extra_query: Query = None,
            extra_body: Body = None,
            timeout: TimeoutArg = NOT_GIVEN,
        ) -> "AsyncResponseStreamManager[TextFormatT]": ...
else:
    AsyncResponsesStreamHelper = ResponsesStreamHelper


class Responses(APIResource):
    input_items: InputItems = subresource(".resources.responses.input_items:InputItems")
    input_tokens: InputTokens = subresource(".resources.responses.input_tokens:InputTokens")
    stream: ResponsesStreamHelper = _helper(ResponsesStreamHelper)
    connect: ResponsesConnect = subresource(".realtime.connect:ResponsesConnect")

    # <generated overloads: create>
    @overload
    def create(self, *, background: Optional[Union[bool, NotGiven]]=NOT_GIVEN, context_management: Optional[Union[Iterable[_Obj], NotGiven]]=NOT_GIVEN, conversation: Union[str, _Obj, None, NotGiven]=NOT_GIVEN, include: Optional[Union[List[ResponseIncludable], NotGiven]]=NOT_GIVEN, input: Union[str, ResponseInputParam, NotGiven]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_output_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tool_calls: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, moderation: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Optional[Union[bool, NotGiven]]=NOT_GIVEN, previous_response_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, prompt_cache_key: Union[str, NotGiven]=NOT_GIVEN, prompt_cache_options: Union[_Obj, NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[Literal['in_memory', '24h'], NotGiven]]=NOT_GIVEN, reasoning: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, safety_identifier: Union[str, NotGiven]=NOT_GIVEN, service_tier: Optional[Union[_ServiceTier, NotGiven]]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, stream_options: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, text: Union[ResponseTextConfigParam, NotGiven]=NOT_GIVEN, tool_choice: Union[str, _Obj, NotGiven]=NOT_GIVEN, tools: Union[Iterable[ToolParam], NotGiven]=NOT_GIVEN, top_logprobs: Optional[Union[int, NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation: Optional[Union[Literal['auto', 'disabled'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Response: ...
    @overload
    def create(self, *, background: Optional[Union[bool, NotGiven]]=NOT_GIVEN, context_management: Optional[Union[Iterable[_Obj], NotGiven]]=NOT_GIVEN, conversation: Union[str, _Obj, None, NotGiven]=NOT_GIVEN, include: Optional[Union[List[ResponseIncludable], NotGiven]]=NOT_GIVEN, input: Union[str, ResponseInputParam, NotGiven]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_output_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tool_calls: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, moderation: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Optional[Union[bool, NotGiven]]=NOT_GIVEN, previous_response_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, prompt_cache_key: Union[str, NotGiven]=NOT_GIVEN, prompt_cache_options: Union[_Obj, NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[Literal['in_memory', '24h'], NotGiven]]=NOT_GIVEN, reasoning: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, safety_identifier: Union[str, NotGiven]=NOT_GIVEN, service_tier: Optional[Union[_ServiceTier, NotGiven]]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: Literal[True], stream_options: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, text: Union[ResponseTextConfigParam, NotGiven]=NOT_GIVEN, tool_choice: Union[str, _Obj, NotGiven]=NOT_GIVEN, tools: Union[Iterable[ToolParam], NotGiven]=NOT_GIVEN, top_logprobs: Optional[Union[int, NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation: Optional[Union[Literal['auto', 'disabled'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Stream[ResponseStreamEvent]: ...
    @overload
    def create(self, *, background: Optional[Union[bool, NotGiven]]=NOT_GIVEN, context_management: Optional[Union[Iterable[_Obj], NotGiven]]=NOT_GIVEN, conversation: Union[str, _Obj, None, NotGiven]=NOT_GIVEN, include: Optional[Union[List[ResponseIncludable], NotGiven]]=NOT_GIVEN, input: Union[str, ResponseInputParam, NotGiven]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_output_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tool_calls: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, moderation: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Optional[Union[bool, NotGiven]]=NOT_GIVEN, previous_response_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, prompt_cache_key: Union[str, NotGiven]=NOT_GIVEN, prompt_cache_options: Union[_Obj, NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[Literal['in_memory', '24h'], NotGiven]]=NOT_GIVEN, reasoning: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, safety_identifier: Union[str, NotGiven]=NOT_GIVEN, service_tier: Optional[Union[_ServiceTier, NotGiven]]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: bool, stream_options: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, text: Union[ResponseTextConfigParam, NotGiven]=NOT_GIVEN, tool_choice: Union[str, _Obj, NotGiven]=NOT_GIVEN, tools: Union[Iterable[ToolParam], NotGiven]=NOT_GIVEN, top_logprobs: Optional[Union[int, NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation: Optional[Union[Literal['auto', 'disabled'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[Response, Stream[ResponseStreamEvent]]: ...
    # </generated overloads: create>
    def create(
        self,
        *,
        background: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        context_management: Optional[Union[Iterable[_Obj], NotGiven]] = NOT_GIVEN,
        conversation: Union[str, _Obj, None, NotGiven] = NOT_GIVEN,
        include: Optional[Union[List[ResponseIncludable], NotGiven]] = NOT_GIVEN,
        input: Union[str, ResponseInputParam, NotGiven] = NOT_GIVEN,
        instructions: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        max_output_tokens: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        max_tool_calls: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        model: Union[str, NotGiven] = NOT_GIVEN,
        moderation: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
        parallel_tool_calls: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        previous_response_id: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        prompt: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
        prompt_cache_key: Union[str, NotGiven] = NOT_GIVEN,
        prompt_cache_options: Union[_Obj, NotGiven] = NOT_GIVEN,
        prompt_cache_retention: Optional[Union[Literal["in_memory", "24h"], NotGiven]] = NOT_GIVEN,
        reasoning: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
        safety_identifier: Union[str, NotGiven] = NOT_GIVEN,
        service_tier: Optional[Union[_ServiceTier, NotGiven]] = NOT_GIVEN,
        store: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        stream: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        stream_options: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
        temperature: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        text: Union[ResponseTextConfigParam, NotGiven] = NOT_GIVEN,
        tool_choice: Union[str, _Obj, NotGiven] = NOT_GIVEN,
        tools: Union[Iterable[ToolParam], NotGiven] = NOT_GIVEN,
        top_logprobs: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        top_p: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        truncation: Optional[Union[Literal["auto", "disabled"], NotGiven]] = NOT_GIVEN,
        user: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "Union[Response, Stream[ResponseStreamEvent]]":
        """A model response; ``stream=True`` gives its events as they happen."""
        body = collect(locals(), _CREATE_BODY)
        streaming = bool(stream) and not isinstance(stream, NotGiven)
        return self._request("POST", "/responses", body=body,
                             cast_to=ResponseStreamEvent if streaming else Response, stream=streaming,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    # <generated overloads: retrieve>
    @overload
    def retrieve(self, response_id: str, *, include: Union[List[ResponseIncludable], NotGiven]=NOT_GIVEN, include_obfuscation: Union[bool, NotGiven]=NOT_GIVEN, starting_after: Union[int, NotGiven]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Response: ...
    @overload
    def retrieve(self, response_id: str, *, include: Union[List[ResponseIncludable], NotGiven]=NOT_GIVEN, include_obfuscation: Union[bool, NotGiven]=NOT_GIVEN, starting_after: Union[int, NotGiven]=NOT_GIVEN, stream: Literal[True], extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Stream[ResponseStreamEvent]: ...
    @overload
    def retrieve(self, response_id: str, *, include: Union[List[ResponseIncludable], NotGiven]=NOT_GIVEN, include_obfuscation: Union[bool, NotGiven]=NOT_GIVEN, starting_after: Union[int, NotGiven]=NOT_GIVEN, stream: bool, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[Response, Stream[ResponseStreamEvent]]: ...
    # </generated overloads: retrieve>
    def retrieve(
        self,
        response_id: str,
        *,
        include: Union[List[ResponseIncludable], NotGiven] = NOT_GIVEN,
        include_obfuscation: Union[bool, NotGiven] = NOT_GIVEN,
        starting_after: Union[int, NotGiven] = NOT_GIVEN,
        stream: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "Union[Response, Stream[ResponseStreamEvent]]":
        """A stored response; ``stream=True`` replays its events (query ``stream=true``)."""
        query = collect(locals(), _RETRIEVE_QUERY)
        streaming = bool(stream) and not isinstance(stream, NotGiven)
        return self._request("GET", format_path("/responses/{response_id}", response_id=response_id),
                             query=query, cast_to=ResponseStreamEvent if streaming else Response,
                             stream=streaming, extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def delete(self, response_id: str, *, extra_headers: Headers = None, extra_query: Query = None,
               extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> None:
        return self._request("DELETE", format_path("/responses/{response_id}", response_id=response_id),
                             cast_to=type(None), headers={"Accept": "*/*"}, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def cancel(self, response_id: str, *, extra_headers: Headers = None, extra_query: Query = None,
               extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> Response:
        """Cancel a response created with ``background=True``."""
        return self._request("POST", format_path("/responses/{response_id}/cancel", response_id=response_id),
                             cast_to=Response, extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def compact(
        self,
        *,
        model: str,
        input: Union[str, ResponseInputParam, None, NotGiven] = NOT_GIVEN,
        instructions: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        previous_response_id: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        prompt_cache_key: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        prompt_cache_options: Union[_Obj, NotGiven] = NOT_GIVEN,
        prompt_cache_retention: Optional[Union[Literal["in_memory", "24h"], NotGiven]] = NOT_GIVEN,
        service_tier: Optional[Union[_ServiceTier, NotGiven]] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> CompactedResponse:
        """A conversation's context compacted into fewer items."""
        body = collect(locals(), _COMPACT_BODY)
        return self._request("POST", "/responses/compact", cast_to=CompactedResponse, body=body,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def parse(
        self,
        *,
        text_format: Union[Type[TextFormatT], NotGiven] = NOT_GIVEN,
        background: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        context_management: Optional[Union[Iterable[_Obj], NotGiven]] = NOT_GIVEN,
        conversation: Union[str, _Obj, None, NotGiven] = NOT_GIVEN,
        include: Optional[Union[List[ResponseIncludable], NotGiven]] = NOT_GIVEN,
        input: Union[str, ResponseInputParam, NotGiven] = NOT_GIVEN,
        instructions: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        max_output_tokens: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        max_tool_calls: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        model: Union[str, NotGiven] = NOT_GIVEN,
        moderation: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
        parallel_tool_calls: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        previous_response_id: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        prompt: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
        prompt_cache_key: Union[str, NotGiven] = NOT_GIVEN,
        prompt_cache_options: Union[_Obj, NotGiven] = NOT_GIVEN,
        prompt_cache_retention: Optional[Union[Literal["in_memory", "24h"], NotGiven]] = NOT_GIVEN,
        reasoning: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
        safety_identifier: Union[str, NotGiven] = NOT_GIVEN,
        service_tier: Optional[Union[_ServiceTier, NotGiven]] = NOT_GIVEN,
        store: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        stream_options: Optional[Union[_Obj, NotGiven]] = NOT_GIVEN,
        temperature: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        text: Union[ResponseTextConfigParam, NotGiven] = NOT_GIVEN,
        tool_choice: Union[str, _Obj, NotGiven] = NOT_GIVEN,
        tools: Union[Iterable[ToolParam], NotGiven] = NOT_GIVEN,
        top_logprobs: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        top_p: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        truncation: Optional[Union[Literal["auto", "disabled"], NotGiven]] = NOT_GIVEN,
        user: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ParsedResponse[TextFormatT]:
        """``create`` with ``text_format`` (a class) as a strict JSON schema; the answer
        comes back parsed into it (``output_parsed``), strict tools' arguments too."""
        from ._parsing import convert_tools, merge_text_format, parse_response

        args = dict(locals())
        args["text"] = merge_text_format(text, text_format)
        args["tools"] = convert_tools(tools)
        body = collect(args, _PARSE_BODY)

        def post_parser(response: Response) -> ParsedResponse[TextFormatT]:
            return parse_response(text_format=text_format, input_tools=tools, response=response)

        return self._request("POST", "/responses", body=body, cast_to=Response, post_parser=post_parser,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def _stream(self, args: Dict[str, Any]) -> Any:
        from ...lib.streaming.responses import AsyncResponseStreamManager, ResponseStreamManager
        from ._parsing import convert_tools, merge_text_format

        plain = self if self._mode == "plain" else type(self)(self._client, "plain")
        is_async = bool(getattr(self._client, "_is_async", False))
        response_id = args["response_id"]
        starting_after = args["starting_after"]
        text_format = args["text_format"]
        request_args = {k: args[k] for k in ("extra_headers", "extra_query", "extra_body", "timeout")}
        creation = [name for name in _PARSE_BODY + ("text_format",)
                    if not isinstance(args[name], NotGiven)]
        tools = convert_tools(args["tools"])
        api_request: Any
        if not isinstance(response_id, NotGiven):
            conflicting = [name for name in creation if name != "include"]
            if conflicting:
                raise ValueError(
                    "Cannot provide both response_id/starting_after and response creation "
                    f"arguments: {', '.join(conflicting)}")
            include = args["include"]

            # `starting_after` is not sent: the replay starts at the beginning and the
            # earlier events are dropped here, once the snapshot has seen them.
            def api_request() -> Any:
                return plain.retrieve(response_id, stream=True, include=include, **request_args)
        else:
            if not creation:
                raise ValueError(("response_id" if is_async else "id")
                                 + " must be provided when streaming an existing response")
            if isinstance(args["input"], NotGiven):
                raise ValueError("input must be provided when creating a new response")
            if isinstance(args["model"], NotGiven):
                raise ValueError("model must be provided when creating a new response")
            body_args = {name: args[name] for name in _PARSE_BODY}
            body_args["text"] = merge_text_format(args["text"], text_format)
            body_args["tools"] = tools

            def api_request() -> Any:
                return plain.create(stream=True, **body_args, **request_args)
        manager_cls = AsyncResponseStreamManager if is_async else ResponseStreamManager
        return manager_cls(api_request, text_format=text_format, input_tools=args["tools"],
                           starting_after=None if isinstance(starting_after, NotGiven) else starting_after)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from ...realtime.connect import AsyncResponsesConnect
    from .input_items import AsyncInputItems
    from .input_tokens import AsyncInputTokens
    from openai_lite._async_names import AsyncStream

    class AsyncResponses:
        with_raw_response: Any
        with_streaming_response: Any
        input_items: AsyncInputItems
        input_tokens: AsyncInputTokens
        stream: AsyncResponsesStreamHelper
        connect: AsyncResponsesConnect
        @overload
        async def create(self, *, background: Optional[Union[bool, NotGiven]]=NOT_GIVEN, context_management: Optional[Union[Iterable[_Obj], NotGiven]]=NOT_GIVEN, conversation: Union[str, _Obj, None, NotGiven]=NOT_GIVEN, include: Optional[Union[List[ResponseIncludable], NotGiven]]=NOT_GIVEN, input: Union[str, ResponseInputParam, NotGiven]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_output_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tool_calls: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, moderation: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Optional[Union[bool, NotGiven]]=NOT_GIVEN, previous_response_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, prompt_cache_key: Union[str, NotGiven]=NOT_GIVEN, prompt_cache_options: Union[_Obj, NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[Literal['in_memory', '24h'], NotGiven]]=NOT_GIVEN, reasoning: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, safety_identifier: Union[str, NotGiven]=NOT_GIVEN, service_tier: Optional[Union[_ServiceTier, NotGiven]]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, stream_options: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, text: Union[ResponseTextConfigParam, NotGiven]=NOT_GIVEN, tool_choice: Union[str, _Obj, NotGiven]=NOT_GIVEN, tools: Union[Iterable[ToolParam], NotGiven]=NOT_GIVEN, top_logprobs: Optional[Union[int, NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation: Optional[Union[Literal['auto', 'disabled'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Response: ...
        @overload
        async def create(self, *, background: Optional[Union[bool, NotGiven]]=NOT_GIVEN, context_management: Optional[Union[Iterable[_Obj], NotGiven]]=NOT_GIVEN, conversation: Union[str, _Obj, None, NotGiven]=NOT_GIVEN, include: Optional[Union[List[ResponseIncludable], NotGiven]]=NOT_GIVEN, input: Union[str, ResponseInputParam, NotGiven]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_output_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tool_calls: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, moderation: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Optional[Union[bool, NotGiven]]=NOT_GIVEN, previous_response_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, prompt_cache_key: Union[str, NotGiven]=NOT_GIVEN, prompt_cache_options: Union[_Obj, NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[Literal['in_memory', '24h'], NotGiven]]=NOT_GIVEN, reasoning: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, safety_identifier: Union[str, NotGiven]=NOT_GIVEN, service_tier: Optional[Union[_ServiceTier, NotGiven]]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: Literal[True], stream_options: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, text: Union[ResponseTextConfigParam, NotGiven]=NOT_GIVEN, tool_choice: Union[str, _Obj, NotGiven]=NOT_GIVEN, tools: Union[Iterable[ToolParam], NotGiven]=NOT_GIVEN, top_logprobs: Optional[Union[int, NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation: Optional[Union[Literal['auto', 'disabled'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncStream[ResponseStreamEvent]: ...
        @overload
        async def create(self, *, background: Optional[Union[bool, NotGiven]]=NOT_GIVEN, context_management: Optional[Union[Iterable[_Obj], NotGiven]]=NOT_GIVEN, conversation: Union[str, _Obj, None, NotGiven]=NOT_GIVEN, include: Optional[Union[List[ResponseIncludable], NotGiven]]=NOT_GIVEN, input: Union[str, ResponseInputParam, NotGiven]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_output_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tool_calls: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, moderation: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Optional[Union[bool, NotGiven]]=NOT_GIVEN, previous_response_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, prompt_cache_key: Union[str, NotGiven]=NOT_GIVEN, prompt_cache_options: Union[_Obj, NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[Literal['in_memory', '24h'], NotGiven]]=NOT_GIVEN, reasoning: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, safety_identifier: Union[str, NotGiven]=NOT_GIVEN, service_tier: Optional[Union[_ServiceTier, NotGiven]]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: bool, stream_options: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, text: Union[ResponseTextConfigParam, NotGiven]=NOT_GIVEN, tool_choice: Union[str, _Obj, NotGiven]=NOT_GIVEN, tools: Union[Iterable[ToolParam], NotGiven]=NOT_GIVEN, top_logprobs: Optional[Union[int, NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation: Optional[Union[Literal['auto', 'disabled'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[Response, AsyncStream[ResponseStreamEvent]]: ...
        async def create(self, *args: Any, **kwargs: Any) -> Any: ...
        @overload
        async def retrieve(self, response_id: str, *, include: Union[List[ResponseIncludable], NotGiven]=NOT_GIVEN, include_obfuscation: Union[bool, NotGiven]=NOT_GIVEN, starting_after: Union[int, NotGiven]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Response: ...
        @overload
        async def retrieve(self, response_id: str, *, include: Union[List[ResponseIncludable], NotGiven]=NOT_GIVEN, include_obfuscation: Union[bool, NotGiven]=NOT_GIVEN, starting_after: Union[int, NotGiven]=NOT_GIVEN, stream: Literal[True], extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncStream[ResponseStreamEvent]: ...
        @overload
        async def retrieve(self, response_id: str, *, include: Union[List[ResponseIncludable], NotGiven]=NOT_GIVEN, include_obfuscation: Union[bool, NotGiven]=NOT_GIVEN, starting_after: Union[int, NotGiven]=NOT_GIVEN, stream: bool, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[Response, AsyncStream[ResponseStreamEvent]]: ...
        async def retrieve(self, *args: Any, **kwargs: Any) -> Any: ...
        async def delete(self, response_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> None: ...
        async def cancel(self, response_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Response: ...
        async def compact(self, *, model: str, input: Union[str, ResponseInputParam, None, NotGiven]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, previous_response_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt_cache_key: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt_cache_options: Union[_Obj, NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[Literal['in_memory', '24h'], NotGiven]]=NOT_GIVEN, service_tier: Optional[Union[_ServiceTier, NotGiven]]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> CompactedResponse: ...
        async def parse(self, *, text_format: Union[Type[TextFormatT], NotGiven]=NOT_GIVEN, background: Optional[Union[bool, NotGiven]]=NOT_GIVEN, context_management: Optional[Union[Iterable[_Obj], NotGiven]]=NOT_GIVEN, conversation: Union[str, _Obj, None, NotGiven]=NOT_GIVEN, include: Optional[Union[List[ResponseIncludable], NotGiven]]=NOT_GIVEN, input: Union[str, ResponseInputParam, NotGiven]=NOT_GIVEN, instructions: Optional[Union[str, NotGiven]]=NOT_GIVEN, max_output_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tool_calls: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, moderation: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Optional[Union[bool, NotGiven]]=NOT_GIVEN, previous_response_id: Optional[Union[str, NotGiven]]=NOT_GIVEN, prompt: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, prompt_cache_key: Union[str, NotGiven]=NOT_GIVEN, prompt_cache_options: Union[_Obj, NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[Literal['in_memory', '24h'], NotGiven]]=NOT_GIVEN, reasoning: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, safety_identifier: Union[str, NotGiven]=NOT_GIVEN, service_tier: Optional[Union[_ServiceTier, NotGiven]]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream_options: Optional[Union[_Obj, NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, text: Union[ResponseTextConfigParam, NotGiven]=NOT_GIVEN, tool_choice: Union[str, _Obj, NotGiven]=NOT_GIVEN, tools: Union[Iterable[ToolParam], NotGiven]=NOT_GIVEN, top_logprobs: Optional[Union[int, NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, truncation: Optional[Union[Literal['auto', 'disabled'], NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> ParsedResponse[TextFormatT]: ...

else:
    AsyncResponses = Responses
