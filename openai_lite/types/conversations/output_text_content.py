"""The Responses content type under the name conversations give it."""
from __future__ import annotations

from ..responses.response_output_text import ResponseOutputText

__all__ = ["OutputTextContent"]

OutputTextContent = ResponseOutputText
