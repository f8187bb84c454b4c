from __future__ import annotations

from .output_item_retrieve_response import OutputItemRetrieveResponse

__all__ = ["OutputItemListResponse"]


class OutputItemListResponse(OutputItemRetrieveResponse):
    """The same object as ``OutputItemRetrieveResponse``."""
