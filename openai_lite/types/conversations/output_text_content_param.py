"""The Responses content type under the name conversations give it."""
from __future__ import annotations

from ..responses.response_output_text_param import ResponseOutputTextParam

__all__ = ["OutputTextContentParam"]

OutputTextContentParam = ResponseOutputTextParam
