from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseCompactionItem"]


class ResponseCompactionItem(BaseModel):
    id: str
    encrypted_content: str
    type: Literal["compaction"]
    created_by: Optional[str] = None
