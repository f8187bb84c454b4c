from __future__ import annotations

from typing import Literal, TypedDict, Union

__all__ = ["CustomToolInputFormat"]


class Text(TypedDict):
    type: Literal["text"]


class Grammar(TypedDict):
    definition: str
    syntax: Literal["lark", "regex"]
    type: Literal["grammar"]


CustomToolInputFormat = Union[Text, Grammar]
