from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ChatCompletionMessageFunctionToolCall", "Function"]


class Function(BaseModel):
    arguments: str
    name: str


class ChatCompletionMessageFunctionToolCall(BaseModel):
    id: str
    function: Function
    type: Literal["function"]
