from __future__ import annotations

from typing import Iterable, Literal, TypedDict, Union

from .chat_completion_content_part_text_param import ChatCompletionContentPartTextParam

__all__ = ["ChatCompletionDeveloperMessageParam"]


class _ChatCompletionDeveloperMessageParamRequired(TypedDict):
    content: Union[str, Iterable[ChatCompletionContentPartTextParam]]
    role: Literal["developer"]


class ChatCompletionDeveloperMessageParam(_ChatCompletionDeveloperMessageParamRequired, total=False):
    name: str
