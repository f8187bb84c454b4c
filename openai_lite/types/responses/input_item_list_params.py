from __future__ import annotations

from typing import List, Literal, TypedDict

from .response_includable import ResponseIncludable

__all__ = ["InputItemListParams"]


class InputItemListParams(TypedDict, total=False):
    after: str
    include: List[ResponseIncludable]
    limit: int
    order: Literal["asc", "desc"]
