"""The Responses content type under the name conversations give it."""
from __future__ import annotations

from ..responses.response_output_refusal_param import ResponseOutputRefusalParam

__all__ = ["RefusalContentParam"]

RefusalContentParam = ResponseOutputRefusalParam
