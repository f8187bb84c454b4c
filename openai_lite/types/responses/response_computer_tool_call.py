from __future__ import annotations

from typing import List, Literal, Optional, Union

from ..._models import BaseModel

__all__ = [
    "ResponseComputerToolCall", "Action", "ActionClick", "ActionDoubleClick", "ActionDrag",
    "ActionDragPath", "ActionKeypress", "ActionMove", "ActionScreenshot", "ActionScroll",
    "ActionType", "ActionWait", "PendingSafetyCheck",
]


class ActionClick(BaseModel):
    button: Literal["left", "right", "wheel", "back", "forward"]
    type: Literal["click"]
    x: int
    y: int


class ActionDoubleClick(BaseModel):
    type: Literal["double_click"]
    x: int
    y: int


class ActionDragPath(BaseModel):
    x: int
    y: int


class ActionDrag(BaseModel):
    path: List[ActionDragPath]
    type: Literal["drag"]


class ActionKeypress(BaseModel):
    keys: List[str]
    type: Literal["keypress"]


class ActionMove(BaseModel):
    type: Literal["move"]
    x: int
    y: int


class ActionScreenshot(BaseModel):
    type: Literal["screenshot"]


class ActionScroll(BaseModel):
    scroll_x: int
    scroll_y: int
    type: Literal["scroll"]
    x: int
    y: int


class ActionType(BaseModel):
    text: str
    type: Literal["type"]


class ActionWait(BaseModel):
    type: Literal["wait"]


Action = Union[ActionClick, ActionDoubleClick, ActionDrag, ActionKeypress, ActionMove,
               ActionScreenshot, ActionScroll, ActionType, ActionWait]


class PendingSafetyCheck(BaseModel):
    id: str
    code: Optional[str] = None
    message: Optional[str] = None


class ResponseComputerToolCall(BaseModel):
    id: str
    call_id: str
    pending_safety_checks: List[PendingSafetyCheck]
    status: Literal["in_progress", "completed", "incomplete"]
    type: Literal["computer_call"]
    action: Optional[Action] = None
    actions: Optional[List[Action]] = None
