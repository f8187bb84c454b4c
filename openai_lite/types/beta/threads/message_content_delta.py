from __future__ import annotations

from typing import Union

from .image_file_delta_block import ImageFileDeltaBlock
from .image_url_delta_block import ImageURLDeltaBlock
from .refusal_delta_block import RefusalDeltaBlock
from .text_delta_block import TextDeltaBlock

__all__ = ["MessageContentDelta"]


MessageContentDelta = Union[ImageFileDeltaBlock, TextDeltaBlock, RefusalDeltaBlock, ImageURLDeltaBlock]
