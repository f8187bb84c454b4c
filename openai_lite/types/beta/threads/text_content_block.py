from __future__ import annotations

from typing import Literal

from ...._models import BaseModel
from .text import Text

__all__ = ["TextContentBlock"]


class TextContentBlock(BaseModel):
    type: Literal["text"]
    text: Text
