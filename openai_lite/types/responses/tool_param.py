from __future__ import annotations

from typing import Dict, Union

from .custom_tool_param import CustomToolParam
from .file_search_tool_param import FileSearchToolParam
from .function_tool_param import FunctionToolParam
from .web_search_tool_param import WebSearchToolParam

__all__ = ["ToolParam"]

# Other tools (mcp, code_interpreter, image_generation, ...) are plain dicts on the wire.
ToolParam = Union[FunctionToolParam, FileSearchToolParam, WebSearchToolParam, CustomToolParam,
                  Dict[str, object]]
