from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ChatCompletionContentPartText"]


class ChatCompletionContentPartText(BaseModel):
    text: str
    type: Literal["text"]
