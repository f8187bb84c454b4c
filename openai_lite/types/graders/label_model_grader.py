from __future__ import annotations

from typing import List, Literal

from ..._models import BaseModel
from ._inputs import GraderInput

__all__ = ["LabelModelGrader"]


class LabelModelGrader(BaseModel):
    type: Literal["label_model"]
    name: str
    model: str
    input: List[GraderInput]
    labels: List[str]
    passing_labels: List[str]
