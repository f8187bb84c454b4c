from __future__ import annotations

from typing import Literal, Union

from ..._models import BaseModel

__all__ = ["CustomToolInputFormat"]


class Text(BaseModel):
    type: Literal["text"]


class Grammar(BaseModel):
    definition: str
    syntax: Literal["lark", "regex"]
    type: Literal["grammar"]


CustomToolInputFormat = Union[Text, Grammar]
