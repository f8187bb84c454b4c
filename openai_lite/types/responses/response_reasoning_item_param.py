from __future__ import annotations

from typing import Iterable, Literal, Optional, TypedDict

__all__ = ["ResponseReasoningItemParam", "Summary", "Content"]


class Summary(TypedDict):
    text: str
    type: Literal["summary_text"]


class Content(TypedDict):
    text: str
    type: Literal["reasoning_text"]


class _Required(TypedDict):
    id: str
    summary: Iterable[Summary]
    type: Literal["reasoning"]


class ResponseReasoningItemParam(_Required, total=False):
    content: Iterable[Content]
    encrypted_content: Optional[str]
    status: Literal["in_progress", "completed", "incomplete"]
