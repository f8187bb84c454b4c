from __future__ import annotations

from typing import Literal, Optional

from ....._models import BaseModel

__all__ = ["FunctionToolCallDelta"]


class Function(BaseModel):
    name: Optional[str] = None
    arguments: Optional[str] = None
    output: Optional[str] = None


class FunctionToolCallDelta(BaseModel):
    index: int
    id: Optional[str] = None
    type: Literal["function"]
    function: Optional[Function] = None
