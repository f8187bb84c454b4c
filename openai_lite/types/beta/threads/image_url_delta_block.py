from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel
from .image_url_delta import ImageURLDelta

__all__ = ["ImageURLDeltaBlock"]


class ImageURLDeltaBlock(BaseModel):
    index: int
    type: Literal["image_url"]
    image_url: Optional[ImageURLDelta] = None
