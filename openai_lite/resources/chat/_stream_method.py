"""The type of ``chat.completions.stream``, for the sync and the async client.

The method is declared once (``Completions._stream``) and serves both clients; only its
result differs: a context manager for ``with`` or one for ``async with``.  A generated async
twin can only express coroutines, so the two results are spelled out here as protocols and
the resource declares ``stream`` with them (the generator maps the annotation to its
``Async`` name).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Iterable, List, Literal, Optional, Protocol, Type, Union

from ..._types import NOT_GIVEN, NotGiven
from ...lib._typevars import ResponseFormatT
from .._common import Body, Headers, Query, TimeoutArg

if TYPE_CHECKING:
    from ...lib.streaming.chat import AsyncChatCompletionStreamManager, ChatCompletionStreamManager
    from ...types.chat import completion_create_params
    from ...types.chat.chat_completion_audio_param import ChatCompletionAudioParam
    from ...types.chat.chat_completion_message_param import ChatCompletionMessageParam
    from ...types.chat.chat_completion_prediction_content_param import ChatCompletionPredictionContentParam
    from ...types.chat.chat_completion_stream_options_param import ChatCompletionStreamOptionsParam
    from ...types.chat.chat_completion_tool_choice_option_param import ChatCompletionToolChoiceOptionParam
    from ...types.chat.chat_completion_tool_union_param import ChatCompletionToolUnionParam
    from ...types.shared_params.metadata import Metadata
    from ...types.shared_params.reasoning_effort import ReasoningEffort

__all__ = ["ChatCompletionStreamMethod", "AsyncChatCompletionStreamMethod"]


class ChatCompletionStreamMethod(Protocol):
    def __call__(
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
    ) -> ChatCompletionStreamManager[ResponseFormatT]:
        """Stream a completion as events: ``with client.chat.completions.stream(...) as s``.

        Takes ``create()``'s parameters (not ``stream``); ``response_format`` may be a class,
        as with ``parse()``.  Nothing is sent until the block is entered."""
        ...


class AsyncChatCompletionStreamMethod(Protocol):
    def __call__(
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
    ) -> AsyncChatCompletionStreamManager[ResponseFormatT]:
        """Stream a completion as events: ``async with client.chat.completions.stream(...) as s``.

        Takes ``create()``'s parameters (not ``stream``); ``response_format`` may be a class,
        as with ``parse()``.  Nothing is sent until the block is entered."""
        ...
