from __future__ import annotations

from typing import Union

from .response_input_file_param import ResponseInputFileParam
from .response_input_image_param import ResponseInputImageParam
from .response_input_text_param import ResponseInputTextParam

__all__ = ["ResponseInputContentParam"]

ResponseInputContentParam = Union[ResponseInputTextParam, ResponseInputImageParam,
                                  ResponseInputFileParam]
