from __future__ import annotations

from typing import Dict, Literal, Optional

from ..._models import BaseModel

__all__ = ["CustomTool"]


class CustomTool(BaseModel):
    name: str
    type: Literal["custom"]
    description: Optional[str] = None
    # {"type": "text"} or {"type": "grammar", "definition": ..., "syntax": ...}
    format: Optional[Dict[str, object]] = None
