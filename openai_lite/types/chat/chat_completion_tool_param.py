from __future__ import annotations

from .chat_completion_function_tool_param import ChatCompletionFunctionToolParam

__all__ = ["ChatCompletionToolParam"]

# The name from before custom tools existed; kept for the function variant.
ChatCompletionToolParam = ChatCompletionFunctionToolParam
