from __future__ import annotations

from .chat_completion_message_function_tool_call_param import (
    ChatCompletionMessageFunctionToolCallParam,
    Function as Function,
)

__all__ = ["ChatCompletionMessageToolCallParam", "Function"]

# The name from before custom tools existed; kept for the function variant.
ChatCompletionMessageToolCallParam = ChatCompletionMessageFunctionToolCallParam
