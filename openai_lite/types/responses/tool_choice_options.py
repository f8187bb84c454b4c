from __future__ import annotations

from typing import Literal

__all__ = ["ToolChoiceOptions"]

ToolChoiceOptions = Literal["none", "auto", "required"]
