from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["ChatCompletionMessageFunctionToolCallParam", "Function"]


class Function(TypedDict):
    arguments: str
    name: str


class ChatCompletionMessageFunctionToolCallParam(TypedDict):
    id: str
    function: Function
    type: Literal["function"]
