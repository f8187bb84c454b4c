from __future__ import annotations

from typing import List, Literal, Optional, Union

from ...._models import BaseModel
from .file_citation_delta_annotation import FileCitationDeltaAnnotation
from .file_path_delta_annotation import FilePathDeltaAnnotation

__all__ = ["TextDeltaBlock"]


class Text(BaseModel):
    value: Optional[str] = None
    annotations: Optional[List[Union[FileCitationDeltaAnnotation, FilePathDeltaAnnotation]]] = None


class TextDeltaBlock(BaseModel):
    index: int
    type: Literal["text"]
    text: Optional[Text] = None
