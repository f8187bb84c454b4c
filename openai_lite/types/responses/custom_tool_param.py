from __future__ import annotations

from typing import Dict, Literal, TypedDict

__all__ = ["CustomToolParam"]


class _Required(TypedDict):
    name: str
    type: Literal["custom"]


class CustomToolParam(_Required, total=False):
    description: str
    format: Dict[str, object]
