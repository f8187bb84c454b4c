from __future__ import annotations

from typing import Literal, Union

from ..._models import BaseModel
from .label_model_grader import LabelModelGrader
from .python_grader import PythonGrader
from .score_model_grader import ScoreModelGrader
from .string_check_grader import StringCheckGrader
from .text_similarity_grader import TextSimilarityGrader

__all__ = ["MultiGrader"]

Graders = Union[StringCheckGrader, TextSimilarityGrader, PythonGrader, ScoreModelGrader, LabelModelGrader]


class MultiGrader(BaseModel):
    type: Literal["multi"]
    name: str
    graders: Graders
    calculate_output: str
