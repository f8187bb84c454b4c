from __future__ import annotations

from typing import Iterable, List, TypedDict

from ..responses.response_includable import ResponseIncludable
from ..responses.response_input_item_param import ResponseInputItemParam

__all__ = ["ItemCreateParams"]


class _Required(TypedDict):
    items: Iterable[ResponseInputItemParam]


class ItemCreateParams(_Required, total=False):
    include: List[ResponseIncludable]
