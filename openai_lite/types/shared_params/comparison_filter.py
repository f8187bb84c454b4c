from __future__ import annotations

from typing import List, Literal, TypedDict, Union

__all__ = ["ComparisonFilter"]


class ComparisonFilter(TypedDict):
    key: str
    type: Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]
    value: Union[str, float, bool, List[Union[str, float]]]
