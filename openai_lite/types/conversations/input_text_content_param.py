"""The Responses content type under the name conversations give it."""
from __future__ import annotations

from ..responses.response_input_text_param import ResponseInputTextParam

__all__ = ["InputTextContentParam"]

InputTextContentParam = ResponseInputTextParam
