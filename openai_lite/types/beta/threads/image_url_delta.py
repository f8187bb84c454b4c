from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel

__all__ = ["ImageURLDelta"]


class ImageURLDelta(BaseModel):
    url: Optional[str] = None
    detail: Optional[Literal["auto", "low", "high"]] = None
