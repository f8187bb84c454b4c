from __future__ import annotations

from typing import List, Literal, Optional, Union

from ..._models import BaseModel

__all__ = ["ResponseCodeInterpreterToolCall", "Output", "OutputLogs", "OutputImage"]


class OutputLogs(BaseModel):
    logs: str
    type: Literal["logs"]


class OutputImage(BaseModel):
    type: Literal["image"]
    url: str


Output = Union[OutputLogs, OutputImage]


class ResponseCodeInterpreterToolCall(BaseModel):
    id: str
    code: Optional[str]
    container_id: str
    outputs: Optional[List[Output]]
    status: Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]
    type: Literal["code_interpreter_call"]
