from __future__ import annotations

from typing import Dict, Iterable, Literal, Optional, TypedDict, Union

from .response_input_param import ResponseInputParam
from .tool_param import ToolParam

__all__ = ["InputTokenCountParams"]


class InputTokenCountParams(TypedDict, total=False):
    conversation: Union[str, Dict[str, object], None]
    input: Union[str, ResponseInputParam, None]
    instructions: Optional[str]
    model: Optional[str]
    parallel_tool_calls: Optional[bool]
    personality: Optional[str]
    previous_response_id: Optional[str]
    reasoning: Optional[Dict[str, object]]
    text: Optional[Dict[str, object]]
    tool_choice: Union[str, Dict[str, object], None]
    tools: Optional[Iterable[ToolParam]]
    truncation: Literal["auto", "disabled"]
