from __future__ import annotations

from typing import Union

from .code_interpreter_tool import CodeInterpreterTool
from .file_search_tool import FileSearchTool
from .function_tool import FunctionTool

__all__ = ["AssistantTool"]


AssistantTool = Union[CodeInterpreterTool, FileSearchTool, FunctionTool]
