from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel

__all__ = ["ImageFile"]


class ImageFile(BaseModel):
    file_id: str
    detail: Optional[Literal["auto", "low", "high"]] = None
