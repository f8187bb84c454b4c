from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseInputImage"]


class ResponseInputImage(BaseModel):
    detail: Literal["low", "high", "auto", "original"]
    type: Literal["input_image"]
    file_id: Optional[str] = None
    image_url: Optional[str] = None
