from __future__ import annotations

from typing import Literal, Optional, TypedDict, Union

from .reasoning_effort import ReasoningEffort

__all__ = ["Reasoning"]


class Reasoning(TypedDict, total=False):
    effort: ReasoningEffort
    generate_summary: Optional[Literal["auto", "concise", "detailed"]]
    summary: Optional[Literal["auto", "concise", "detailed"]]
    context: Optional[Literal["auto", "current_turn", "all_turns"]]
    mode: Union[str, Literal["standard", "pro"]]
