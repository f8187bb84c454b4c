from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["TextContent"]


class TextContent(BaseModel):
    text: str
    type: Literal["text"]
