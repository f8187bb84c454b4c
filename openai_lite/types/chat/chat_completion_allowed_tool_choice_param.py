from __future__ import annotations

from typing import Literal, TypedDict

from .chat_completion_allowed_tools_param import ChatCompletionAllowedToolsParam

__all__ = ["ChatCompletionAllowedToolChoiceParam"]


class ChatCompletionAllowedToolChoiceParam(TypedDict):
    allowed_tools: ChatCompletionAllowedToolsParam
    type: Literal["allowed_tools"]
