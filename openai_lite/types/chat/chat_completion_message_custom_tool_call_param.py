from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["ChatCompletionMessageCustomToolCallParam", "Custom"]


class Custom(TypedDict):
    input: str
    name: str


class ChatCompletionMessageCustomToolCallParam(TypedDict):
    id: str
    custom: Custom
    type: Literal["custom"]
