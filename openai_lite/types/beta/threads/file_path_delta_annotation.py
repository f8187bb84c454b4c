from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel

__all__ = ["FilePathDeltaAnnotation"]


class FilePath(BaseModel):
    file_id: Optional[str] = None


class FilePathDeltaAnnotation(BaseModel):
    index: int
    type: Literal["file_path"]
    text: Optional[str] = None
    file_path: Optional[FilePath] = None
    start_index: Optional[int] = None
    end_index: Optional[int] = None
