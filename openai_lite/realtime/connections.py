"""The public connection and manager classes of ``realtime.connect``,
``beta.realtime.connect``, ``responses.connect`` and ``beta.responses.connect``."""
from __future__ import annotations

import importlib
from typing import Any, Awaitable

from ._connection import AsyncConnectionBase, AsyncManagerBase, SyncConnectionBase, SyncManagerBase
from ._senders import (BetaResponsesResponseResource, RealtimeConversationResource, RealtimeInputAudioBufferResource,
                       RealtimeOutputAudioBufferResource, RealtimeResponseResource, RealtimeSessionResource,
                       RealtimeTranscriptionSessionResource, ResponsesResponseResource)

__all__ = [
    "RealtimeServerEvent", "RealtimeConnection", "RealtimeConnectionManager", "AsyncRealtimeConnection",
    "AsyncRealtimeConnectionManager", "BetaRealtimeConnection", "BetaRealtimeConnectionManager",
    "AsyncBetaRealtimeConnection", "AsyncBetaRealtimeConnectionManager", "ResponsesConnection",
    "ResponsesConnectionManager", "AsyncResponsesConnection", "AsyncResponsesConnectionManager",
    "BetaResponsesConnection", "BetaResponsesConnectionManager", "AsyncBetaResponsesConnection",
    "AsyncBetaResponsesConnectionManager",
]

# No typed models of the realtime server events exist in openai_lite yet: events are
# GenericModel objects (attribute access over the JSON) unless the module below appears.
RealtimeServerEvent = Any


def _typed_or_generic(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module, __package__), name)
    except (ImportError, AttributeError):
        from .._models import GenericModel

        return GenericModel


def _realtime_events() -> Any:
    return _typed_or_generic("..types.realtime.realtime_server_event", "RealtimeServerEvent")


def _responses_events() -> Any:
    from ..types.responses.response_stream_event import ResponseStreamEvent

    return ResponseStreamEvent


def _beta_responses_events() -> Any:
    from ..types.beta.responses.beta_response_stream_event import BetaResponseStreamEvent

    return BetaResponseStreamEvent


# --------------------------------------------------------------------------- realtime
class RealtimeConnection(SyncConnectionBase[RealtimeServerEvent]):
    """A live Realtime API connection."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.session: RealtimeSessionResource[None] = RealtimeSessionResource(self)
        self.response: RealtimeResponseResource[None] = RealtimeResponseResource(self)
        self.input_audio_buffer: RealtimeInputAudioBufferResource[None] = RealtimeInputAudioBufferResource(self)
        self.conversation: RealtimeConversationResource[None] = RealtimeConversationResource(self)
        self.output_audio_buffer: RealtimeOutputAudioBufferResource[None] = RealtimeOutputAudioBufferResource(self)

    @classmethod
    def _server_event_type(cls) -> Any:
        return _realtime_events()


class AsyncRealtimeConnection(AsyncConnectionBase[RealtimeServerEvent]):
    """A live Realtime API connection (asyncio)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.session: RealtimeSessionResource[Awaitable[None]] = RealtimeSessionResource(self)
        self.response: RealtimeResponseResource[Awaitable[None]] = RealtimeResponseResource(self)
        self.input_audio_buffer: RealtimeInputAudioBufferResource[Awaitable[None]] = \
            RealtimeInputAudioBufferResource(self)
        self.conversation: RealtimeConversationResource[Awaitable[None]] = RealtimeConversationResource(self)
        self.output_audio_buffer: RealtimeOutputAudioBufferResource[Awaitable[None]] = \
            RealtimeOutputAudioBufferResource(self)

    @classmethod
    def _server_event_type(cls) -> Any:
        return _realtime_events()


class RealtimeConnectionManager(SyncManagerBase[RealtimeConnection]):
    """``client.realtime.connect(...)``: ``with`` it to connect."""

    _connection_cls = RealtimeConnection


class AsyncRealtimeConnectionManager(AsyncManagerBase[AsyncRealtimeConnection]):
    """``client.realtime.connect(...)`` on the async client: ``async with`` it to connect."""

    _connection_cls = AsyncRealtimeConnection


class BetaRealtimeConnection(RealtimeConnection):
    """A live connection of the deprecated beta Realtime API (``OpenAI-Beta: realtime=v1``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.transcription_session: RealtimeTranscriptionSessionResource[None] = \
            RealtimeTranscriptionSessionResource(self)


class AsyncBetaRealtimeConnection(AsyncRealtimeConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.transcription_session: RealtimeTranscriptionSessionResource[Awaitable[None]] = \
            RealtimeTranscriptionSessionResource(self)


class BetaRealtimeConnectionManager(SyncManagerBase[BetaRealtimeConnection]):
    _connection_cls = BetaRealtimeConnection


class AsyncBetaRealtimeConnectionManager(AsyncManagerBase[AsyncBetaRealtimeConnection]):
    _connection_cls = AsyncBetaRealtimeConnection


# --------------------------------------------------------------------------- responses
class ResponsesConnection(SyncConnectionBase[Any]):
    """A live Responses API WebSocket connection; events are Responses stream events."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.response: ResponsesResponseResource[None] = ResponsesResponseResource(self)

    @classmethod
    def _server_event_type(cls) -> Any:
        return _responses_events()


class AsyncResponsesConnection(AsyncConnectionBase[Any]):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.response: ResponsesResponseResource[Awaitable[None]] = ResponsesResponseResource(self)

    @classmethod
    def _server_event_type(cls) -> Any:
        return _responses_events()


class ResponsesConnectionManager(SyncManagerBase[ResponsesConnection]):
    """``client.responses.connect(...)``: ``with`` it to connect."""

    _connection_cls = ResponsesConnection


class AsyncResponsesConnectionManager(AsyncManagerBase[AsyncResponsesConnection]):
    _connection_cls = AsyncResponsesConnection


class BetaResponsesConnection(SyncConnectionBase[Any]):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.response: BetaResponsesResponseResource[None] = BetaResponsesResponseResource(self)

    @classmethod
    def _server_event_type(cls) -> Any:
        return _beta_responses_events()


class AsyncBetaResponsesConnection(AsyncConnectionBase[Any]):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.response: BetaResponsesResponseResource[Awaitable[None]] = BetaResponsesResponseResource(self)

    @classmethod
    def _server_event_type(cls) -> Any:
        return _beta_responses_events()


class BetaResponsesConnectionManager(SyncManagerBase[BetaResponsesConnection]):
    _connection_cls = BetaResponsesConnection


class AsyncBetaResponsesConnectionManager(AsyncManagerBase[AsyncBetaResponsesConnection]):
    _connection_cls = AsyncBetaResponsesConnection
