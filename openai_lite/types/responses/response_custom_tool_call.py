from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseCustomToolCall"]


class ResponseCustomToolCall(BaseModel):
    call_id: str
    input: str
    name: str
    type: Literal["custom_tool_call"]
    id: Optional[str] = None
    namespace: Optional[str] = None
