from __future__ import annotations

from typing import Union

from .image_file_content_block import ImageFileContentBlock
from .image_url_content_block import ImageURLContentBlock
from .refusal_content_block import RefusalContentBlock
from .text_content_block import TextContentBlock

__all__ = ["MessageContent"]


MessageContent = Union[ImageFileContentBlock, ImageURLContentBlock, TextContentBlock, RefusalContentBlock]
