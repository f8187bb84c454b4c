from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["ModerationTextInputParam"]


class ModerationTextInputParam(TypedDict):
    text: str
    type: Literal["text"]
