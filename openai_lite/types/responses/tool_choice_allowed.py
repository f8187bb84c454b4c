from __future__ import annotations

from typing import Dict, List, Literal

from ..._models import BaseModel

__all__ = ["ToolChoiceAllowed"]


class ToolChoiceAllowed(BaseModel):
    mode: Literal["auto", "required"]
    tools: List[Dict[str, object]]
    type: Literal["allowed_tools"]
