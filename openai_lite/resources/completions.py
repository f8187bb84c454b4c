from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Iterable, List, Literal, Optional, Union, overload

from .._params import collect
from .._resource import APIResource
from .._types import NOT_GIVEN, NotGiven
from ..types.completion import Completion
from ._common import Body, Headers, Query, TimeoutArg

if TYPE_CHECKING:
    from .._streaming import Stream
    from ..types.chat.chat_completion_stream_options_param import ChatCompletionStreamOptionsParam

__all__ = ["Completions"]

# Required first, then alphabetical: the order the SDK writes body keys in.
_CREATE_BODY = (
    "model", "prompt", "best_of", "echo", "frequency_penalty", "logit_bias", "logprobs", "max_tokens",
    "n", "presence_penalty", "seed", "stop", "stream", "stream_options", "suffix", "temperature",
    "top_p", "user",
)


class Completions(APIResource):
    """The legacy text completions API."""

    # <generated overloads: create>
    @overload
    def create(self, *, model: Union[str, Literal['gpt-3.5-turbo-instruct', 'davinci-002', 'babbage-002']], prompt: Union[str, List[str], Iterable[int], Iterable[Iterable[int]], None], best_of: Union[Optional[int], NotGiven]=NOT_GIVEN, echo: Union[Optional[bool], NotGiven]=NOT_GIVEN, frequency_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, logit_bias: Union[Optional[Dict[str, int]], NotGiven]=NOT_GIVEN, logprobs: Union[Optional[int], NotGiven]=NOT_GIVEN, max_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, n: Union[Optional[int], NotGiven]=NOT_GIVEN, presence_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, seed: Union[Optional[int], NotGiven]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven]=NOT_GIVEN, suffix: Union[Optional[str], NotGiven]=NOT_GIVEN, temperature: Union[Optional[float], NotGiven]=NOT_GIVEN, top_p: Union[Optional[float], NotGiven]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Completion: ...
    @overload
    def create(self, *, model: Union[str, Literal['gpt-3.5-turbo-instruct', 'davinci-002', 'babbage-002']], prompt: Union[str, List[str], Iterable[int], Iterable[Iterable[int]], None], best_of: Union[Optional[int], NotGiven]=NOT_GIVEN, echo: Union[Optional[bool], NotGiven]=NOT_GIVEN, frequency_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, logit_bias: Union[Optional[Dict[str, int]], NotGiven]=NOT_GIVEN, logprobs: Union[Optional[int], NotGiven]=NOT_GIVEN, max_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, n: Union[Optional[int], NotGiven]=NOT_GIVEN, presence_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, seed: Union[Optional[int], NotGiven]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, stream: Literal[True], stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven]=NOT_GIVEN, suffix: Union[Optional[str], NotGiven]=NOT_GIVEN, temperature: Union[Optional[float], NotGiven]=NOT_GIVEN, top_p: Union[Optional[float], NotGiven]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Stream[Completion]: ...
    @overload
    def create(self, *, model: Union[str, Literal['gpt-3.5-turbo-instruct', 'davinci-002', 'babbage-002']], prompt: Union[str, List[str], Iterable[int], Iterable[Iterable[int]], None], best_of: Union[Optional[int], NotGiven]=NOT_GIVEN, echo: Union[Optional[bool], NotGiven]=NOT_GIVEN, frequency_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, logit_bias: Union[Optional[Dict[str, int]], NotGiven]=NOT_GIVEN, logprobs: Union[Optional[int], NotGiven]=NOT_GIVEN, max_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, n: Union[Optional[int], NotGiven]=NOT_GIVEN, presence_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, seed: Union[Optional[int], NotGiven]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, stream: bool, stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven]=NOT_GIVEN, suffix: Union[Optional[str], NotGiven]=NOT_GIVEN, temperature: Union[Optional[float], NotGiven]=NOT_GIVEN, top_p: Union[Optional[float], NotGiven]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[Completion, Stream[Completion]]: ...
    # </generated overloads: create>
    def create(
        self,
        *,
        model: Union[str, Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]],
        prompt: Union[str, List[str], Iterable[int], Iterable[Iterable[int]], None],
        best_of: Union[Optional[int], NotGiven] = NOT_GIVEN,
        echo: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        frequency_penalty: Union[Optional[float], NotGiven] = NOT_GIVEN,
        logit_bias: Union[Optional[Dict[str, int]], NotGiven] = NOT_GIVEN,
        logprobs: Union[Optional[int], NotGiven] = NOT_GIVEN,
        max_tokens: Union[Optional[int], NotGiven] = NOT_GIVEN,
        n: Union[Optional[int], NotGiven] = NOT_GIVEN,
        presence_penalty: Union[Optional[float], NotGiven] = NOT_GIVEN,
        seed: Union[Optional[int], NotGiven] = NOT_GIVEN,
        stop: Union[Optional[str], List[str], None, NotGiven] = NOT_GIVEN,
        stream: Union[Optional[bool], NotGiven] = NOT_GIVEN,
        stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven] = NOT_GIVEN,
        suffix: Union[Optional[str], NotGiven] = NOT_GIVEN,
        temperature: Union[Optional[float], NotGiven] = NOT_GIVEN,
        top_p: Union[Optional[float], NotGiven] = NOT_GIVEN,
        user: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: TimeoutArg = NOT_GIVEN,
    ) -> "Union[Completion, Stream[Completion]]":
        """Text generated from a prompt; ``stream=True`` gives a stream of partial completions."""
        body = collect(locals(), _CREATE_BODY)
        prompt_value = body.get("prompt")
        if prompt_value is not None and not isinstance(prompt_value, str):
            # token iterables (a range, a generator per prompt) must become JSON arrays
            body["prompt"] = [p if isinstance(p, (int, str, list, tuple)) else list(p)
                              for p in prompt_value]
        streaming = bool(stream) and not isinstance(stream, NotGiven)
        return self._request("POST", "/completions", body=body, cast_to=Completion, stream=streaming,
                             extra_headers=extra_headers, extra_query=extra_query,
                             extra_body=extra_body, timeout=timeout)


# ---- async twins (generated by tools/gen_async_types.py; do not edit) ----
if TYPE_CHECKING:
    from typing import Any
    from openai_lite._async_names import AsyncStream

    class AsyncCompletions:
        """The legacy text completions API."""
        with_raw_response: Any
        with_streaming_response: Any
        @overload
        async def create(self, *, model: Union[str, Literal['gpt-3.5-turbo-instruct', 'davinci-002', 'babbage-002']], prompt: Union[str, List[str], Iterable[int], Iterable[Iterable[int]], None], best_of: Union[Optional[int], NotGiven]=NOT_GIVEN, echo: Union[Optional[bool], NotGiven]=NOT_GIVEN, frequency_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, logit_bias: Union[Optional[Dict[str, int]], NotGiven]=NOT_GIVEN, logprobs: Union[Optional[int], NotGiven]=NOT_GIVEN, max_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, n: Union[Optional[int], NotGiven]=NOT_GIVEN, presence_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, seed: Union[Optional[int], NotGiven]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, stream: Union[Literal[False], None, NotGiven]=NOT_GIVEN, stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven]=NOT_GIVEN, suffix: Union[Optional[str], NotGiven]=NOT_GIVEN, temperature: Union[Optional[float], NotGiven]=NOT_GIVEN, top_p: Union[Optional[float], NotGiven]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Completion: ...
        @overload
        async def create(self, *, model: Union[str, Literal['gpt-3.5-turbo-instruct', 'davinci-002', 'babbage-002']], prompt: Union[str, List[str], Iterable[int], Iterable[Iterable[int]], None], best_of: Union[Optional[int], NotGiven]=NOT_GIVEN, echo: Union[Optional[bool], NotGiven]=NOT_GIVEN, frequency_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, logit_bias: Union[Optional[Dict[str, int]], NotGiven]=NOT_GIVEN, logprobs: Union[Optional[int], NotGiven]=NOT_GIVEN, max_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, n: Union[Optional[int], NotGiven]=NOT_GIVEN, presence_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, seed: Union[Optional[int], NotGiven]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, stream: Literal[True], stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven]=NOT_GIVEN, suffix: Union[Optional[str], NotGiven]=NOT_GIVEN, temperature: Union[Optional[float], NotGiven]=NOT_GIVEN, top_p: Union[Optional[float], NotGiven]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> AsyncStream[Completion]: ...
        @overload
        async def create(self, *, model: Union[str, Literal['gpt-3.5-turbo-instruct', 'davinci-002', 'babbage-002']], prompt: Union[str, List[str], Iterable[int], Iterable[Iterable[int]], None], best_of: Union[Optional[int], NotGiven]=NOT_GIVEN, echo: Union[Optional[bool], NotGiven]=NOT_GIVEN, frequency_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, logit_bias: Union[Optional[Dict[str, int]], NotGiven]=NOT_GIVEN, logprobs: Union[Optional[int], NotGiven]=NOT_GIVEN, max_tokens: Union[Optional[int], NotGiven]=NOT_GIVEN, n: Union[Optional[int], NotGiven]=NOT_GIVEN, presence_penalty: Union[Optional[float], NotGiven]=NOT_GIVEN, seed: Union[Optional[int], NotGiven]=NOT_GIVEN, stop: Union[Optional[str], List[str], None, NotGiven]=NOT_GIVEN, stream: bool, stream_options: Union[Optional[ChatCompletionStreamOptionsParam], NotGiven]=NOT_GIVEN, suffix: Union[Optional[str], NotGiven]=NOT_GIVEN, temperature: Union[Optional[float], NotGiven]=NOT_GIVEN, top_p: Union[Optional[float], NotGiven]=NOT_GIVEN, user: Union[str, NotGiven]=NOT_GIVEN, extra_headers: Headers=None, extra_query: Query=None, extra_body: Body=None, timeout: TimeoutArg=NOT_GIVEN) -> Union[Completion, AsyncStream[Completion]]: ...
        async def create(self, *args: Any, **kwargs: Any) -> Any: ...

else:
    AsyncCompletions = Completions
