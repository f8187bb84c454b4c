from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel

__all__ = ["RefusalDeltaBlock"]


class RefusalDeltaBlock(BaseModel):
    index: int
    type: Literal["refusal"]
    refusal: Optional[str] = None
