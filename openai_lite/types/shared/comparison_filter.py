from __future__ import annotations

from typing import List, Literal, Union

from ..._models import BaseModel

__all__ = ["ComparisonFilter"]


class ComparisonFilter(BaseModel):
    key: str
    type: Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]
    value: Union[str, float, bool, List[Union[str, float]]]
