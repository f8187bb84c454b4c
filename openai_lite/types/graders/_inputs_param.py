"""The messages a model grader is given, as request dicts (score and label model graders)."""
from __future__ import annotations

from typing import Iterable, Literal, TypedDict, Union

GraderInputContentParam = Union[str, Iterable[object], object]


class _GraderInputParamRequired(TypedDict):
    content: GraderInputContentParam
    role: Literal["user", "assistant", "system", "developer"]


class GraderInputParam(_GraderInputParamRequired, total=False):
    type: Literal["message"]
