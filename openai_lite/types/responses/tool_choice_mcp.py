from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ToolChoiceMcp"]


class ToolChoiceMcp(BaseModel):
    server_label: str
    type: Literal["mcp"]
    name: Optional[str] = None
