from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["StringCheckGraderParam"]


class StringCheckGraderParam(TypedDict):
    input: str
    name: str
    operation: Literal["eq", "ne", "like", "ilike"]
    reference: str
    type: Literal["string_check"]
