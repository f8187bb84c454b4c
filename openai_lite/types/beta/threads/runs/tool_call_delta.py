from __future__ import annotations

from typing import Union

from .code_interpreter_tool_call_delta import CodeInterpreterToolCallDelta
from .file_search_tool_call_delta import FileSearchToolCallDelta
from .function_tool_call_delta import FunctionToolCallDelta

__all__ = ["ToolCallDelta"]


ToolCallDelta = Union[CodeInterpreterToolCallDelta, FileSearchToolCallDelta, FunctionToolCallDelta]
