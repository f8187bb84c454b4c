from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ComputerScreenshotContent"]


class ComputerScreenshotContent(BaseModel):
    file_id: Optional[str]
    image_url: Optional[str]
    type: Literal["computer_screenshot"]
    detail: Optional[Literal["low", "high", "auto", "original"]] = None
