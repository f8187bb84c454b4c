from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Literal, Optional, Type, Union, cast, overload

from ..._params import collect
from ..._resource import APIResource, subresource
from ..._types import NOT_GIVEN, NotGiven
from ...core.paths import format_path
from ...lib._typevars import ResponseFormatT
from ...types.chat.chat_completion import ChatCompletion
from ...types.chat.chat_completion_chunk import ChatCompletionChunk
from ...types.chat.chat_completion_deleted import ChatCompletionDeleted
from .._common import Body, Headers, Query, TimeoutArg

if TYPE_CHECKING:
    from ..._pagination import SyncCursorPage
    from ..._streaming import Stream
    from ...types.chat import completion_create_params
    from ...types.chat.chat_completion_audio_param import ChatCompletionAudioParam
    from ...types.chat.chat_completion_message_param import ChatCompletionMessageParam
    from ...types.chat.chat_completion_prediction_content_param import ChatCompletionPredictionContentParam
    from ...types.chat.chat_completion_stream_options_param import ChatCompletionStreamOptionsParam
    from ...types.chat.chat_completion_tool_choice_option_param import ChatCompletionToolChoiceOptionParam
    from ...types.chat.chat_completion_tool_union_param import ChatCompletionToolUnionParam
    from ...types.chat.parsed_chat_completion import ParsedChatCompletion
    from ...types.shared_params.metadata import Metadata
    from ...types.shared_params.reasoning_effort import ReasoningEffort
    from ._stream_method import ChatCompletionStreamMethod
    from .messages import Messages

__all__ = ["Completions"]


# Required first, then alphabetical: the order the SDK writes body keys in.
_CREATE_BODY = (
    "messages", "model", "audio", "frequency_penalty", "function_call", "functions", "logit_bias",
    "logprobs", "max_completion_tokens", "max_tokens", "metadata", "modalities", "moderation", "n",
    "parallel_tool_calls", "prediction", "presence_penalty", "prompt_cache_key",
    "prompt_cache_options", "prompt_cache_retention", "reasoning_effort", "response_format",
    "safety_identifier", "seed", "service_tier", "stop", "store", "stream", "stream_options",
    "temperature", "tool_choice", "tools", "top_logprobs", "top_p", "user", "verbosity",
    "web_search_options",
)

# collect() lists one-shot iterators; any other iterable (a deque, a dict view...) is listed
# here, since JSON has only arrays.
_ITERABLES = ("messages", "functions", "tools")


def _materialize(body: Dict[str, Any]) -> Dict[str, Any]:
    for key in _ITERABLES:
        value = body.get(key)
        if value is not None and not isinstance(value, (list, tuple, dict, str)):
            body[key] = list(value)
    return body


def _helper_headers(method: str, extra_headers: Headers) -> Dict[str, Any]:
    # the caller's extra_headers may override the helper marker, as in the SDK
    return {"X-Stainless-Helper-Method": method, **(extra_headers or {})}


class Completions(APIResource):
    messages: Messages = subresource(".resources.chat.messages:Messages")

    # <generated overloads: create>
    @overload
    def create(self, *, messages: Iterable[ChatCompletionMessageParam], model: str, audio: Union[Optional[ChatCompletionAudioParam], NotGiven]=NOT_GIVEN, frequency_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, function_call: Union[completion_create_params.FunctionCall, NotGiven]=NOT_GIVEN, functions: Union[Iterable[completion_create_params.Function], NotGiven]=NOT_GIVEN, logit_bias: Union[Optional[Dict[str, int]], NotGiven]=NOT_GIVEN, logprobs: Union[Optional[bool], NotGiven]=NOT_GIVEN, max_completion_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, max_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, metadata: Union[Optional[Metadata], NotGiven]=NOT_GIVEN, modalities: Union[Optional[List[Literal['text', 'audio']]], NotGiven]=NOT_GIVEN, moderation: Union[Optional[completion_create_params.Moderation], NotGiven]=NOT_GIVEN, n: Union[Optional[int], NotGiven]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, prediction: Union[Optional[ChatCompletionPredictionContentParam], NotGiven]=NOT_GIVEN, presence_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, prompt_cache_key: Union[Optional[str], NotGiven]=NOT_GIVEN, prompt_cache_options: Union[completion_create_params.PromptCacheOptions, NotGiven]=NOT_GIVEN, prompt_cache_retention: Union[Optional[Literal['in_memory', '24h']], NotGiven]=NOT_GIVEN, reasoning_effort: Union[ReasoningEffort, NotGiven]=NOT_GIVEN, response_format: Union[completion_create_params.ResponseFormat, NotGiven]=NOT_GIVEN, safety_identifier: Union[Optional[str], NotGiven]=NOT_GIVEN, seed: Union[Optional[int], NotGiven]=NOT_GIVEN, service_tier: Union[Optional[Literal['auto', 'default', 'flex', 'scale', 'priority', 'fast']], NotGiven]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, store: Union[Optional[bool], NotGiven]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven]=NOT_GIVEN, temperature: Union[Optional[float], NotGiven]=NOT_GIVEN, tool_choice: Union[ChatCompletionToolChoiceOptionParam, NotGiven]=NOT_GIVEN, tools: Union[Iterable[ChatCompletionToolUnionParam], NotGiven]=NOT_GIVEN, top_logprobs: Union[Optional[int], NotGiven]=NOT_GIVEN, top_p: Union[Optional[float], NotGiven]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, verbosity: Union[Optional[Literal['low', 'medium', 'high']], NotGiven]=NOT_GIVEN, web_search_options: Union[completion_create_params.WebSearchOptions, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> ChatCompletion: ...
    @overload
    def create(self, *, messages: Iterable[ChatCompletionMessageParam], model: str, audio: Union[Optional[ChatCompletionAudioParam], NotGiven]=NOT_GIVEN, frequency_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, function_call: Union[completion_create_params.FunctionCall, NotGiven]=NOT_GIVEN, functions: Union[Iterable[completion_create_params.Function], NotGiven]=NOT_GIVEN, logit_bias: Union[Optional[Dict[str, int]], NotGiven]=NOT_GIVEN, logprobs: Union[Optional[bool], NotGiven]=NOT_GIVEN, max_completion_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, max_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, metadata: Union[Optional[Metadata], NotGiven]=NOT_GIVEN, modalities: Union[Optional[List[Literal['text', 'audio']]], NotGiven]=NOT_GIVEN, moderation: Union[Optional[completion_create_params.Moderation], NotGiven]=NOT_GIVEN, n: Union[Optional[int], NotGiven]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, prediction: Union[Optional[ChatCompletionPredictionContentParam], NotGiven]=NOT_GIVEN, presence_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, prompt_cache_key: Union[Optional[str], NotGiven]=NOT_GIVEN, prompt_cache_options: Union[completion_create_params.PromptCacheOptions, NotGiven]=NOT_GIVEN, prompt_cache_retention: Union[Optional[Literal['in_memory', '24h']], NotGiven]=NOT_GIVEN, reasoning_effort: Union[ReasoningEffort, NotGiven]=NOT_GIVEN, response_format: Union[completion_create_params.ResponseFormat, NotGiven]=NOT_GIVEN, safety_identifier: Union[Optional[str], NotGiven]=NOT_GIVEN, seed: Union[Optional[int], NotGiven]=NOT_GIVEN, service_tier: Union[Optional[Literal['auto', 'default', 'flex', 'scale', 'priority', 'fast']], NotGiven]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, store: Union[Optional[bool], NotGiven]=NOT_GIVEN, stream: Literal[True], stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven]=NOT_GIVEN, temperature: Union[Optional[float], NotGiven]=NOT_GIVEN, tool_choice: Union[ChatCompletionToolChoiceOptionParam, NotGiven]=NOT_GIVEN, tools: Union[Iterable[ChatCompletionToolUnionParam], NotGiven]=NOT_GIVEN, top_logprobs: Union[Optional[int], NotGiven]=NOT_GIVEN, top_p: Union[Optional[float], NotGiven]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, verbosity: Union[Optional[Literal['low', 'medium', 'high']], NotGiven]=NOT_GIVEN, web_search_options: Union[completion_create_params.WebSearchOptions, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Stream[ChatCompletionChunk]: ...
    @overload
    def create(self, *, messages: Iterable[ChatCompletionMessageParam], model: str, audio: Union[Optional[ChatCompletionAudioParam], NotGiven]=NOT_GIVEN, frequency_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, function_call: Union[completion_create_params.FunctionCall, NotGiven]=NOT_GIVEN, functions: Union[Iterable[completion_create_params.Function], NotGiven]=NOT_GIVEN, logit_bias: Union[Optional[Dict[str, int]], NotGiven]=NOT_GIVEN, logprobs: Union[Optional[bool], NotGiven]=NOT_GIVEN, max_completion_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, max_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, metadata: Union[Optional[Metadata], NotGiven]=NOT_GIVEN, modalities: Union[Optional[List[Literal['text', 'audio']]], NotGiven]=NOT_GIVEN, moderation: Union[Optional[completion_create_params.Moderation], NotGiven]=NOT_GIVEN, n: Union[Optional[int], NotGiven]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, prediction: Union[Optional[ChatCompletionPredictionContentParam], NotGiven]=NOT_GIVEN, presence_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, prompt_cache_key: Union[Optional[str], NotGiven]=NOT_GIVEN, prompt_cache_options: Union[completion_create_params.PromptCacheOptions, NotGiven]=NOT_GIVEN, prompt_cache_retention: Union[Optional[Literal['in_memory', '24h']], NotGiven]=NOT_GIVEN, reasoning_effort: Union[ReasoningEffort, NotGiven]=NOT_GIVEN, response_format: Union[completion_create_params.ResponseFormat, NotGiven]=NOT_GIVEN, safety_identifier: Union[Optional[str], NotGiven]=NOT_GIVEN, seed: Union[Optional[int], NotGiven]=NOT_GIVEN, service_tier: Union[Optional[Literal['auto', 'default', 'flex', 'scale', 'priority', 'fast']], NotGiven]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, store: Union[Optional[bool], NotGiven]=NOT_GIVEN, stream: bool, stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven]=NOT_GIVEN, temperature: Union[Optional[float], NotGiven]=NOT_GIVEN, tool_choice: Union[ChatCompletionToolChoiceOptionParam, NotGiven]=NOT_GIVEN, tools: Union[Iterable[ChatCompletionToolUnionParam], NotGiven]=NOT_GIVEN, top_logprobs: Union[Optional[int], NotGiven]=NOT_GIVEN, top_p: Union[Optional[float], NotGiven]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, verbosity: Union[Optional[Literal['low', 'medium', 'high']], NotGiven]=NOT_GIVEN, web_search_options: Union[completion_create_params.WebSearchOptions, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[ChatCompletion, Stream[ChatCompletionChunk]]: ...
    # </generated overloads: create>
    def create(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: str,
        audio: Union[Optional[ChatCompletionAudioParam], NotGiven] = NOT_GIVEN,
        frequency_penalty: Union[Optional[float], NotGiven] = NOT_GIVEN,
        function_call: Union[completion_create_params.FunctionCall, NotGiven] = NOT_GIVEN,
        functions: Union[Iterable[completion_create_params.Function], NotGiven] = NOT_GIVEN,
        logit_bias: Union[Optional[Dict[str, int]], NotGiven] = NOT_GIVEN,
        logprobs: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        max_completion_tokens: Union[Optional[int], NotGiven] = NOT_GIVEN,
        max_tokens: Union[Optional[int], NotGiven] = NOT_GIVEN,
        metadata: Union[Optional[Metadata], NotGiven] = NOT_GIVEN,
        modalities: Union[Optional[List[Literal['text', 'audio']]], NotGiven] = NOT_GIVEN,
        moderation: Union[Optional[completion_create_params.Moderation], NotGiven] = NOT_GIVEN,
        n: Union[Optional[int], NotGiven] = NOT_GIVEN,
        parallel_tool_calls: Union[bool, NotGiven] = NOT_GIVEN,
        prediction: Union[Optional[ChatCompletionPredictionContentParam], NotGiven] = NOT_GIVEN,
        presence_penalty: Union[Optional[float], NotGiven] = NOT_GIVEN,
        prompt_cache_key: Union[Optional[str], NotGiven] = NOT_GIVEN,
        prompt_cache_options: Union[completion_create_params.PromptCacheOptions, NotGiven] = NOT_GIVEN,
        prompt_cache_retention: Union[Optional[Literal['in_memory', '24h']], NotGiven] = NOT_GIVEN,
        reasoning_effort: Union[ReasoningEffort, NotGiven] = NOT_GIVEN,
        response_format: Union[completion_create_params.ResponseFormat, NotGiven] = NOT_GIVEN,
        safety_identifier: Union[Optional[str], NotGiven] = NOT_GIVEN,
        seed: Union[Optional[int], NotGiven] = NOT_GIVEN,
        service_tier: Union[Optional[Literal['auto', 'default', 'flex', 'scale', 'priority', 'fast']], NotGiven] = NOT_GIVEN,
        stop: Union[Optional[str], List[str], None, NotGiven] = NOT_GIVEN,
        store: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        stream: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven] = NOT_GIVEN,
        temperature: Union[Optional[float], NotGiven] = NOT_GIVEN,
        tool_choice: Union[ChatCompletionToolChoiceOptionParam, NotGiven] = NOT_GIVEN,
        tools: Union[Iterable[ChatCompletionToolUnionParam], NotGiven] = NOT_GIVEN,
        top_logprobs: Union[Optional[int], NotGiven] = NOT_GIVEN,
        top_p: Union[Optional[float], NotGiven] = NOT_GIVEN,
        user: Union[str, NotGiven] = NOT_GIVEN,
        verbosity: Union[Optional[Literal['low', 'medium', 'high']], NotGiven] = NOT_GIVEN,
        web_search_options: Union[completion_create_params.WebSearchOptions, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "Union[ChatCompletion, Stream[ChatCompletionChunk]]":
        """A model response for the conversation; ``stream=True`` gives a stream of chunks."""
        if isinstance(response_format, type):
            raise TypeError(
                "You tried to pass a `BaseModel` class to `chat.completions.create()`; You must use "
                "`chat.completions.parse()` instead"
            )
        body = _materialize(collect(locals(), _CREATE_BODY))
        streaming = bool(stream) and not isinstance(stream, NotGiven)
        return self._request(
            "POST", "/chat/completions", body=body,
            cast_to=ChatCompletionChunk if streaming else ChatCompletion, stream=streaming,
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout,
        )

    def parse(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: str,
        audio: Union[Optional[ChatCompletionAudioParam], NotGiven] = NOT_GIVEN,
        response_format: Union[Type[ResponseFormatT], completion_create_params.ResponseFormat, NotGiven] = NOT_GIVEN,
        frequency_penalty: Union[Optional[float], NotGiven] = NOT_GIVEN,
        function_call: Union[completion_create_params.FunctionCall, NotGiven] = NOT_GIVEN,
        functions: Union[Iterable[completion_create_params.Function], NotGiven] = NOT_GIVEN,
        logit_bias: Union[Optional[Dict[str, int]], NotGiven] = NOT_GIVEN,
        logprobs: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        max_completion_tokens: Union[Optional[int], NotGiven] = NOT_GIVEN,
        max_tokens: Union[Optional[int], NotGiven] = NOT_GIVEN,
        metadata: Union[Optional[Metadata], NotGiven] = NOT_GIVEN,
        modalities: Union[Optional[List[Literal['text', 'audio']]], NotGiven] = NOT_GIVEN,
        moderation: Union[Optional[completion_create_params.Moderation], NotGiven] = NOT_GIVEN,
        n: Union[Optional[int], NotGiven] = NOT_GIVEN,
        parallel_tool_calls: Union[bool, NotGiven] = NOT_GIVEN,
        prediction: Union[Optional[ChatCompletionPredictionContentParam], NotGiven] = NOT_GIVEN,
        presence_penalty: Union[Optional[float], NotGiven] = NOT_GIVEN,
        prompt_cache_key: Union[Optional[str], NotGiven] = NOT_GIVEN,
        prompt_cache_options: Union[completion_create_params.PromptCacheOptions, NotGiven] = NOT_GIVEN,
        prompt_cache_retention: Union[Optional[Literal['in_memory', '24h']], NotGiven] = NOT_GIVEN,
        reasoning_effort: Union[ReasoningEffort, NotGiven] = NOT_GIVEN,
        safety_identifier: Union[Optional[str], NotGiven] = NOT_GIVEN,
        seed: Union[Optional[int], NotGiven] = NOT_GIVEN,
        service_tier: Union[Optional[Literal['auto', 'default', 'flex', 'scale', 'priority', 'fast']], NotGiven] = NOT_GIVEN,
        stop: Union[Optional[str], List[str], None, NotGiven] = NOT_GIVEN,
        store: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven] = NOT_GIVEN,
        temperature: Union[Optional[float], NotGiven] = NOT_GIVEN,
        tool_choice: Union[ChatCompletionToolChoiceOptionParam, NotGiven] = NOT_GIVEN,
        tools: Union[Iterable[ChatCompletionToolUnionParam], NotGiven] = NOT_GIVEN,
        top_logprobs: Union[Optional[int], NotGiven] = NOT_GIVEN,
        top_p: Union[Optional[float], NotGiven] = NOT_GIVEN,
        user: Union[str, NotGiven] = NOT_GIVEN,
        verbosity: Union[Optional[Literal['low', 'medium', 'high']], NotGiven] = NOT_GIVEN,
        web_search_options: Union[completion_create_params.WebSearchOptions, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> ParsedChatCompletion[ResponseFormatT]:
        """Like ``create()``, with ``response_format`` given as a class (a dataclass, a TypedDict
        or a BaseModel): the request carries its strict JSON schema and the result's
        ``message.parsed`` is an instance of it; strict function tools get
        ``parsed_arguments``.  Raises ``LengthFinishReasonError`` /
        ``ContentFilterFinishReasonError`` for truncated or filtered choices."""
        from ...lib._parsing import parse_chat_completion, type_to_response_format_param, validate_input_tools

        if not isinstance(tools, NotGiven):
            tools = list(tools)
        validate_input_tools(tools)
        params = dict(locals())
        params["response_format"] = type_to_response_format_param(response_format)
        params["stream"] = False
        body = _materialize(collect(params, _CREATE_BODY))

        def parser(completion: ChatCompletion) -> ParsedChatCompletion[ResponseFormatT]:
            return parse_chat_completion(response_format=response_format, input_tools=tools,
                                         chat_completion=completion)

        return self._request(
            "POST", "/chat/completions", body=body, cast_to=ChatCompletion, post_parser=parser,
            extra_headers=_helper_headers("chat.completions.parse", extra_headers),
            extra_query=extra_query, extra_body=extra_body, timeout=timeout,
        )

    def _stream(
        self,
        *,
        messages: Iterable[ChatCompletionMessageParam],
        model: str,
        audio: Union[Optional[ChatCompletionAudioParam], NotGiven] = NOT_GIVEN,
        response_format: Union[Type[ResponseFormatT], completion_create_params.ResponseFormat, NotGiven] = NOT_GIVEN,
        frequency_penalty: Union[Optional[float], NotGiven] = NOT_GIVEN,
        function_call: Union[completion_create_params.FunctionCall, NotGiven] = NOT_GIVEN,
        functions: Union[Iterable[completion_create_params.Function], NotGiven] = NOT_GIVEN,
        logit_bias: Union[Optional[Dict[str, int]], NotGiven] = NOT_GIVEN,
        logprobs: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        max_completion_tokens: Union[Optional[int], NotGiven] = NOT_GIVEN,
        max_tokens: Union[Optional[int], NotGiven] = NOT_GIVEN,
        metadata: Union[Optional[Metadata], NotGiven] = NOT_GIVEN,
        modalities: Union[Optional[List[Literal['text', 'audio']]], NotGiven] = NOT_GIVEN,
        moderation: Union[Optional[completion_create_params.Moderation], NotGiven] = NOT_GIVEN,
        n: Union[Optional[int], NotGiven] = NOT_GIVEN,
        parallel_tool_calls: Union[bool, NotGiven] = NOT_GIVEN,
        prediction: Union[Optional[ChatCompletionPredictionContentParam], NotGiven] = NOT_GIVEN,
        presence_penalty: Union[Optional[float], NotGiven] = NOT_GIVEN,
        prompt_cache_key: Union[Optional[str], NotGiven] = NOT_GIVEN,
        prompt_cache_options: Union[completion_create_params.PromptCacheOptions, NotGiven] = NOT_GIVEN,
        prompt_cache_retention: Union[Optional[Literal['in_memory', '24h']], NotGiven] = NOT_GIVEN,
        reasoning_effort: Union[ReasoningEffort, NotGiven] = NOT_GIVEN,
        safety_identifier: Union[Optional[str], NotGiven] = NOT_GIVEN,
        seed: Union[Optional[int], NotGiven] = NOT_GIVEN,
        service_tier: Union[Optional[Literal['auto', 'default', 'flex', 'scale', 'priority', 'fast']], NotGiven] = NOT_GIVEN,
        stop: Union[Optional[str], List[str], None, NotGiven] = NOT_GIVEN,
        store: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven] = NOT_GIVEN,
        temperature: Union[Optional[float], NotGiven] = NOT_GIVEN,
        tool_choice: Union[ChatCompletionToolChoiceOptionParam, NotGiven] = NOT_GIVEN,
        tools: Union[Iterable[ChatCompletionToolUnionParam], NotGiven] = NOT_GIVEN,
        top_logprobs: Union[Optional[int], NotGiven] = NOT_GIVEN,
        top_p: Union[Optional[float], NotGiven] = NOT_GIVEN,
        user: Union[str, NotGiven] = NOT_GIVEN,
        verbosity: Union[Optional[Literal['low', 'medium', 'high']], NotGiven] = NOT_GIVEN,
        web_search_options: Union[completion_create_params.WebSearchOptions, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> Any:
        """Stream a completion as events: ``with client.chat.completions.stream(...) as s``
        (``async with`` on the async client).  ``create()``'s parameters without ``stream``;
        ``response_format`` may be a class, as with ``parse()``.  The request is sent when
        the block is entered."""
        from ...lib._parsing import type_to_response_format_param

        arguments = locals()
        params = {name: arguments[name] for name in _CREATE_BODY if name in arguments}
        params["response_format"] = type_to_response_format_param(response_format)
        if not isinstance(tools, NotGiven):
            tools = params["tools"] = list(tools)
        # the helper drives the plain call even from a raw/streamed view of the resource
        plain = self if self._mode == "plain" else type(self)(self._client)

        def api_request() -> Any:
            return plain.create(**params, stream=True,
                                extra_headers=_helper_headers("chat.completions.stream", extra_headers),
                                extra_query=extra_query, extra_body=extra_body, timeout=timeout)

        if self._client._is_async:
            from ...lib.streaming.chat import AsyncChatCompletionStreamManager

            return AsyncChatCompletionStreamManager(api_request, response_format=response_format,
                                                    input_tools=tools)
        from ...lib.streaming.chat import ChatCompletionStreamManager

        return ChatCompletionStreamManager(api_request, response_format=response_format,
                                           input_tools=tools)

    # A method in all but declaration: its type is a protocol so that the async twin can
    # say it returns an async context manager (not a coroutine), which a generated
    # `async def` could not.
    _stream.__name__ = "stream"
    _stream.__qualname__ = "Completions.stream"
    stream: ChatCompletionStreamMethod = cast("ChatCompletionStreamMethod", _stream)

    def retrieve(self, completion_id: str, *, extra_headers: Headers = None, extra_query: Query = None,
                 extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> ChatCompletion:
        """A stored completion (created with ``store=True``)."""
        return self._request("GET", format_path("/chat/completions/{completion_id}", completion_id=completion_id),
                             cast_to=ChatCompletion, extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)

    def update(self, completion_id: str, *, metadata: Optional[Metadata], extra_headers: Headers = None,
               extra_query: Query = None, extra_body: Body = None,
               timeout: TimeoutArg = NOT_GIVEN) -> ChatCompletion:
        """Replace a stored completion's metadata (the only field that can change)."""
        body = collect(locals(), ("metadata",))
        return self._request("POST", format_path("/chat/completions/{completion_id}", completion_id=completion_id),
                             cast_to=ChatCompletion, body=body, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)

    def list(
        self,
        *,
        after: Union[str, NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        metadata: Union[Optional[Metadata], NotGiven] = NOT_GIVEN,
        model: Union[str, NotGiven] = NOT_GIVEN,
        order: Union[Literal["asc", "desc"], NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "SyncCursorPage[ChatCompletion]":
        """Stored completions, newest or oldest first."""
        query = collect(locals(), ("after", "limit", "metadata", "model", "order"))
        return self._request("GET", "/chat/completions", cast_to=ChatCompletion, page="cursor", query=query,
                             extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
                             timeout=timeout)

    def delete(self, completion_id: str, *, extra_headers: Headers = None, extra_query: Query = None,
               extra_body: Body = None, timeout: TimeoutArg = NOT_GIVEN) -> ChatCompletionDeleted:
        return self._request("DELETE", format_path("/chat/completions/{completion_id}", completion_id=completion_id),
                             cast_to=ChatCompletionDeleted, extra_headers=extra_headers,
                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from ._stream_method import AsyncChatCompletionStreamMethod
    from .messages import AsyncMessages
    from openai_lite._async_names import AsyncCursorPage, AsyncPaginator, AsyncStream

    class AsyncCompletions:
        with_raw_response: Any
        with_streaming_response: Any
        messages: AsyncMessages
        @overload
        async def create(self, *, messages: Iterable[ChatCompletionMessageParam], model: str, audio: Union[Optional[ChatCompletionAudioParam], NotGiven]=NOT_GIVEN, frequency_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, function_call: Union[completion_create_params.FunctionCall, NotGiven]=NOT_GIVEN, functions: Union[Iterable[completion_create_params.Function], NotGiven]=NOT_GIVEN, logit_bias: Union[Optional[Dict[str, int]], NotGiven]=NOT_GIVEN, logprobs: Union[Optional[bool], NotGiven]=NOT_GIVEN, max_completion_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, max_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, metadata: Union[Optional[Metadata], NotGiven]=NOT_GIVEN, modalities: Union[Optional[List[Literal['text', 'audio']]], NotGiven]=NOT_GIVEN, moderation: Union[Optional[completion_create_params.Moderation], NotGiven]=NOT_GIVEN, n: Union[Optional[int], NotGiven]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, prediction: Union[Optional[ChatCompletionPredictionContentParam], NotGiven]=NOT_GIVEN, presence_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, prompt_cache_key: Union[Optional[str], NotGiven]=NOT_GIVEN, prompt_cache_options: Union[completion_create_params.PromptCacheOptions, NotGiven]=NOT_GIVEN, prompt_cache_retention: Union[Optional[Literal['in_memory', '24h']], NotGiven]=NOT_GIVEN, reasoning_effort: Union[ReasoningEffort, NotGiven]=NOT_GIVEN, response_format: Union[completion_create_params.ResponseFormat, NotGiven]=NOT_GIVEN, safety_identifier: Union[Optional[str], NotGiven]=NOT_GIVEN, seed: Union[Optional[int], NotGiven]=NOT_GIVEN, service_tier: Union[Optional[Literal['auto', 'default', 'flex', 'scale', 'priority', 'fast']], NotGiven]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, store: Union[Optional[bool], NotGiven]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven]=NOT_GIVEN, temperature: Union[Optional[float], NotGiven]=NOT_GIVEN, tool_choice: Union[ChatCompletionToolChoiceOptionParam, NotGiven]=NOT_GIVEN, tools: Union[Iterable[ChatCompletionToolUnionParam], NotGiven]=NOT_GIVEN, top_logprobs: Union[Optional[int], NotGiven]=NOT_GIVEN, top_p: Union[Optional[float], NotGiven]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, verbosity: Union[Optional[Literal['low', 'medium', 'high']], NotGiven]=NOT_GIVEN, web_search_options: Union[completion_create_params.WebSearchOptions, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> ChatCompletion: ...
        @overload
        async def create(self, *, messages: Iterable[ChatCompletionMessageParam], model: str, audio: Union[Optional[ChatCompletionAudioParam], NotGiven]=NOT_GIVEN, frequency_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, function_call: Union[completion_create_params.FunctionCall, NotGiven]=NOT_GIVEN, functions: Union[Iterable[completion_create_params.Function], NotGiven]=NOT_GIVEN, logit_bias: Union[Optional[Dict[str, int]], NotGiven]=NOT_GIVEN, logprobs: Union[Optional[bool], NotGiven]=NOT_GIVEN, max_completion_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, max_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, metadata: Union[Optional[Metadata], NotGiven]=NOT_GIVEN, modalities: Union[Optional[List[Literal['text', 'audio']]], NotGiven]=NOT_GIVEN, moderation: Union[Optional[completion_create_params.Moderation], NotGiven]=NOT_GIVEN, n: Union[Optional[int], NotGiven]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, prediction: Union[Optional[ChatCompletionPredictionContentParam], NotGiven]=NOT_GIVEN, presence_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, prompt_cache_key: Union[Optional[str], NotGiven]=NOT_GIVEN, prompt_cache_options: Union[completion_create_params.PromptCacheOptions, NotGiven]=NOT_GIVEN, prompt_cache_retention: Union[Optional[Literal['in_memory', '24h']], NotGiven]=NOT_GIVEN, reasoning_effort: Union[ReasoningEffort, NotGiven]=NOT_GIVEN, response_format: Union[completion_create_params.ResponseFormat, NotGiven]=NOT_GIVEN, safety_identifier: Union[Optional[str], NotGiven]=NOT_GIVEN, seed: Union[Optional[int], NotGiven]=NOT_GIVEN, service_tier: Union[Optional[Literal['auto', 'default', 'flex', 'scale', 'priority', 'fast']], NotGiven]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, store: Union[Optional[bool], NotGiven]=NOT_GIVEN, stream: Literal[True], stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven]=NOT_GIVEN, temperature: Union[Optional[float], NotGiven]=NOT_GIVEN, tool_choice: Union[ChatCompletionToolChoiceOptionParam, NotGiven]=NOT_GIVEN, tools: Union[Iterable[ChatCompletionToolUnionParam], NotGiven]=NOT_GIVEN, top_logprobs: Union[Optional[int], NotGiven]=NOT_GIVEN, top_p: Union[Optional[float], NotGiven]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, verbosity: Union[Optional[Literal['low', 'medium', 'high']], NotGiven]=NOT_GIVEN, web_search_options: Union[completion_create_params.WebSearchOptions, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncStream[ChatCompletionChunk]: ...
        @overload
        async def create(self, *, messages: Iterable[ChatCompletionMessageParam], model: str, audio: Union[Optional[ChatCompletionAudioParam], NotGiven]=NOT_GIVEN, frequency_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, function_call: Union[completion_create_params.FunctionCall, NotGiven]=NOT_GIVEN, functions: Union[Iterable[completion_create_params.Function], NotGiven]=NOT_GIVEN, logit_bias: Union[Optional[Dict[str, int]], NotGiven]=NOT_GIVEN, logprobs: Union[Optional[bool], NotGiven]=NOT_GIVEN, max_completion_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, max_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, metadata: Union[Optional[Metadata], NotGiven]=NOT_GIVEN, modalities: Union[Optional[List[Literal['text', 'audio']]], NotGiven]=NOT_GIVEN, moderation: Union[Optional[completion_create_params.Moderation], NotGiven]=NOT_GIVEN, n: Union[Optional[int], NotGiven]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, prediction: Union[Optional[ChatCompletionPredictionContentParam], NotGiven]=NOT_GIVEN, presence_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, prompt_cache_key: Union[Optional[str], NotGiven]=NOT_GIVEN, prompt_cache_options: Union[completion_create_params.PromptCacheOptions, NotGiven]=NOT_GIVEN, prompt_cache_retention: Union[Optional[Literal['in_memory', '24h']], NotGiven]=NOT_GIVEN, reasoning_effort: Union[ReasoningEffort, NotGiven]=NOT_GIVEN, response_format: Union[completion_create_params.ResponseFormat, NotGiven]=NOT_GIVEN, safety_identifier: Union[Optional[str], NotGiven]=NOT_GIVEN, seed: Union[Optional[int], NotGiven]=NOT_GIVEN, service_tier: Union[Optional[Literal['auto', 'default', 'flex', 'scale', 'priority', 'fast']], NotGiven]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, store: Union[Optional[bool], NotGiven]=NOT_GIVEN, stream: bool, stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven]=NOT_GIVEN, temperature: Union[Optional[float], NotGiven]=NOT_GIVEN, tool_choice: Union[ChatCompletionToolChoiceOptionParam, NotGiven]=NOT_GIVEN, tools: Union[Iterable[ChatCompletionToolUnionParam], NotGiven]=NOT_GIVEN, top_logprobs: Union[Optional[int], NotGiven]=NOT_GIVEN, top_p: Union[Optional[float], NotGiven]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, verbosity: Union[Optional[Literal['low', 'medium', 'high']], NotGiven]=NOT_GIVEN, web_search_options: Union[completion_create_params.WebSearchOptions, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[ChatCompletion, AsyncStream[ChatCompletionChunk]]: ...
        async def create(self, *args: Any, **kwargs: Any) -> Any: ...
        async def parse(self, *, messages: Iterable[ChatCompletionMessageParam], model: str, audio: Union[Optional[ChatCompletionAudioParam], NotGiven]=NOT_GIVEN, response_format: Union[Type[ResponseFormatT], completion_create_params.ResponseFormat, NotGiven]=NOT_GIVEN, frequency_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, function_call: Union[completion_create_params.FunctionCall, NotGiven]=NOT_GIVEN, functions: Union[Iterable[completion_create_params.Function], NotGiven]=NOT_GIVEN, logit_bias: Union[Optional[Dict[str, int]], NotGiven]=NOT_GIVEN, logprobs: Union[Optional[bool], NotGiven]=NOT_GIVEN, max_completion_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, max_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, metadata: Union[Optional[Metadata], NotGiven]=NOT_GIVEN, modalities: Union[Optional[List[Literal['text', 'audio']]], NotGiven]=NOT_GIVEN, moderation: Union[Optional[completion_create_params.Moderation], NotGiven]=NOT_GIVEN, n: Union[Optional[int], NotGiven]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, prediction: Union[Optional[ChatCompletionPredictionContentParam], NotGiven]=NOT_GIVEN, presence_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, prompt_cache_key: Union[Optional[str], NotGiven]=NOT_GIVEN, prompt_cache_options: Union[completion_create_params.PromptCacheOptions, NotGiven]=NOT_GIVEN, prompt_cache_retention: Union[Optional[Literal['in_memory', '24h']], NotGiven]=NOT_GIVEN, reasoning_effort: Union[ReasoningEffort, NotGiven]=NOT_GIVEN, safety_identifier: Union[Optional[str], NotGiven]=NOT_GIVEN, seed: Union[Optional[int], NotGiven]=NOT_GIVEN, service_tier: Union[Optional[Literal['auto', 'default', 'flex', 'scale', 'priority', 'fast']], NotGiven]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, store: Union[Optional[bool], NotGiven]=NOT_GIVEN, stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven]=NOT_GIVEN, temperature: Union[Optional[float], NotGiven]=NOT_GIVEN, tool_choice: Union[ChatCompletionToolChoiceOptionParam, NotGiven]=NOT_GIVEN, tools: Union[Iterable[ChatCompletionToolUnionParam], NotGiven]=NOT_GIVEN, top_logprobs: Union[Optional[int], NotGiven]=NOT_GIVEN, top_p: Union[Optional[float], NotGiven]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, verbosity: Union[Optional[Literal['low', 'medium', 'high']], NotGiven]=NOT_GIVEN, web_search_options: Union[completion_create_params.WebSearchOptions, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> ParsedChatCompletion[ResponseFormatT]: ...
        stream: AsyncChatCompletionStreamMethod
        async def retrieve(self, completion_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> ChatCompletion: ...
        async def update(self, completion_id: str, *, metadata: Optional[Metadata], extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> ChatCompletion: ...
        def list(self, *, after: Union[str, NotGiven]=NOT_GIVEN, limit: Union[int, NotGiven]=NOT_GIVEN, metadata: Union[Optional[Metadata], NotGiven]=NOT_GIVEN, model: Union[str, NotGiven]=NOT_GIVEN, order: Union[Literal['asc', 'desc'], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncPaginator[ChatCompletion, AsyncCursorPage[ChatCompletion]]: ...
        async def delete(self, completion_id: str, *, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> ChatCompletionDeleted: ...

else:
    AsyncCompletions = Completions
