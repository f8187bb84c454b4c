from __future__ import annotations

from typing import Dict, Iterable, List, Literal, Optional, TypedDict, Union

from .chat.chat_completion_stream_options_param import ChatCompletionStreamOptionsParam

__all__ = ["CompletionCreateParamsBase", "CompletionCreateParamsNonStreaming",
           "CompletionCreateParamsStreaming", "CompletionCreateParams"]


class _CompletionCreateParamsRequired(TypedDict):
    model: Union[str, Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]]
    prompt: Union[str, List[str], Iterable[int], Iterable[Iterable[int]], None]


# Required keys live in a total base class: typing.Required is 3.11+ only.
class CompletionCreateParamsBase(_CompletionCreateParamsRequired, total=False):
    best_of: Optional[int]
    echo: Optional[bool]
    frequency_penalty: Optional[float]
    logit_bias: Optional[Dict[str, int]]
    logprobs: Optional[int]
    max_tokens: Optional[int]
    n: Optional[int]
    presence_penalty: Optional[float]
    seed: Optional[int]
    stop: Union[Optional[str], List[str], None]
    stream_options: Optional[ChatCompletionStreamOptionsParam]
    suffix: Optional[str]
    temperature: Optional[float]
    top_p: Optional[float]
    user: str


class CompletionCreateParamsNonStreaming(CompletionCreateParamsBase, total=False):
    stream: Optional[Literal[False]]


class _CompletionCreateParamsStreamingRequired(CompletionCreateParamsBase):
    stream: Literal[True]


class CompletionCreateParamsStreaming(_CompletionCreateParamsStreamingRequired, total=False):
    pass


CompletionCreateParams = Union[CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming]
