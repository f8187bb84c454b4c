from __future__ import annotations

from typing import List, Literal, Union

from ..._models import BaseModel
from .comparison_filter import ComparisonFilter

__all__ = ["CompoundFilter"]


class CompoundFilter(BaseModel):
    filters: List[Union[ComparisonFilter, "CompoundFilter"]]
    type: Literal["and", "or"]
