from __future__ import annotations

from typing import Dict, Iterable, List, Literal, Optional, TypedDict, Union

from ..shared_params.function_parameters import FunctionParameters
from ..shared_params.metadata import Metadata
from ..shared_params.reasoning_effort import ReasoningEffort
from ..shared_params.response_format_json_object import ResponseFormatJSONObject
from ..shared_params.response_format_json_schema import ResponseFormatJSONSchema
from ..shared_params.response_format_text import ResponseFormatText
from .chat_completion_audio_param import ChatCompletionAudioParam
from .chat_completion_function_call_option_param import ChatCompletionFunctionCallOptionParam
from .chat_completion_message_param import ChatCompletionMessageParam
from .chat_completion_prediction_content_param import ChatCompletionPredictionContentParam
from .chat_completion_stream_options_param import ChatCompletionStreamOptionsParam
from .chat_completion_tool_choice_option_param import ChatCompletionToolChoiceOptionParam
from .chat_completion_tool_union_param import ChatCompletionToolUnionParam

__all__ = [
    "CompletionCreateParamsBase",
    "Function",
    "FunctionCall",
    "Moderation",
    "ModerationPolicy",
    "ModerationPolicyInput",
    "ModerationPolicyOutput",
    "PromptCacheOptions",
    "ResponseFormat",
    "WebSearchOptions",
    "WebSearchOptionsUserLocation",
    "WebSearchOptionsUserLocationApproximate",
    "CompletionCreateParamsNonStreaming",
    "CompletionCreateParamsStreaming",
    "CompletionCreateParams",
]


class _FunctionRequired(TypedDict):
    name: str


class Function(_FunctionRequired, total=False):
    description: str
    parameters: FunctionParameters


FunctionCall = Union[Literal["none", "auto"], ChatCompletionFunctionCallOptionParam]


class ModerationPolicyInput(TypedDict):
    mode: Literal["score", "block"]


class ModerationPolicyOutput(TypedDict):
    mode: Literal["score", "block"]


class ModerationPolicy(TypedDict, total=False):
    input: Optional[ModerationPolicyInput]
    output: Optional[ModerationPolicyOutput]


class _ModerationRequired(TypedDict):
    model: str


class Moderation(_ModerationRequired, total=False):
    policy: Optional[ModerationPolicy]


class PromptCacheOptions(TypedDict, total=False):
    mode: Literal["implicit", "explicit"]
    ttl: Literal["30m"]


ResponseFormat = Union[ResponseFormatText, ResponseFormatJSONSchema, ResponseFormatJSONObject]


class WebSearchOptionsUserLocationApproximate(TypedDict, total=False):
    city: str
    country: str
    region: str
    timezone: str


class WebSearchOptionsUserLocation(TypedDict):
    approximate: WebSearchOptionsUserLocationApproximate
    type: Literal["approximate"]


class WebSearchOptions(TypedDict, total=False):
    search_context_size: Literal["low", "medium", "high"]
    user_location: Optional[WebSearchOptionsUserLocation]


class _CompletionCreateParamsRequired(TypedDict):
    messages: Iterable[ChatCompletionMessageParam]
    model: str


class CompletionCreateParamsBase(_CompletionCreateParamsRequired, total=False):
    audio: Optional[ChatCompletionAudioParam]
    frequency_penalty: Optional[float]
    function_call: FunctionCall
    functions: Iterable[Function]
    logit_bias: Optional[Dict[str, int]]
    logprobs: Optional[bool]
    max_completion_tokens: Optional[int]
    max_tokens: Optional[int]
    metadata: Optional[Metadata]
    modalities: Optional[List[Literal["text", "audio"]]]
    moderation: Optional[Moderation]
    n: Optional[int]
    parallel_tool_calls: bool
    prediction: Optional[ChatCompletionPredictionContentParam]
    presence_penalty: Optional[float]
    prompt_cache_key: str
    prompt_cache_options: PromptCacheOptions
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    reasoning_effort: ReasoningEffort
    response_format: ResponseFormat
    safety_identifier: str
    seed: Optional[int]
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]]
    stop: Union[Optional[str], List[str], None]
    store: Optional[bool]
    stream_options: Optional[ChatCompletionStreamOptionsParam]
    temperature: Optional[float]
    tool_choice: ChatCompletionToolChoiceOptionParam
    tools: Iterable[ChatCompletionToolUnionParam]
    top_logprobs: Optional[int]
    top_p: Optional[float]
    user: str
    verbosity: Optional[Literal["low", "medium", "high"]]
    web_search_options: WebSearchOptions


class CompletionCreateParamsNonStreaming(CompletionCreateParamsBase, total=False):
    stream: Optional[Literal[False]]


class _CompletionCreateParamsStreamingRequired(CompletionCreateParamsBase):
    stream: Literal[True]


class CompletionCreateParamsStreaming(_CompletionCreateParamsStreamingRequired, total=False):
    pass


CompletionCreateParams = Union[CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming]
