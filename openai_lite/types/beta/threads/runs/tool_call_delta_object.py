from __future__ import annotations

from typing import List, Literal, Optional

from ....._models import BaseModel
from .tool_call_delta import ToolCallDelta

__all__ = ["ToolCallDeltaObject"]


class ToolCallDeltaObject(BaseModel):
    type: Literal["tool_calls"]
    tool_calls: Optional[List[ToolCallDelta]] = None
