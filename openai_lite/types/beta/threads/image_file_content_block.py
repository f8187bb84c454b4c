from __future__ import annotations

from typing import Literal

from ...._models import BaseModel
from .image_file import ImageFile

__all__ = ["ImageFileContentBlock"]


class ImageFileContentBlock(BaseModel):
    type: Literal["image_file"]
    image_file: ImageFile
