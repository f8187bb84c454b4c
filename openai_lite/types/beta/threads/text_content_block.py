from __future__ import annotations

from typing import List, Literal, Union

from ...._models import BaseModel
from .file_citation_annotation import FileCitationAnnotation
from .file_path_annotation import FilePathAnnotation

__all__ = ["TextContentBlock"]


class Text(BaseModel):
    value: str
    annotations: List[Union[FileCitationAnnotation, FilePathAnnotation]]


class TextContentBlock(BaseModel):
    type: Literal["text"]
    text: Text
