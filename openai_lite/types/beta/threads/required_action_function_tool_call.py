from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["RequiredActionFunctionToolCall"]


class Function(BaseModel):
    name: str
    arguments: str


class RequiredActionFunctionToolCall(BaseModel):
    id: str
    type: Literal["function"]
    function: Function
