from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel
from .image_file_delta import ImageFileDelta

__all__ = ["ImageFileDeltaBlock"]


class ImageFileDeltaBlock(BaseModel):
    index: int
    type: Literal["image_file"]
    image_file: Optional[ImageFileDelta] = None
