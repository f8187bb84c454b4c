from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["ResponseInputTextParam"]


class ResponseInputTextParam(TypedDict):
    text: str
    type: Literal["input_text"]
