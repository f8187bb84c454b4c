from __future__ import annotations

from typing import Dict, Literal, Optional, TypedDict

__all__ = ["FunctionToolParam"]


class _Required(TypedDict):
    name: str
    parameters: Optional[Dict[str, object]]
    strict: Optional[bool]
    type: Literal["function"]


class FunctionToolParam(_Required, total=False):
    description: Optional[str]
