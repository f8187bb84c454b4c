from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel

__all__ = ["ImageURLContentBlock"]


class ImageUrl(BaseModel):
    url: str
    detail: Optional[Literal["auto", "low", "high"]] = None


class ImageURLContentBlock(BaseModel):
    type: Literal["image_url"]
    image_url: ImageUrl
