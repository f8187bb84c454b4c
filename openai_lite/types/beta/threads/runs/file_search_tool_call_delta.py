from __future__ import annotations

from typing import Any, Dict, Literal, Optional

from ....._models import BaseModel

__all__ = ["FileSearchToolCallDelta"]


class FileSearchToolCallDelta(BaseModel):
    index: int
    id: Optional[str] = None
    type: Literal["file_search"]
    file_search: Dict[str, Any]
