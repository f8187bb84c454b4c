"""The Responses content type under the name conversations give it."""
from __future__ import annotations

from ..responses.response_output_refusal import ResponseOutputRefusal

__all__ = ["RefusalContent"]

RefusalContent = ResponseOutputRefusal
