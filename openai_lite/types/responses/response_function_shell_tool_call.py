from __future__ import annotations

from typing import Dict, List, Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseFunctionShellToolCall", "Action"]


class Action(BaseModel):
    commands: List[str]
    max_output_length: Optional[int] = None
    timeout_ms: Optional[int] = None


class ResponseFunctionShellToolCall(BaseModel):
    id: str
    action: Action
    call_id: str
    status: Literal["in_progress", "completed", "incomplete"]
    type: Literal["shell_call"]
    created_by: Optional[str] = None
    environment: Optional[Dict[str, object]] = None
