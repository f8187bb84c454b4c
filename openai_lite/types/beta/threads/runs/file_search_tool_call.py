from __future__ import annotations

from typing import List, Literal, Optional

from ....._models import BaseModel

__all__ = ["FileSearchToolCall"]


class FileSearchRankingOptions(BaseModel):
    ranker: Literal["auto", "default_2024_08_21"]
    score_threshold: float


class FileSearchResultContent(BaseModel):
    type: Optional[Literal["text"]] = None
    text: Optional[str] = None


class FileSearchResult(BaseModel):
    file_id: str
    file_name: str
    score: float
    content: Optional[List[FileSearchResultContent]] = None


class FileSearch(BaseModel):
    ranking_options: Optional[FileSearchRankingOptions] = None
    results: Optional[List[FileSearchResult]] = None


class FileSearchToolCall(BaseModel):
    id: str
    type: Literal["file_search"]
    file_search: FileSearch
