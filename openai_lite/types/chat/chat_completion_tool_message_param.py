from __future__ import annotations

from typing import Iterable, Literal, TypedDict, Union

from .chat_completion_content_part_text_param import ChatCompletionContentPartTextParam

__all__ = ["ChatCompletionToolMessageParam"]


class ChatCompletionToolMessageParam(TypedDict):
    content: Union[str, Iterable[ChatCompletionContentPartTextParam]]
    role: Literal["tool"]
    tool_call_id: str
