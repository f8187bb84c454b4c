from __future__ import annotations

from typing import List, Optional, Union

from .chat_completion_content_part_image import ChatCompletionContentPartImage
from .chat_completion_content_part_text import ChatCompletionContentPartText
from .chat_completion_message import ChatCompletionMessage

__all__ = ["ChatCompletionStoreMessage", "ChatCompletionStoreMessageContentPart"]

ChatCompletionStoreMessageContentPart = Union[
    ChatCompletionContentPartText, ChatCompletionContentPartImage
]


class ChatCompletionStoreMessage(ChatCompletionMessage):
    id: str
    content_parts: Optional[List[ChatCompletionStoreMessageContentPart]] = None
