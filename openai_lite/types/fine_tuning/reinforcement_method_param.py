from __future__ import annotations

from typing import TypedDict, Union

from ..graders.multi_grader_param import MultiGraderParam
from ..graders.python_grader_param import PythonGraderParam
from ..graders.score_model_grader_param import ScoreModelGraderParam
from ..graders.string_check_grader_param import StringCheckGraderParam
from ..graders.text_similarity_grader_param import TextSimilarityGraderParam
from .reinforcement_hyperparameters_param import ReinforcementHyperparametersParam

__all__ = ["ReinforcementMethodParam"]

Grader = Union[StringCheckGraderParam, TextSimilarityGraderParam, PythonGraderParam, ScoreModelGraderParam,
               MultiGraderParam]


class _ReinforcementMethodParamRequired(TypedDict):
    grader: Grader


class ReinforcementMethodParam(_ReinforcementMethodParamRequired, total=False):
    hyperparameters: ReinforcementHyperparametersParam
