from __future__ import annotations

from typing import Iterable, Literal, TypedDict, Union

from .comparison_filter import ComparisonFilter

__all__ = ["CompoundFilter"]


class CompoundFilter(TypedDict):
    filters: Iterable[Union[ComparisonFilter, object]]
    type: Literal["and", "or"]
