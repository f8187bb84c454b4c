from __future__ import annotations

from typing import Any, Dict, Literal, Optional

from ..._models import BaseModel

__all__ = ["FunctionTool"]


class Function(BaseModel):
    description: Optional[str] = None
    name: str
    parameters: Optional[Dict[str, Any]] = None
    strict: Optional[bool] = None


class FunctionTool(BaseModel):
    type: Literal["function"]
    function: Function
