from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["FileSearchTool"]


class FileSearchRankingOptions(BaseModel):
    ranker: Optional[Literal["auto", "default_2024_08_21"]] = None
    score_threshold: float


class FileSearch(BaseModel):
    max_num_results: Optional[int] = None
    ranking_options: Optional[FileSearchRankingOptions] = None


class FileSearchTool(BaseModel):
    type: Literal["file_search"]
    file_search: Optional[FileSearch] = None
