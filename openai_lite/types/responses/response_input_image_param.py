from __future__ import annotations

from typing import Literal, Optional, TypedDict

__all__ = ["ResponseInputImageParam"]


class _Required(TypedDict):
    detail: Literal["low", "high", "auto", "original"]
    type: Literal["input_image"]


class ResponseInputImageParam(_Required, total=False):
    file_id: Optional[str]
    image_url: Optional[str]
