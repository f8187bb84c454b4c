from __future__ import annotations

from typing import List, Literal

from ..._models import BaseModel
from .response_output_item import ResponseOutputItem
from .response_usage import ResponseUsage

__all__ = ["CompactedResponse"]


class CompactedResponse(BaseModel):
    id: str
    created_at: int
    object: Literal["response.compaction"]
    output: List[ResponseOutputItem]
    usage: ResponseUsage
