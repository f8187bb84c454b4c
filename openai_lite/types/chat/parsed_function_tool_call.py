from __future__ import annotations

from typing import Optional

from .chat_completion_message_function_tool_call import ChatCompletionMessageFunctionToolCall, Function

__all__ = ["ParsedFunctionToolCall", "ParsedFunction"]


class ParsedFunction(Function):
    # the arguments as an instance of the tool's class (pydantic_function_tool), a dict
    # (strict dict tools), or None
    parsed_arguments: Optional[object] = None


class ParsedFunctionToolCall(ChatCompletionMessageFunctionToolCall):
    function: ParsedFunction
