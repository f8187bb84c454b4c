from __future__ import annotations

from typing import Dict, List, Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseFunctionShellToolCallOutput", "Output"]


class Output(BaseModel):
    outcome: Dict[str, object]
    stderr: str
    stdout: str
    created_by: Optional[str] = None


class ResponseFunctionShellToolCallOutput(BaseModel):
    id: str
    call_id: str
    max_output_length: Optional[int]
    output: List[Output]
    status: Literal["in_progress", "completed", "incomplete"]
    type: Literal["shell_call_output"]
    created_by: Optional[str] = None
