"""Connections and connection managers, generic over the kind of endpoint.

``RealtimeConnection`` and ``ResponsesConnection`` (and their async twins) only add their
event senders and the server-event type to these bases.  The async classes mirror the
sync ones line by line; the decisions (URL, headers, serialisation, queue, handlers,
backoff) live in ``_shared`` and are the same for both.
"""
from __future__ import annotations

import json
import random
import threading
from types import TracebackType
from typing import (TYPE_CHECKING, Any, AsyncIterator, Callable, Generic, Iterator, Mapping, Optional, Type,
                    TypeVar, Union, overload)

from .. import _exceptions as exc
from .._types import NotGiven, Omit
from ..core import websocket as ws
from ._shared import (DEBUG, INFO, WARNING, AsyncOnReconnecting, ConnectPlan, EventHandlerRegistry, Headers, Query,
                      ReconnectingEvent, SendQueue, WSOptions, add_handler, is_recoverable_close, log, parse_options,
                      reconnect_delay, serialize_event)

if TYPE_CHECKING:
    from ._async_ws import AsyncWebSocket
    from ._sync_ws import SyncWebSocket

__all__ = ["ConnectionSettings", "SyncConnectionBase", "SyncManagerBase", "AsyncConnectionBase",
           "AsyncManagerBase"]

EventT = TypeVar("EventT")
ConnT = TypeVar("ConnT", bound="SyncConnectionBase[Any]")
AConnT = TypeVar("AConnT", bound="AsyncConnectionBase[Any]")
Handler = Callable[..., Any]


class ConnectionSettings:
    """Everything ``connect(...)`` was called with, and how to build the plan."""

    def __init__(self, *, client: Any, endpoint: str, model: Union[str, NotGiven, Omit, None] = None,
                 call_id: Union[str, NotGiven, Omit, None] = None, refresh_credentials: bool = False,
                 beta_header: Optional[str] = None, force_wss: bool = False,
                 extra_query: Optional[Query] = None, extra_headers: Optional[Headers] = None,
                 websocket_connection_options: Optional[Mapping[str, Any]] = None,
                 on_reconnecting: Optional[AsyncOnReconnecting] = None, max_retries: int = 5,
                 initial_delay: float = 0.5, max_delay: float = 8.0) -> None:
        self.client = client
        self.endpoint = endpoint
        self.model = model
        self.call_id = call_id
        self.refresh_credentials = refresh_credentials
        self.beta_header = beta_header
        self.force_wss = force_wss
        self.extra_query: Query = dict(extra_query or {})
        self.extra_headers: Headers = dict(extra_headers or {})
        self.options: WSOptions = parse_options(websocket_connection_options)
        self.on_reconnecting = on_reconnecting
        self.max_retries = max_retries
        self.initial_delay = initial_delay
        self.max_delay = max_delay

    def plan(self) -> ConnectPlan:
        return ConnectPlan(self.client, self.endpoint, model=self.model, call_id=self.call_id,
                           refresh_credentials=self.refresh_credentials, beta_header=self.beta_header,
                           force_wss=self.force_wss)

    def __repr__(self) -> str:
        return f"<ConnectionSettings endpoint={self.endpoint!r}>"


H = TypeVar("H", bound=Callable[..., Any])
SelfT = TypeVar("SelfT", bound="_Handlers")


class _Handlers:
    """``on``/``once``/``off``: as methods (returning the owner, for chaining) or, without
    ``handler``, as decorators."""

    _registry: EventHandlerRegistry

    @overload
    def on(self: SelfT, event_type: str, handler: Handler) -> SelfT: ...
    @overload
    def on(self, event_type: str, handler: None = None) -> Callable[[H], H]: ...

    def on(self, event_type: str, handler: Optional[Handler] = None) -> Any:
        """Add a handler for ``event_type`` (``"event"``: every event)."""
        return add_handler(self._registry, self, event_type, handler, False)

    @overload
    def once(self: SelfT, event_type: str, handler: Handler) -> SelfT: ...
    @overload
    def once(self, event_type: str, handler: None = None) -> Callable[[H], H]: ...

    def once(self, event_type: str, handler: Optional[Handler] = None) -> Any:
        """Like ``on``, removed after its first call."""
        return add_handler(self._registry, self, event_type, handler, True)

    def off(self: SelfT, event_type: str, handler: Handler) -> SelfT:
        """Remove a handler added with ``on``/``once``."""
        self._registry.remove(event_type, handler)
        return self


def _parse(event_type: Any, data: Union[str, bytes]) -> Any:
    from .._models import construct_type

    return construct_type(type_=event_type, value=json.loads(data))


class _Common(_Handlers, Generic[EventT]):
    """Parts of a connection that do no I/O."""

    _event_type: Any = None  # set per subclass; resolved lazily by ``_server_event_type``

    _registry: EventHandlerRegistry
    _queue: SendQueue
    _settings: ConnectionSettings

    @classmethod
    def _server_event_type(cls) -> Any:
        from .._models import GenericModel

        return GenericModel

    def parse_event(self, data: Union[str, bytes]) -> EventT:
        """Turn a raw message (from ``recv_bytes()``) into an event object."""
        result: EventT = _parse(self._server_event_type(), data)
        return result

    def _delay(self, attempt: int) -> float:
        s = self._settings
        return reconnect_delay(attempt, s.initial_delay, s.max_delay, random.random())

    def _event(self, attempt: int, close_code: int, delay: float) -> ReconnectingEvent:
        return ReconnectingEvent(attempt=attempt, max_attempts=self._settings.max_retries, delay=delay,
                                 close_code=close_code, extra_query=self._extra_query,
                                 extra_headers=self._extra_headers)

    _extra_query: Query
    _extra_headers: Headers

    def _apply(self, result: Any) -> bool:
        """Apply what ``on_reconnecting`` returned; False to stop reconnecting."""
        if result is None:
            return True
        if result.get("abort"):
            return False
        if "extra_query" in result:
            self._extra_query = result["extra_query"]
        if "extra_headers" in result:
            self._extra_headers = result["extra_headers"]
        return True

    def _error_without_handler(self, event: Any) -> bool:
        return getattr(event, "type", None) == "error" and not self._registry.has("error") \
            and not self._registry.has("event")


def _close_code(error: ws.ConnectionClosed) -> int:
    return error.rcvd.code if error.rcvd is not None else 1006


# =========================================================================== sync
class SyncConnectionBase(_Common[EventT]):
    """A live connection.  ``for event in connection`` yields events until the server
    closes normally; ``recv()`` reads one."""

    def __init__(self, websocket: "SyncWebSocket", *, settings: ConnectionSettings, plan: ConnectPlan,
                 queue: SendQueue) -> None:
        self._ws = websocket
        self._settings = settings
        self._plan = plan
        self._queue = queue
        self._extra_query = settings.extra_query
        self._extra_headers = settings.extra_headers
        self._registry = EventHandlerRegistry()
        self._lock = threading.Lock()
        self._reconnecting = False
        self._intentionally_closed = False
        self._closed_event = threading.Event()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} closed={self._ws.closed}>"

    # ---------------------------------------------------------------- receiving
    def recv(self) -> EventT:
        """The next server event (blocks)."""
        return self.parse_event(self.recv_bytes())

    def recv_bytes(self) -> bytes:
        """The next message as received, as bytes."""
        data, _ = self._ws.recv()
        log(DEBUG, "Received WebSocket message: %s", data)
        return data

    def __iter__(self) -> Iterator[EventT]:
        while True:
            try:
                yield self.recv()
            except ws.ConnectionClosedOK as closed:
                if self._reconnect(closed):
                    continue
                return
            except ws.ConnectionClosedError as closed:
                if self._reconnect(closed):
                    continue
                unsent = self._queue.drain()
                if unsent:
                    raise exc.WebSocketConnectionClosedError(
                        "WebSocket connection closed with unsent messages", unsent_messages=unsent) from closed
                raise

    # ---------------------------------------------------------------- sending
    def send(self, event: Any) -> None:
        """Send one client event (a mapping, or a model)."""
        self._send_text(serialize_event(event))

    def send_raw(self, data: Union[bytes, str]) -> None:
        """Send ``data`` as it is (text for ``str``, binary for ``bytes``)."""
        with self._lock:
            if self._reconnecting:
                self._queue.enqueue(data if isinstance(data, str) else data.decode("utf-8"))
                return
            websocket = self._ws
        websocket.send(data)

    def _send_text(self, data: str) -> None:
        with self._lock:
            if self._reconnecting:
                self._queue.enqueue(data)
                return
            websocket = self._ws
        try:
            websocket.send(data)
        except Exception:
            self._queue.enqueue(data)
            raise

    def close(self, *, code: int = 1000, reason: str = "") -> None:
        """Close the connection (and stop any reconnection)."""
        self._intentionally_closed = True
        self._closed_event.set()
        self._ws.close(code, reason)

    def _flush_queue(self) -> None:
        """Send what was queued, in order; a failure puts the message back and raises."""
        while True:
            data = self._queue.pop()
            if data is None:
                return
            try:
                self._ws.send(data)
            except Exception:
                self._queue.push_back(data)
                raise

    # ---------------------------------------------------------------- reconnecting
    def _dial(self) -> "SyncWebSocket":
        from ._sync_ws import dial

        return dial(self._plan, self._settings.options, self._extra_query, self._extra_headers)

    def _reconnect(self, closed: ws.ConnectionClosed) -> bool:
        settings = self._settings
        if settings.on_reconnecting is None or self._intentionally_closed:
            return False
        code = _close_code(closed)
        if not is_recoverable_close(code):
            return False
        with self._lock:
            self._reconnecting = True
        try:
            for attempt in range(1, settings.max_retries + 1):
                delay = self._delay(attempt)
                try:
                    result = settings.on_reconnecting(self._event(attempt, code, delay))
                except Exception:
                    log(WARNING, "on_reconnecting raised; not reconnecting", exc_info=True)
                    return False
                if not self._apply(result):
                    return False
                log(INFO, "Reconnecting to WebSocket API (attempt %d/%d) after %.1fs delay", attempt,
                    settings.max_retries, delay)
                if self._closed_event.wait(delay) or self._intentionally_closed:
                    return False
                try:
                    websocket = self._dial()
                except Exception as e:  # refused, handshake rejected, timeout: try again
                    log(DEBUG, "Reconnection attempt %d failed: %s", attempt, type(e).__name__)
                    continue
                with self._lock:
                    self._ws = websocket
                    try:
                        self._flush_queue()
                    except Exception:
                        log(WARNING, "Failed to flush send queue after reconnect", exc_info=True)
                    self._reconnecting = False
                log(INFO, "Reconnected to WebSocket API")
                return True
            return False
        finally:
            with self._lock:
                self._reconnecting = False

    # ---------------------------------------------------------------- handlers
    def dispatch_events(self) -> None:
        """Read events until the connection ends, calling the handlers registered for each
        event's type, then those registered for ``"event"``.  An ``error`` event nobody
        handles raises ``OpenAIError``."""
        for event in self:
            if self._error_without_handler(event):
                raise exc.OpenAIError(f"WebSocket error: {event}")
            event_type = getattr(event, "type", None)
            for handler in self._registry.take(str(event_type)) + self._registry.take("event"):
                handler(event)


class SyncManagerBase(_Handlers, Generic[ConnT]):
    """Returned by ``connect(...)``: nothing connects until it is entered
    (``with ... as connection`` or ``connection = manager.enter()``)."""

    _connection_cls: Type[ConnT]

    def __init__(self, settings: ConnectionSettings, *, max_queue_size: int = 1_048_576) -> None:
        self._settings = settings
        self._queue = SendQueue(max_queue_size)
        self._registry = EventHandlerRegistry()
        self._connection: Optional[ConnT] = None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} endpoint={self._settings.endpoint!r}>"

    def send(self, event: Any) -> None:
        """Queue an event to send as soon as the connection is open."""
        self._queue.enqueue(serialize_event(event))

    def __enter__(self) -> ConnT:
        from ._sync_ws import dial

        settings = self._settings
        plan = settings.plan()
        websocket = dial(plan, settings.options, settings.extra_query, settings.extra_headers)
        connection = self._connection_cls(websocket, settings=settings, plan=plan, queue=self._queue)
        self._registry.merge_into(connection._registry)
        self._connection = connection
        try:
            connection._flush_queue()
        except Exception:
            log(WARNING, "Failed to flush send queue after connecting", exc_info=True)
        return connection

    enter = __enter__

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc_value: Optional[BaseException],
                 traceback: Optional[TracebackType]) -> None:
        if self._connection is not None:
            self._connection.close()


# =========================================================================== async
class AsyncConnectionBase(_Common[EventT]):
    """A live connection.  ``async for event in connection`` yields events until the
    server closes normally; ``await recv()`` reads one."""

    def __init__(self, websocket: "AsyncWebSocket", *, settings: ConnectionSettings, plan: ConnectPlan,
                 queue: SendQueue) -> None:
        self._ws = websocket
        self._settings = settings
        self._plan = plan
        self._queue = queue
        self._extra_query = settings.extra_query
        self._extra_headers = settings.extra_headers
        self._registry = EventHandlerRegistry()
        self._reconnecting = False
        self._intentionally_closed = False

    def __repr__(self) -> str:
        return f"<{type(self).__name__} closed={self._ws.closed}>"

    async def recv(self) -> EventT:
        """The next server event.  Cancelling is safe: no data is lost."""
        return self.parse_event(await self.recv_bytes())

    async def recv_bytes(self) -> bytes:
        data, _ = await self._ws.recv()
        log(DEBUG, "Received WebSocket message: %s", data)
        return data

    async def __aiter__(self) -> AsyncIterator[EventT]:
        while True:
            try:
                yield await self.recv()
            except ws.ConnectionClosedOK as closed:
                if await self._reconnect(closed):
                    continue
                return
            except ws.ConnectionClosedError as closed:
                if await self._reconnect(closed):
                    continue
                unsent = self._queue.drain()
                if unsent:
                    raise exc.WebSocketConnectionClosedError(
                        "WebSocket connection closed with unsent messages", unsent_messages=unsent) from closed
                raise

    async def send(self, event: Any) -> None:
        """Send one client event (a mapping, or a model)."""
        await self._send_text(serialize_event(event))

    async def send_raw(self, data: Union[bytes, str]) -> None:
        if self._reconnecting:
            self._queue.enqueue(data if isinstance(data, str) else data.decode("utf-8"))
            return
        await self._ws.send(data)

    async def _send_text(self, data: str) -> None:
        if self._reconnecting:
            self._queue.enqueue(data)
            return
        try:
            await self._ws.send(data)
        except Exception:
            self._queue.enqueue(data)
            raise

    async def close(self, *, code: int = 1000, reason: str = "") -> None:
        self._intentionally_closed = True
        await self._ws.close(code, reason)

    async def _flush_queue(self) -> None:
        while True:
            data = self._queue.pop()
            if data is None:
                return
            try:
                await self._ws.send(data)
            except Exception:
                self._queue.push_back(data)
                raise

    async def _dial(self) -> "AsyncWebSocket":
        from ._async_ws import dial

        return await dial(self._plan, self._settings.options, self._extra_query, self._extra_headers)

    async def _reconnect(self, closed: ws.ConnectionClosed) -> bool:
        import asyncio
        import inspect

        settings = self._settings
        if settings.on_reconnecting is None or self._intentionally_closed:
            return False
        code = _close_code(closed)
        if not is_recoverable_close(code):
            return False
        self._reconnecting = True
        try:
            for attempt in range(1, settings.max_retries + 1):
                delay = self._delay(attempt)
                try:
                    result = settings.on_reconnecting(self._event(attempt, code, delay))
                    if inspect.isawaitable(result):
                        result = await result
                except Exception:
                    log(WARNING, "on_reconnecting raised; not reconnecting", exc_info=True)
                    return False
                if not self._apply(result):
                    return False
                log(INFO, "Reconnecting to WebSocket API (attempt %d/%d) after %.1fs delay", attempt,
                    settings.max_retries, delay)
                await asyncio.sleep(delay)
                if self._intentionally_closed:
                    return False
                try:
                    websocket = await self._dial()
                except Exception as e:
                    log(DEBUG, "Reconnection attempt %d failed: %s", attempt, type(e).__name__)
                    continue
                self._ws = websocket
                try:
                    await self._flush_queue()  # still "reconnecting": concurrent sends queue behind
                except Exception:
                    log(WARNING, "Failed to flush send queue after reconnect", exc_info=True)
                self._reconnecting = False
                log(INFO, "Reconnected to WebSocket API")
                return True
            return False
        finally:
            self._reconnecting = False

    async def dispatch_events(self) -> None:
        """As the sync ``dispatch_events``; handlers may be coroutine functions."""
        import inspect

        async for event in self:
            if self._error_without_handler(event):
                raise exc.OpenAIError(f"WebSocket error: {event}")
            event_type = getattr(event, "type", None)
            for handler in self._registry.take(str(event_type)) + self._registry.take("event"):
                result = handler(event)
                if inspect.isawaitable(result):
                    await result


class AsyncManagerBase(_Handlers, Generic[AConnT]):
    """Returned by ``connect(...)``: nothing connects until it is entered
    (``async with ... as connection`` or ``connection = await manager.enter()``)."""

    _connection_cls: Type[AConnT]

    def __init__(self, settings: ConnectionSettings, *, max_queue_size: int = 1_048_576) -> None:
        self._settings = settings
        self._queue = SendQueue(max_queue_size)
        self._registry = EventHandlerRegistry()
        self._connection: Optional[AConnT] = None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} endpoint={self._settings.endpoint!r}>"

    def send(self, event: Any) -> None:
        """Queue an event to send as soon as the connection is open."""
        self._queue.enqueue(serialize_event(event))

    async def __aenter__(self) -> AConnT:
        from ._async_ws import dial

        settings = self._settings
        plan = settings.plan()
        websocket = await dial(plan, settings.options, settings.extra_query, settings.extra_headers)
        connection = self._connection_cls(websocket, settings=settings, plan=plan, queue=self._queue)
        self._registry.merge_into(connection._registry)
        self._connection = connection
        try:
            await connection._flush_queue()
        except Exception:
            log(WARNING, "Failed to flush send queue after connecting", exc_info=True)
        return connection

    enter = __aenter__

    async def __aexit__(self, exc_type: Optional[Type[BaseException]], exc_value: Optional[BaseException],
                        traceback: Optional[TracebackType]) -> None:
        if self._connection is not None:
            await self._connection.close()

