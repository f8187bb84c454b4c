"""The Responses content type under the name conversations give it."""
from __future__ import annotations

from ..responses.response_input_file_param import ResponseInputFileParam

__all__ = ["InputFileContentParam"]

InputFileContentParam = ResponseInputFileParam
