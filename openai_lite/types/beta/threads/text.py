from __future__ import annotations

from typing import List

from ...._models import BaseModel
from .annotation import Annotation

__all__ = ["Text"]


class Text(BaseModel):
    value: str
    annotations: List[Annotation]
