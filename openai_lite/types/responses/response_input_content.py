from __future__ import annotations

from typing import Union

from .response_input_file import ResponseInputFile
from .response_input_image import ResponseInputImage
from .response_input_text import ResponseInputText

__all__ = ["ResponseInputContent"]

ResponseInputContent = Union[ResponseInputText, ResponseInputImage, ResponseInputFile]
