from __future__ import annotations

from typing import List, Literal, TypedDict

from ..responses.response_includable import ResponseIncludable

__all__ = ["ItemListParams"]


class ItemListParams(TypedDict, total=False):
    after: str
    include: List[ResponseIncludable]
    limit: int
    order: Literal["asc", "desc"]
