from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseComputerToolCallOutputScreenshot"]


class ResponseComputerToolCallOutputScreenshot(BaseModel):
    type: Literal["computer_screenshot"]
    file_id: Optional[str] = None
    image_url: Optional[str] = None
