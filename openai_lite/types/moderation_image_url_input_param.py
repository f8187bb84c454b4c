from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["ModerationImageURLInputParam", "ImageURL"]


class ImageURL(TypedDict):
    url: str  # an https URL or a base64 data URL


class ModerationImageURLInputParam(TypedDict):
    image_url: ImageURL
    type: Literal["image_url"]
