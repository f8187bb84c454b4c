from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseInputText"]


class ResponseInputText(BaseModel):
    text: str
    type: Literal["input_text"]
