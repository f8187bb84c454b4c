from __future__ import annotations

from typing import Union

from .image_file_content_block_param import ImageFileContentBlockParam
from .image_url_content_block_param import ImageURLContentBlockParam
from .text_content_block_param import TextContentBlockParam

__all__ = ["MessageContentPartParam"]

MessageContentPartParam = Union[ImageFileContentBlockParam, ImageURLContentBlockParam, TextContentBlockParam]
