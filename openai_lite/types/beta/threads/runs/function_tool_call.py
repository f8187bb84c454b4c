from __future__ import annotations

from typing import Literal, Optional

from ....._models import BaseModel

__all__ = ["FunctionToolCall"]


class Function(BaseModel):
    name: str
    arguments: str
    output: Optional[str] = None


class FunctionToolCall(BaseModel):
    id: str
    type: Literal["function"]
    function: Function
