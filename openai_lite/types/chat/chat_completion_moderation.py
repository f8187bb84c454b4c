from __future__ import annotations

from typing import Dict, List, Literal, Optional, Union

from ..._models import BaseModel

__all__ = ["ChatCompletionModeration", "ModerationResults", "ModerationResult", "ModerationError",
           "Input", "Output"]


class ModerationResult(BaseModel):
    categories: Dict[str, bool]
    category_applied_input_types: Dict[str, List[Literal["text", "image"]]]
    category_scores: Dict[str, float]
    flagged: bool
    model: str
    type: Optional[Literal["moderation_result"]] = None


class ModerationResults(BaseModel):
    model: str
    results: List[ModerationResult]
    type: Literal["moderation_results"]


class ModerationError(BaseModel):
    code: str
    message: str
    type: Literal["error"]


# Chosen by the `type` field of each variant.
Input = Union[ModerationResults, ModerationError]
Output = Union[ModerationResults, ModerationError]


class ChatCompletionModeration(BaseModel):
    """Moderation of the request input and of the generated output (moderated completions)."""

    input: Input
    output: Output
