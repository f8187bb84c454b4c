from __future__ import annotations

from typing import Dict, List, Literal, TypedDict

__all__ = ["FileSearchToolParam"]


class _Required(TypedDict):
    type: Literal["file_search"]
    vector_store_ids: List[str]


class FileSearchToolParam(_Required, total=False):
    filters: Dict[str, object]
    max_num_results: int
    ranking_options: Dict[str, object]
