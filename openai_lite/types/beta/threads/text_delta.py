from __future__ import annotations

from typing import List, Optional

from ...._models import BaseModel
from .annotation_delta import AnnotationDelta

__all__ = ["TextDelta"]


class TextDelta(BaseModel):
    value: Optional[str] = None
    annotations: Optional[List[AnnotationDelta]] = None
