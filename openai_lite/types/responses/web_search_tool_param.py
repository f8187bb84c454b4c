from __future__ import annotations

from typing import Dict, Literal, TypedDict

__all__ = ["WebSearchToolParam"]


class _Required(TypedDict):
    type: Literal["web_search", "web_search_2025_08_26"]


class WebSearchToolParam(_Required, total=False):
    filters: Dict[str, object]
    search_context_size: Literal["low", "medium", "high"]
    user_location: Dict[str, object]
