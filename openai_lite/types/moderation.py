from __future__ import annotations

from dataclasses import field
from typing import Dict, List, Literal, Optional

from .._models import BaseModel

__all__ = ["Moderation", "Categories", "CategoryAppliedInputTypes", "CategoryScores"]

# The API's category names contain "/" and "-"; the Python names use "_" and map back
# through the alias.


def _api(name: str) -> Dict[str, str]:
    return {"alias": name}


class Categories(BaseModel):
    harassment: bool
    harassment_threatening: bool = field(metadata=_api("harassment/threatening"))
    hate: bool
    hate_threatening: bool = field(metadata=_api("hate/threatening"))
    illicit: Optional[bool] = None
    illicit_violent: Optional[bool] = field(default=None, metadata=_api("illicit/violent"))
    self_harm: bool = field(metadata=_api("self-harm"))
    self_harm_instructions: bool = field(metadata=_api("self-harm/instructions"))
    self_harm_intent: bool = field(metadata=_api("self-harm/intent"))
    sexual: bool
    sexual_minors: bool = field(metadata=_api("sexual/minors"))
    violence: bool
    violence_graphic: bool = field(metadata=_api("violence/graphic"))


class CategoryAppliedInputTypes(BaseModel):
    harassment: List[Literal["text"]]
    harassment_threatening: List[Literal["text"]] = field(
        metadata=_api("harassment/threatening"))
    hate: List[Literal["text"]]
    hate_threatening: List[Literal["text"]] = field(metadata=_api("hate/threatening"))
    illicit: List[Literal["text"]]
    illicit_violent: List[Literal["text"]] = field(metadata=_api("illicit/violent"))
    self_harm: List[Literal["text", "image"]] = field(metadata=_api("self-harm"))
    self_harm_instructions: List[Literal["text", "image"]] = field(
        metadata=_api("self-harm/instructions"))
    self_harm_intent: List[Literal["text", "image"]] = field(metadata=_api("self-harm/intent"))
    sexual: List[Literal["text", "image"]]
    sexual_minors: List[Literal["text"]] = field(metadata=_api("sexual/minors"))
    violence: List[Literal["text", "image"]]
    violence_graphic: List[Literal["text", "image"]] = field(metadata=_api("violence/graphic"))


class CategoryScores(BaseModel):
    harassment: float
    harassment_threatening: float = field(metadata=_api("harassment/threatening"))
    hate: float
    hate_threatening: float = field(metadata=_api("hate/threatening"))
    illicit: float
    illicit_violent: float = field(metadata=_api("illicit/violent"))
    self_harm: float = field(metadata=_api("self-harm"))
    self_harm_instructions: float = field(metadata=_api("self-harm/instructions"))
    self_harm_intent: float = field(metadata=_api("self-harm/intent"))
    sexual: float
    sexual_minors: float = field(metadata=_api("sexual/minors"))
    violence: float
    violence_graphic: float = field(metadata=_api("violence/graphic"))


class Moderation(BaseModel):
    categories: Categories
    category_applied_input_types: CategoryAppliedInputTypes
    category_scores: CategoryScores
    flagged: bool
