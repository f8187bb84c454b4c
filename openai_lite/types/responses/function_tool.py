from __future__ import annotations

from typing import Dict, Literal, Optional

from ..._models import BaseModel

__all__ = ["FunctionTool"]


class FunctionTool(BaseModel):
    name: str
    parameters: Optional[Dict[str, object]]
    strict: Optional[bool]
    type: Literal["function"]
    description: Optional[str] = None
