from __future__ import annotations

from typing import Iterable, List, Literal, TypedDict

from ._inputs_param import GraderInputParam

__all__ = ["LabelModelGraderParam"]


class LabelModelGraderParam(TypedDict):
    input: Iterable[GraderInputParam]
    labels: List[str]
    model: str
    name: str
    passing_labels: List[str]
    type: Literal["label_model"]
