from __future__ import annotations

from typing import Union

from .file_citation_delta_annotation import FileCitationDeltaAnnotation
from .file_path_delta_annotation import FilePathDeltaAnnotation

__all__ = ["AnnotationDelta"]

AnnotationDelta = Union[FileCitationDeltaAnnotation, FilePathDeltaAnnotation]
