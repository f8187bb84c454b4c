from __future__ import annotations

from typing import Iterable, Literal, TypedDict, Union

from .chat_completion_content_part_text_param import ChatCompletionContentPartTextParam

__all__ = ["ChatCompletionPredictionContentParam"]


class ChatCompletionPredictionContentParam(TypedDict):
    content: Union[str, Iterable[ChatCompletionContentPartTextParam]]
    type: Literal["content"]
