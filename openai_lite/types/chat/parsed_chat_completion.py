from __future__ import annotations

from typing import TYPE_CHECKING, Generic, List, Optional, TypeVar

from .chat_completion import ChatCompletion, Choice
from .chat_completion_message import ChatCompletionMessage
from .parsed_function_tool_call import ParsedFunctionToolCall

__all__ = ["ParsedChatCompletion", "ParsedChoice", "ParsedChatCompletionMessage"]

ContentType = TypeVar("ContentType")


class ParsedChatCompletionMessage(ChatCompletionMessage, Generic[ContentType]):
    parsed: Optional[ContentType] = None
    tool_calls: Optional[List[ParsedFunctionToolCall]] = None  # type: ignore[assignment]


# The model builder resolves fields by their runtime hints and does not look through a
# subscripted generic (`ParsedChoice[T]`), so at run time the fields name the bare classes.
class ParsedChoice(Choice, Generic[ContentType]):
    if TYPE_CHECKING:
        message: ParsedChatCompletionMessage[ContentType]
    else:
        message: ParsedChatCompletionMessage


class ParsedChatCompletion(ChatCompletion, Generic[ContentType]):
    if TYPE_CHECKING:
        choices: List[ParsedChoice[ContentType]]  # type: ignore[assignment]
    else:
        choices: List[ParsedChoice]
