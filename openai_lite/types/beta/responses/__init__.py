"""Beta Responses API types (``openai.types.beta.responses``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..._lazy import lazy_exports

_EXPORTS = {
    "BetaCompactedResponse": ".beta_compacted_response",
    "BetaResponse": ".beta_response",
    "BetaResponseItem": ".beta_response_item",
    "BetaResponseStreamEvent": ".beta_response_stream_event",
    "InputTokenCountResponse": ".input_token_count_response",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .beta_compacted_response import BetaCompactedResponse as BetaCompactedResponse
    from .beta_response import BetaResponse as BetaResponse
    from .beta_response_item import BetaResponseItem as BetaResponseItem
    from .beta_response_stream_event import BetaResponseStreamEvent as BetaResponseStreamEvent
    from .input_token_count_response import InputTokenCountResponse as InputTokenCountResponse
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
