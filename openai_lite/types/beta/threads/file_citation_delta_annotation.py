from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel

__all__ = ["FileCitationDeltaAnnotation"]


class FileCitation(BaseModel):
    file_id: Optional[str] = None
    quote: Optional[str] = None


class FileCitationDeltaAnnotation(BaseModel):
    index: int
    type: Literal["file_citation"]
    text: Optional[str] = None
    file_citation: Optional[FileCitation] = None
    start_index: Optional[int] = None
    end_index: Optional[int] = None
