from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ChatCompletionMessageCustomToolCall", "Custom"]


class Custom(BaseModel):
    input: str
    name: str


class ChatCompletionMessageCustomToolCall(BaseModel):
    id: str
    custom: Custom
    type: Literal["custom"]
