from __future__ import annotations

from typing import List, TypedDict

from ..responses.response_includable import ResponseIncludable

__all__ = ["ItemRetrieveParams"]


class _Required(TypedDict):
    conversation_id: str


class ItemRetrieveParams(_Required, total=False):
    include: List[ResponseIncludable]
