from __future__ import annotations

from typing import Union

from .file_citation_annotation import FileCitationAnnotation
from .file_path_annotation import FilePathAnnotation

__all__ = ["Annotation"]

Annotation = Union[FileCitationAnnotation, FilePathAnnotation]
