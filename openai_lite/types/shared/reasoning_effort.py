from __future__ import annotations

from typing import Literal, Optional

__all__ = ["ReasoningEffort"]

ReasoningEffort = Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]]
