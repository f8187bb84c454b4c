"""Beta realtime session types (``openai.types.beta.realtime``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..._lazy import lazy_exports

_EXPORTS = {
    "SessionCreateResponse": ".session_create_response",
    "TranscriptionSession": ".transcription_session",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .session_create_response import SessionCreateResponse as SessionCreateResponse
    from .transcription_session import TranscriptionSession as TranscriptionSession
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
