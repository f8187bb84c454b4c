"""Realtime and Responses over WebSocket: ``client.realtime.connect(...)``,
``client.responses.connect(...)`` and their beta variants (webhooks_realtime.md §2-§3).

The RFC 6455 codec is ``openai_lite.core.websocket`` (no I/O); the blocking transport is
a plain or TLS socket, the async one asyncio streams.  Nothing here is imported by
``import openai_lite``; ``asyncio`` and ``ssl`` load only when a connection is opened.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..core.websocket import ConnectionClosed, ConnectionClosedError, ConnectionClosedOK, InvalidHandshake, \
        InvalidStatus, ProtocolError, WebSocketError
    from ._senders import (RealtimeConversationItemResource, RealtimeConversationResource,
                           RealtimeInputAudioBufferResource, RealtimeOutputAudioBufferResource,
                           RealtimeResponseResource, RealtimeSessionResource,
                           RealtimeTranscriptionSessionResource, ResponsesResponseResource)
    from ._shared import (AsyncOnReconnecting, OnReconnecting, ReconnectingEvent, ReconnectingOverrides,
                          WebSocketConnectionOptions, is_recoverable_close)
    from ._sync_ws import ProxyError
    from .connections import (AsyncBetaRealtimeConnection, AsyncBetaRealtimeConnectionManager,
                              AsyncBetaResponsesConnection, AsyncBetaResponsesConnectionManager,
                              AsyncRealtimeConnection, AsyncRealtimeConnectionManager, AsyncResponsesConnection,
                              AsyncResponsesConnectionManager, BetaRealtimeConnection,
                              BetaRealtimeConnectionManager, BetaResponsesConnection,
                              BetaResponsesConnectionManager, RealtimeConnection, RealtimeConnectionManager,
                              ResponsesConnection, ResponsesConnectionManager)

_EXPORTS = {
    "._shared": ("ReconnectingEvent", "ReconnectingOverrides", "WebSocketConnectionOptions", "is_recoverable_close",
                 "OnReconnecting", "AsyncOnReconnecting"),
    "._sync_ws": ("ProxyError",),
    "._senders": ("RealtimeConversationItemResource", "RealtimeConversationResource",
                  "RealtimeInputAudioBufferResource", "RealtimeOutputAudioBufferResource",
                  "RealtimeResponseResource", "RealtimeSessionResource", "RealtimeTranscriptionSessionResource",
                  "ResponsesResponseResource"),
    "..core.websocket": ("WebSocketError", "InvalidHandshake", "InvalidStatus", "ProtocolError",
                         "ConnectionClosed", "ConnectionClosedOK", "ConnectionClosedError"),
    ".connections": ("RealtimeConnection", "RealtimeConnectionManager", "AsyncRealtimeConnection",
                     "AsyncRealtimeConnectionManager", "BetaRealtimeConnection", "BetaRealtimeConnectionManager",
                     "AsyncBetaRealtimeConnection", "AsyncBetaRealtimeConnectionManager", "ResponsesConnection",
                     "ResponsesConnectionManager", "AsyncResponsesConnection", "AsyncResponsesConnectionManager",
                     "BetaResponsesConnection", "BetaResponsesConnectionManager", "AsyncBetaResponsesConnection",
                     "AsyncBetaResponsesConnectionManager"),
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = [
    "AsyncBetaRealtimeConnection", "AsyncBetaRealtimeConnectionManager", "AsyncBetaResponsesConnection",
    "AsyncBetaResponsesConnectionManager", "AsyncOnReconnecting", "AsyncRealtimeConnection",
    "AsyncRealtimeConnectionManager", "AsyncResponsesConnection", "AsyncResponsesConnectionManager",
    "BetaRealtimeConnection", "BetaRealtimeConnectionManager", "BetaResponsesConnection",
    "BetaResponsesConnectionManager", "ConnectionClosed", "ConnectionClosedError", "ConnectionClosedOK",
    "InvalidHandshake", "InvalidStatus", "OnReconnecting", "ProtocolError", "ProxyError", "RealtimeConnection",
    "RealtimeConnectionManager", "RealtimeConversationItemResource", "RealtimeConversationResource",
    "RealtimeInputAudioBufferResource", "RealtimeOutputAudioBufferResource", "RealtimeResponseResource",
    "RealtimeSessionResource", "RealtimeTranscriptionSessionResource", "ReconnectingEvent",
    "ReconnectingOverrides", "ResponsesConnection", "ResponsesConnectionManager", "ResponsesResponseResource",
    "WebSocketConnectionOptions", "WebSocketError", "is_recoverable_close",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> "list[str]":
    return sorted(set(globals()) | set(_WHERE))
