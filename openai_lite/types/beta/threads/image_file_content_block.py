from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel

__all__ = ["ImageFileContentBlock"]


class ImageFile(BaseModel):
    file_id: str
    detail: Optional[Literal["auto", "low", "high"]] = None


class ImageFileContentBlock(BaseModel):
    type: Literal["image_file"]
    image_file: ImageFile
