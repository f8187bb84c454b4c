from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseFunctionToolCall"]


class ResponseFunctionToolCall(BaseModel):
    arguments: str
    call_id: str
    name: str
    type: Literal["function_call"]
    id: Optional[str] = None
    namespace: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
