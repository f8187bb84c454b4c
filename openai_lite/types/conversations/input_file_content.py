"""The Responses content type under the name conversations give it."""
from __future__ import annotations

from ..responses.response_input_file import ResponseInputFile

__all__ = ["InputFileContent"]

InputFileContent = ResponseInputFile
