from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Literal, Mapping, Optional, Union, overload

from ..._params import collect
from ..._resource import APIResource
from ..._types import NOT_GIVEN, NotGiven
from ...types.chat.chat_completion import ChatCompletion
from ...types.chat.chat_completion_chunk import ChatCompletionChunk
from .._common import Body, Headers, Query, TimeoutArg

if TYPE_CHECKING:
    from ..._streaming import Stream

__all__ = ["Completions"]

# Required first, then alphabetical: the order the SDK writes body keys in.
_CREATE_BODY = (
    "messages", "model", "audio", "frequency_penalty", "function_call", "functions", "logit_bias",
    "logprobs", "max_completion_tokens", "max_tokens", "metadata", "modalities", "n",
    "parallel_tool_calls", "prediction", "presence_penalty", "prompt_cache_key",
    "prompt_cache_retention", "reasoning_effort", "response_format", "safety_identifier", "seed",
    "service_tier", "stop", "store", "stream", "stream_options", "temperature", "tool_choice", "tools",
    "top_logprobs", "top_p", "user", "verbosity", "web_search_options",
)

_Opt = Union[Any, NotGiven]


class Completions(APIResource):
    # <generated overloads: create>
    @overload
    def create(self, *, messages: Iterable[Mapping[str, Any]], model: str, audio: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, frequency_penalty: Optional[Union[float, NotGiven]]=NOT_GIVEN, function_call: _Opt=NOT_GIVEN, functions: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, logit_bias: Optional[Union[Dict[str, int], NotGiven]]=NOT_GIVEN, logprobs: Optional[Union[bool, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, modalities: Optional[Union[List[str], NotGiven]]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, prediction: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, presence_penalty: Optional[Union[float, NotGiven]]=NOT_GIVEN, prompt_cache_key: Union[str, NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[str, NotGiven]]=NOT_GIVEN, reasoning_effort: Optional[Union[str, NotGiven]]=NOT_GIVEN, response_format: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, safety_identifier: Union[str, NotGiven]=NOT_GIVEN, seed: Optional[Union[int, NotGiven]]=NOT_GIVEN, service_tier: Optional[Union[str, NotGiven]]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, stream_options: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, tool_choice: _Opt=NOT_GIVEN, tools: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, top_logprobs: Optional[Union[int, NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, verbosity: Optional[Union[str, NotGiven]]=NOT_GIVEN, web_search_options: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> ChatCompletion: ...
    @overload
    def create(self, *, messages: Iterable[Mapping[str, Any]], model: str, audio: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, frequency_penalty: Optional[Union[float, NotGiven]]=NOT_GIVEN, function_call: _Opt=NOT_GIVEN, functions: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, logit_bias: Optional[Union[Dict[str, int], NotGiven]]=NOT_GIVEN, logprobs: Optional[Union[bool, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, modalities: Optional[Union[List[str], NotGiven]]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, prediction: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, presence_penalty: Optional[Union[float, NotGiven]]=NOT_GIVEN, prompt_cache_key: Union[str, NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[str, NotGiven]]=NOT_GIVEN, reasoning_effort: Optional[Union[str, NotGiven]]=NOT_GIVEN, response_format: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, safety_identifier: Union[str, NotGiven]=NOT_GIVEN, seed: Optional[Union[int, NotGiven]]=NOT_GIVEN, service_tier: Optional[Union[str, NotGiven]]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: Literal[True], stream_options: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, tool_choice: _Opt=NOT_GIVEN, tools: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, top_logprobs: Optional[Union[int, NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, verbosity: Optional[Union[str, NotGiven]]=NOT_GIVEN, web_search_options: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Stream[ChatCompletionChunk]: ...
    @overload
    def create(self, *, messages: Iterable[Mapping[str, Any]], model: str, audio: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, frequency_penalty: Optional[Union[float, NotGiven]]=NOT_GIVEN, function_call: _Opt=NOT_GIVEN, functions: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, logit_bias: Optional[Union[Dict[str, int], NotGiven]]=NOT_GIVEN, logprobs: Optional[Union[bool, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, modalities: Optional[Union[List[str], NotGiven]]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, prediction: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, presence_penalty: Optional[Union[float, NotGiven]]=NOT_GIVEN, prompt_cache_key: Union[str, NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[str, NotGiven]]=NOT_GIVEN, reasoning_effort: Optional[Union[str, NotGiven]]=NOT_GIVEN, response_format: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, safety_identifier: Union[str, NotGiven]=NOT_GIVEN, seed: Optional[Union[int, NotGiven]]=NOT_GIVEN, service_tier: Optional[Union[str, NotGiven]]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: bool, stream_options: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, tool_choice: _Opt=NOT_GIVEN, tools: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, top_logprobs: Optional[Union[int, NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, verbosity: Optional[Union[str, NotGiven]]=NOT_GIVEN, web_search_options: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[ChatCompletion, Stream[ChatCompletionChunk]]: ...
    # </generated overloads: create>
    def create(
        self,
        *,
        messages: Iterable[Mapping[str, Any]],
        model: str,
        audio: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        frequency_penalty: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        function_call: _Opt = NOT_GIVEN,
        functions: Union[Iterable[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        logit_bias: Optional[Union[Dict[str, int], NotGiven]] = NOT_GIVEN,
        logprobs: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        max_completion_tokens: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        max_tokens: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        metadata: Optional[Union[Dict[str, str], NotGiven]] = NOT_GIVEN,
        modalities: Optional[Union[List[str], NotGiven]] = NOT_GIVEN,
        n: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        parallel_tool_calls: Union[bool, NotGiven] = NOT_GIVEN,
        prediction: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        presence_penalty: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        prompt_cache_key: Union[str, NotGiven] = NOT_GIVEN,
        prompt_cache_retention: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        reasoning_effort: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        response_format: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
        safety_identifier: Union[str, NotGiven] = NOT_GIVEN,
        seed: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        service_tier: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        stop: Union[Optional[str], List[str], None, NotGiven] = NOT_GIVEN,
        store: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        stream: Optional[Union[bool, NotGiven]] = NOT_GIVEN,
        stream_options: Optional[Union[Mapping[str, Any], NotGiven]] = NOT_GIVEN,
        temperature: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        tool_choice: _Opt = NOT_GIVEN,
        tools: Union[Iterable[Mapping[str, Any]], NotGiven] = NOT_GIVEN,
        top_logprobs: Optional[Union[int, NotGiven]] = NOT_GIVEN,
        top_p: Optional[Union[float, NotGiven]] = NOT_GIVEN,
        user: Union[str, NotGiven] = NOT_GIVEN,
        verbosity: Optional[Union[str, NotGiven]] = NOT_GIVEN,
        web_search_options: Union[Mapping[str, Any], NotGiven] = NOT_GIVEN,
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
        body = collect(locals(), _CREATE_BODY)
        streaming = bool(stream) and not isinstance(stream, NotGiven)
        return self._request(
            "POST", "/chat/completions", body=body,
            cast_to=ChatCompletionChunk if streaming else ChatCompletion, stream=streaming,
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout,
        )


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from openai_lite._async_names import AsyncStream

    class AsyncCompletions:
        with_raw_response: Any
        with_streaming_response: Any
        @overload
        async def create(self, *, messages: Iterable[Mapping[str, Any]], model: str, audio: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, frequency_penalty: Optional[Union[float, NotGiven]]=NOT_GIVEN, function_call: _Opt=NOT_GIVEN, functions: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, logit_bias: Optional[Union[Dict[str, int], NotGiven]]=NOT_GIVEN, logprobs: Optional[Union[bool, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, modalities: Optional[Union[List[str], NotGiven]]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, prediction: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, presence_penalty: Optional[Union[float, NotGiven]]=NOT_GIVEN, prompt_cache_key: Union[str, NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[str, NotGiven]]=NOT_GIVEN, reasoning_effort: Optional[Union[str, NotGiven]]=NOT_GIVEN, response_format: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, safety_identifier: Union[str, NotGiven]=NOT_GIVEN, seed: Optional[Union[int, NotGiven]]=NOT_GIVEN, service_tier: Optional[Union[str, NotGiven]]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, stream_options: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, tool_choice: _Opt=NOT_GIVEN, tools: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, top_logprobs: Optional[Union[int, NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, verbosity: Optional[Union[str, NotGiven]]=NOT_GIVEN, web_search_options: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> ChatCompletion: ...
        @overload
        async def create(self, *, messages: Iterable[Mapping[str, Any]], model: str, audio: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, frequency_penalty: Optional[Union[float, NotGiven]]=NOT_GIVEN, function_call: _Opt=NOT_GIVEN, functions: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, logit_bias: Optional[Union[Dict[str, int], NotGiven]]=NOT_GIVEN, logprobs: Optional[Union[bool, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, modalities: Optional[Union[List[str], NotGiven]]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, prediction: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, presence_penalty: Optional[Union[float, NotGiven]]=NOT_GIVEN, prompt_cache_key: Union[str, NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[str, NotGiven]]=NOT_GIVEN, reasoning_effort: Optional[Union[str, NotGiven]]=NOT_GIVEN, response_format: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, safety_identifier: Union[str, NotGiven]=NOT_GIVEN, seed: Optional[Union[int, NotGiven]]=NOT_GIVEN, service_tier: Optional[Union[str, NotGiven]]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: Literal[True], stream_options: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, tool_choice: _Opt=NOT_GIVEN, tools: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, top_logprobs: Optional[Union[int, NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, verbosity: Optional[Union[str, NotGiven]]=NOT_GIVEN, web_search_options: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncStream[ChatCompletionChunk]: ...
        @overload
        async def create(self, *, messages: Iterable[Mapping[str, Any]], model: str, audio: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, frequency_penalty: Optional[Union[float, NotGiven]]=NOT_GIVEN, function_call: _Opt=NOT_GIVEN, functions: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, logit_bias: Optional[Union[Dict[str, int], NotGiven]]=NOT_GIVEN, logprobs: Optional[Union[bool, NotGiven]]=NOT_GIVEN, max_completion_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, max_tokens: Optional[Union[int, NotGiven]]=NOT_GIVEN, metadata: Optional[Union[Dict[str, str], NotGiven]]=NOT_GIVEN, modalities: Optional[Union[List[str], NotGiven]]=NOT_GIVEN, n: Optional[Union[int, NotGiven]]=NOT_GIVEN, parallel_tool_calls: Union[bool, NotGiven]=NOT_GIVEN, prediction: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, presence_penalty: Optional[Union[float, NotGiven]]=NOT_GIVEN, prompt_cache_key: Union[str, NotGiven]=NOT_GIVEN, prompt_cache_retention: Optional[Union[str, NotGiven]]=NOT_GIVEN, reasoning_effort: Optional[Union[str, NotGiven]]=NOT_GIVEN, response_format: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, safety_identifier: Union[str, NotGiven]=NOT_GIVEN, seed: Optional[Union[int, NotGiven]]=NOT_GIVEN, service_tier: Optional[Union[str, NotGiven]]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, store: Optional[Union[bool, NotGiven]]=NOT_GIVEN, stream: bool, stream_options: Optional[Union[Mapping[str, Any], NotGiven]]=NOT_GIVEN, temperature: Optional[Union[float, NotGiven]]=NOT_GIVEN, tool_choice: _Opt=NOT_GIVEN, tools: Union[Iterable[Mapping[str, Any]], NotGiven]=NOT_GIVEN, top_logprobs: Optional[Union[int, NotGiven]]=NOT_GIVEN, top_p: Optional[Union[float, NotGiven]]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, verbosity: Optional[Union[str, NotGiven]]=NOT_GIVEN, web_search_options: Union[Mapping[str, Any], NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[ChatCompletion, AsyncStream[ChatCompletionChunk]]: ...
        async def create(self, *args: Any, **kwargs: Any) -> Any: ...

else:
    AsyncCompletions = Completions
