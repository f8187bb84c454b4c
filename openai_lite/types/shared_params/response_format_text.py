from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["ResponseFormatText"]


class ResponseFormatText(TypedDict):
    type: Literal["text"]
