from __future__ import annotations

from typing import Literal, TypedDict, Union

from .label_model_grader_param import LabelModelGraderParam
from .python_grader_param import PythonGraderParam
from .score_model_grader_param import ScoreModelGraderParam
from .string_check_grader_param import StringCheckGraderParam
from .text_similarity_grader_param import TextSimilarityGraderParam

__all__ = ["MultiGraderParam"]

Graders = Union[StringCheckGraderParam, TextSimilarityGraderParam, PythonGraderParam, ScoreModelGraderParam,
                LabelModelGraderParam]


class MultiGraderParam(TypedDict):
    calculate_output: str
    graders: Graders
    name: str
    type: Literal["multi"]
