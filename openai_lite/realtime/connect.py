"""``connect`` on the resources: ``client.realtime.connect``, ``client.beta.realtime.connect``,
``client.responses.connect``, ``client.beta.responses.connect``.

Each is a callable object (declared on the resource as ``connect: RealtimeConnect =
subresource(...)``) rather than a method: the async client's ``connect(...)`` returns its
manager directly — ``async with client.realtime.connect(...) as connection`` — and the
generated async twin of the resource takes its type from the ``Async...`` class here
instead of turning the method into a coroutine.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .._types import NotGiven, Omit, omit
from ._connection import ConnectionSettings
from ._shared import AsyncOnReconnecting, Headers, OnReconnecting, Query, WebSocketConnectionOptions

if TYPE_CHECKING:
    from .connections import (AsyncBetaRealtimeConnectionManager, AsyncBetaResponsesConnectionManager,
                              AsyncRealtimeConnectionManager, AsyncResponsesConnectionManager,
                              BetaRealtimeConnectionManager, BetaResponsesConnectionManager,
                              RealtimeConnectionManager, ResponsesConnectionManager)

__all__ = ["RealtimeConnect", "AsyncRealtimeConnect", "BetaRealtimeConnect", "AsyncBetaRealtimeConnect",
           "ResponsesConnect", "AsyncResponsesConnect", "BetaResponsesConnect", "AsyncBetaResponsesConnect"]

_Options = Union[WebSocketConnectionOptions, Mapping[str, Any]]


class _Bound:
    def __init__(self, client: Any, mode: str = "plain") -> None:
        self._client = client

    @property
    def _is_async(self) -> bool:
        return bool(getattr(self._client, "_is_async", False))

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class RealtimeConnect(_Bound):
    def __call__(
        self,
        *,
        call_id: Union[str, Omit, NotGiven] = omit,
        model: Union[str, Omit, NotGiven] = omit,
        extra_query: Query = {},
        extra_headers: Headers = {},
        websocket_connection_options: _Options = {},
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> "RealtimeConnectionManager":
        """Open a Realtime API WebSocket when the returned manager is entered.

        The api-key callable (and Azure token provider) runs right before each connection
        attempt.  With ``on_reconnecting``, a connection lost with a recoverable close code
        is reopened (``max_retries`` attempts, exponential backoff from ``initial_delay``
        to ``max_delay``); the callback may abort or change ``extra_query``/``extra_headers``.
        """
        from . import connections

        settings = ConnectionSettings(
            client=self._client, endpoint="/realtime", model=model, call_id=call_id, refresh_credentials=True,
            extra_query=extra_query, extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options, on_reconnecting=on_reconnecting,
            max_retries=max_retries, initial_delay=initial_delay, max_delay=max_delay)
        cls: Any = connections.AsyncRealtimeConnectionManager if self._is_async else \
            connections.RealtimeConnectionManager
        manager: RealtimeConnectionManager = cls(settings, max_queue_size=max_queue_size)
        return manager


class BetaRealtimeConnect(_Bound):
    def __call__(
        self,
        *,
        model: str,
        extra_query: Query = {},
        extra_headers: Headers = {},
        websocket_connection_options: _Options = {},
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> "BetaRealtimeConnectionManager":
        """The deprecated beta Realtime API: as ``realtime.connect`` with the header
        ``OpenAI-Beta: realtime=v1``, a required ``model`` and always ``wss://``."""
        from . import connections

        settings = ConnectionSettings(
            client=self._client, endpoint="/realtime", model=model, beta_header="realtime=v1", force_wss=True,
            extra_query=extra_query, extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options, on_reconnecting=on_reconnecting,
            max_retries=max_retries, initial_delay=initial_delay, max_delay=max_delay)
        cls: Any = connections.AsyncBetaRealtimeConnectionManager if self._is_async else \
            connections.BetaRealtimeConnectionManager
        manager: BetaRealtimeConnectionManager = cls(settings, max_queue_size=max_queue_size)
        return manager


class ResponsesConnect(_Bound):
    def __call__(
        self,
        *,
        extra_query: Query = {},
        extra_headers: Headers = {},
        websocket_connection_options: _Options = {},
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> "ResponsesConnectionManager":
        """Open a Responses API WebSocket (``<base>/responses``) when the returned manager
        is entered; ``connection.response.create(...)`` starts a response."""
        from . import connections

        settings = ConnectionSettings(
            client=self._client, endpoint="/responses", extra_query=extra_query, extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options, on_reconnecting=on_reconnecting,
            max_retries=max_retries, initial_delay=initial_delay, max_delay=max_delay)
        cls: Any = connections.AsyncResponsesConnectionManager if self._is_async else \
            connections.ResponsesConnectionManager
        manager: ResponsesConnectionManager = cls(settings, max_queue_size=max_queue_size)
        return manager


class BetaResponsesConnect(_Bound):
    def __call__(
        self,
        *,
        extra_query: Query = {},
        extra_headers: Headers = {},
        websocket_connection_options: _Options = {},
        on_reconnecting: Optional[OnReconnecting] = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_queue_size: int = 1_048_576,
    ) -> "BetaResponsesConnectionManager":
        """``responses.connect`` for the beta Responses API (adds ``response.inject``)."""
        from . import connections

        settings = ConnectionSettings(
            client=self._client, endpoint="/responses", extra_query=extra_query, extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options, on_reconnecting=on_reconnecting,
            max_retries=max_retries, initial_delay=initial_delay, max_delay=max_delay)
        cls: Any = connections.AsyncBetaResponsesConnectionManager if self._is_async else \
            connections.BetaResponsesConnectionManager
        manager: BetaResponsesConnectionManager = cls(settings, max_queue_size=max_queue_size)
        return manager


if TYPE_CHECKING:
    class AsyncRealtimeConnect:
        def __call__(
            self,
            *,
            call_id: Union[str, Omit, NotGiven] = omit,
            model: Union[str, Omit, NotGiven] = omit,
            extra_query: Query = {},
            extra_headers: Headers = {},
            websocket_connection_options: _Options = {},
            on_reconnecting: Optional[AsyncOnReconnecting] = None,
            max_retries: int = 5,
            initial_delay: float = 0.5,
            max_delay: float = 8.0,
            max_queue_size: int = 1_048_576,
        ) -> AsyncRealtimeConnectionManager: ...

    class AsyncBetaRealtimeConnect:
        def __call__(
            self,
            *,
            model: str,
            extra_query: Query = {},
            extra_headers: Headers = {},
            websocket_connection_options: _Options = {},
            on_reconnecting: Optional[AsyncOnReconnecting] = None,
            max_retries: int = 5,
            initial_delay: float = 0.5,
            max_delay: float = 8.0,
            max_queue_size: int = 1_048_576,
        ) -> AsyncBetaRealtimeConnectionManager: ...

    class AsyncResponsesConnect:
        def __call__(
            self,
            *,
            extra_query: Query = {},
            extra_headers: Headers = {},
            websocket_connection_options: _Options = {},
            on_reconnecting: Optional[AsyncOnReconnecting] = None,
            max_retries: int = 5,
            initial_delay: float = 0.5,
            max_delay: float = 8.0,
            max_queue_size: int = 1_048_576,
        ) -> AsyncResponsesConnectionManager: ...

    class AsyncBetaResponsesConnect:
        def __call__(
            self,
            *,
            extra_query: Query = {},
            extra_headers: Headers = {},
            websocket_connection_options: _Options = {},
            on_reconnecting: Optional[AsyncOnReconnecting] = None,
            max_retries: int = 5,
            initial_delay: float = 0.5,
            max_delay: float = 8.0,
            max_queue_size: int = 1_048_576,
        ) -> AsyncBetaResponsesConnectionManager: ...
else:
    AsyncRealtimeConnect = RealtimeConnect
    AsyncBetaRealtimeConnect = BetaRealtimeConnect
    AsyncResponsesConnect = ResponsesConnect
    AsyncBetaResponsesConnect = BetaResponsesConnect
