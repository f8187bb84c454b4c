"""The Responses content type under the name conversations give it."""
from __future__ import annotations

from ..responses.response_input_image import ResponseInputImage

__all__ = ["InputImageContent"]

InputImageContent = ResponseInputImage
