from __future__ import annotations

from typing import List, Literal, Optional

from .._models import BaseModel
from .completion_choice import CompletionChoice
from .completion_usage import CompletionUsage

__all__ = ["Completion"]


class Completion(BaseModel):
    id: str
    choices: List[CompletionChoice]
    created: int
    model: str
    object: Literal["text_completion"]
    system_fingerprint: Optional[str] = None
    usage: Optional[CompletionUsage] = None
