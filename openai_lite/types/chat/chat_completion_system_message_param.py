from __future__ import annotations

from typing import Iterable, Literal, TypedDict, Union

from .chat_completion_content_part_text_param import ChatCompletionContentPartTextParam

__all__ = ["ChatCompletionSystemMessageParam"]


class _ChatCompletionSystemMessageParamRequired(TypedDict):
    content: Union[str, Iterable[ChatCompletionContentPartTextParam]]
    role: Literal["system"]


class ChatCompletionSystemMessageParam(_ChatCompletionSystemMessageParamRequired, total=False):
    name: str
