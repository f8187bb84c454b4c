"""Eval run output item types (``openai.types.evals.runs``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..._lazy import lazy_exports

_EXPORTS = {
    "OutputItemListResponse": ".output_item_list_response",
    "OutputItemRetrieveResponse": ".output_item_retrieve_response",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .output_item_list_response import OutputItemListResponse as OutputItemListResponse
    from .output_item_retrieve_response import OutputItemRetrieveResponse as OutputItemRetrieveResponse
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
