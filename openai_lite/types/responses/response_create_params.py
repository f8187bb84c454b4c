from __future__ import annotations

from typing import Dict, Iterable, List, Literal, Optional, TypedDict, Union

from .response_includable import ResponseIncludable
from .response_input_param import ResponseInputParam
from .response_text_config_param import ResponseTextConfigParam
from .tool_param import ToolParam

__all__ = ["ResponseCreateParamsBase", "ResponseCreateParamsNonStreaming",
           "ResponseCreateParamsStreaming", "ResponseCreateParams"]


class ResponseCreateParamsBase(TypedDict, total=False):
    background: Optional[bool]
    context_management: Optional[Iterable[Dict[str, object]]]
    conversation: Union[str, Dict[str, object], None]
    include: Optional[List[ResponseIncludable]]
    input: Union[str, ResponseInputParam]
    instructions: Optional[str]
    max_output_tokens: Optional[int]
    max_tool_calls: Optional[int]
    metadata: Optional[Dict[str, str]]
    model: str
    moderation: Optional[Dict[str, object]]
    parallel_tool_calls: Optional[bool]
    previous_response_id: Optional[str]
    prompt: Optional[Dict[str, object]]
    prompt_cache_key: str
    prompt_cache_options: Dict[str, object]
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    reasoning: Optional[Dict[str, object]]
    safety_identifier: str
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]]
    store: Optional[bool]
    stream_options: Optional[Dict[str, object]]
    temperature: Optional[float]
    text: ResponseTextConfigParam
    tool_choice: Union[str, Dict[str, object]]
    tools: Iterable[ToolParam]
    top_logprobs: Optional[int]
    top_p: Optional[float]
    truncation: Optional[Literal["auto", "disabled"]]
    user: str


class ResponseCreateParamsNonStreaming(ResponseCreateParamsBase, total=False):
    stream: Optional[Literal[False]]


class ResponseCreateParamsStreaming(ResponseCreateParamsBase):
    stream: Literal[True]


ResponseCreateParams = Union[ResponseCreateParamsNonStreaming, ResponseCreateParamsStreaming]
