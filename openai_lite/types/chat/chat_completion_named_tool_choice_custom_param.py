from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["ChatCompletionNamedToolChoiceCustomParam", "Custom"]


class Custom(TypedDict):
    name: str


class ChatCompletionNamedToolChoiceCustomParam(TypedDict):
    custom: Custom
    type: Literal["custom"]
