from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["TextContentBlockParam"]


class TextContentBlockParam(TypedDict):
    # sent as plain text; the model's ``text`` is an object with annotations
    text: str
    type: Literal["text"]
