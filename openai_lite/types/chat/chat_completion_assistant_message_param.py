from __future__ import annotations

from typing import Iterable, Literal, Optional, TypedDict, Union

from .chat_completion_content_part_refusal_param import ChatCompletionContentPartRefusalParam
from .chat_completion_content_part_text_param import ChatCompletionContentPartTextParam
from .chat_completion_message_tool_call_union_param import ChatCompletionMessageToolCallUnionParam

__all__ = ["ChatCompletionAssistantMessageParam", "Audio", "ContentArrayOfContentPart",
           "FunctionCall"]


class Audio(TypedDict):
    id: str


ContentArrayOfContentPart = Union[ChatCompletionContentPartTextParam,
                                  ChatCompletionContentPartRefusalParam]


class FunctionCall(TypedDict):
    arguments: str
    name: str


class _ChatCompletionAssistantMessageParamRequired(TypedDict):
    role: Literal["assistant"]


class ChatCompletionAssistantMessageParam(_ChatCompletionAssistantMessageParamRequired, total=False):
    audio: Optional[Audio]
    content: Union[str, Iterable[ContentArrayOfContentPart], None]
    function_call: Optional[FunctionCall]
    name: str
    refusal: Optional[str]
    tool_calls: Iterable[ChatCompletionMessageToolCallUnionParam]
