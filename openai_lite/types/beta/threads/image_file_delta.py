from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel

__all__ = ["ImageFileDelta"]


class ImageFileDelta(BaseModel):
    file_id: Optional[str] = None
    detail: Optional[Literal["auto", "low", "high"]] = None
