from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseImageGenCallPartialImageEvent"]


class ResponseImageGenCallPartialImageEvent(BaseModel):
    output_index: int
    item_id: str
    sequence_number: int
    partial_image_index: int
    partial_image_b64: str
    size: Optional[str] = None
    quality: Optional[str] = None
    background: Optional[str] = None
    output_format: Optional[str] = None
    type: Literal["response.image_generation_call.partial_image"]
