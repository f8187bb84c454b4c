from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["ChatCompletionNamedToolChoiceParam", "Function"]


class Function(TypedDict):
    name: str


class ChatCompletionNamedToolChoiceParam(TypedDict):
    function: Function
    type: Literal["function"]
