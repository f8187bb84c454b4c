from __future__ import annotations

from typing import List, Literal, Optional

from ..._models import BaseModel
from .response_computer_tool_call_output_screenshot import ResponseComputerToolCallOutputScreenshot

__all__ = ["ResponseComputerToolCallOutputItem", "AcknowledgedSafetyCheck"]


class AcknowledgedSafetyCheck(BaseModel):
    id: str
    code: Optional[str] = None
    message: Optional[str] = None


class ResponseComputerToolCallOutputItem(BaseModel):
    id: str
    call_id: str
    output: ResponseComputerToolCallOutputScreenshot
    type: Literal["computer_call_output"]
    acknowledged_safety_checks: Optional[List[AcknowledgedSafetyCheck]] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
