from __future__ import annotations

from typing import List, Literal

from ....._models import BaseModel
from .tool_call import ToolCall

__all__ = ["ToolCallsStepDetails"]


class ToolCallsStepDetails(BaseModel):
    type: Literal["tool_calls"]
    tool_calls: List[ToolCall]
