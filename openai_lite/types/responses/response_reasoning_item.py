from __future__ import annotations

from typing import List, Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseReasoningItem", "Summary", "Content"]


class Summary(BaseModel):
    text: str
    type: Literal["summary_text"]


class Content(BaseModel):
    text: str
    type: Literal["reasoning_text"]


class ResponseReasoningItem(BaseModel):
    id: str
    summary: List[Summary]
    type: Literal["reasoning"]
    content: Optional[List[Content]] = None
    encrypted_content: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
