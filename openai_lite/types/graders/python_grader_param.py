from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["PythonGraderParam"]


class _PythonGraderParamRequired(TypedDict):
    name: str
    source: str
    type: Literal["python"]


class PythonGraderParam(_PythonGraderParamRequired, total=False):
    image_tag: str
