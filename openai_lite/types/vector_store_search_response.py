from __future__ import annotations

from typing import Dict, List, Literal, Optional, Union

from .._models import BaseModel

__all__ = ["VectorStoreSearchResponse", "Content"]


class Content(BaseModel):
    text: str
    type: Literal["text"]


class VectorStoreSearchResponse(BaseModel):
    attributes: Optional[Dict[str, Union[str, float, bool]]]
    content: List[Content]
    file_id: str
    filename: str
    score: float
