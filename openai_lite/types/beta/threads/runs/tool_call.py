from __future__ import annotations

from typing import Union

from .code_interpreter_tool_call import CodeInterpreterToolCall
from .file_search_tool_call import FileSearchToolCall
from .function_tool_call import FunctionToolCall

__all__ = ["ToolCall"]


ToolCall = Union[CodeInterpreterToolCall, FileSearchToolCall, FunctionToolCall]
