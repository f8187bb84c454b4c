from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel
from .text_delta import TextDelta

__all__ = ["TextDeltaBlock"]


class TextDeltaBlock(BaseModel):
    index: int
    type: Literal["text"]
    text: Optional[TextDelta] = None
