from __future__ import annotations

from typing import Union

from .chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
from .chat_completion_message_function_tool_call import (
    ChatCompletionMessageFunctionToolCall,
    Function as Function,
)

__all__ = ["ChatCompletionMessageToolCall", "ChatCompletionMessageToolCallUnion", "Function"]

# Resolved by the `type` Literal of each variant; an unknown `type` builds the first one.
ChatCompletionMessageToolCallUnion = Union[
    ChatCompletionMessageFunctionToolCall, ChatCompletionMessageCustomToolCall
]

# The name from before custom tools existed; the SDK keeps it for the function variant.
ChatCompletionMessageToolCall = ChatCompletionMessageFunctionToolCall
