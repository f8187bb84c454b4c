from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseFormatTextGrammar"]


class ResponseFormatTextGrammar(BaseModel):
    type: Literal["grammar"]
    grammar: str
