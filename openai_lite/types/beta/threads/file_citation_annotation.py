from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["FileCitationAnnotation"]


class FileCitation(BaseModel):
    file_id: str


class FileCitationAnnotation(BaseModel):
    type: Literal["file_citation"]
    text: str
    file_citation: FileCitation
    start_index: int
    end_index: int
