from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ToolChoiceCustom"]


class ToolChoiceCustom(BaseModel):
    name: str
    type: Literal["custom"]
