from __future__ import annotations

from typing import Dict, List, Literal, Optional

from ..._models import BaseModel

__all__ = ["FileSearchTool", "RankingOptions"]


class RankingOptions(BaseModel):
    ranker: Optional[str] = None
    score_threshold: Optional[float] = None


class FileSearchTool(BaseModel):
    type: Literal["file_search"]
    vector_store_ids: List[str]
    # a comparison or compound filter, kept as sent
    filters: Optional[Dict[str, object]] = None
    max_num_results: Optional[int] = None
    ranking_options: Optional[RankingOptions] = None
