from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel

__all__ = ["ImageFileDeltaBlock"]


class ImageFile(BaseModel):
    file_id: Optional[str] = None
    detail: Optional[Literal["auto", "low", "high"]] = None


class ImageFileDeltaBlock(BaseModel):
    index: int
    type: Literal["image_file"]
    image_file: Optional[ImageFile] = None
