from __future__ import annotations

from typing import Iterable, Literal, TypedDict, Union

from .chat_completion_content_part_param import ChatCompletionContentPartParam

__all__ = ["ChatCompletionUserMessageParam"]


class _ChatCompletionUserMessageParamRequired(TypedDict):
    content: Union[str, Iterable[ChatCompletionContentPartParam]]
    role: Literal["user"]


class ChatCompletionUserMessageParam(_ChatCompletionUserMessageParamRequired, total=False):
    name: str
