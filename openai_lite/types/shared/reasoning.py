from __future__ import annotations

from typing import Literal, Optional, Union

from ..._models import BaseModel
from .reasoning_effort import ReasoningEffort

__all__ = ["Reasoning"]


class Reasoning(BaseModel):
    effort: Optional[ReasoningEffort] = None
    generate_summary: Optional[Literal["auto", "concise", "detailed"]] = None
    summary: Optional[Literal["auto", "concise", "detailed"]] = None
    context: Optional[Literal["auto", "current_turn", "all_turns"]] = None
    mode: Optional[Union[str, Literal["standard", "pro"]]] = None
