from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel

__all__ = ["ImageURLDeltaBlock"]


class ImageUrl(BaseModel):
    url: Optional[str] = None
    detail: Optional[Literal["auto", "low", "high"]] = None


class ImageURLDeltaBlock(BaseModel):
    index: int
    type: Literal["image_url"]
    image_url: Optional[ImageUrl] = None
