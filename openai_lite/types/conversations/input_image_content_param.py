"""The Responses content type under the name conversations give it."""
from __future__ import annotations

from ..responses.response_input_image_param import ResponseInputImageParam

__all__ = ["InputImageContentParam"]

InputImageContentParam = ResponseInputImageParam
