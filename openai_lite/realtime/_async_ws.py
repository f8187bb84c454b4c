"""An asyncio WebSocket client connection over asyncio streams, driving
``core.websocket.ClientProtocol`` (the same state machine as the blocking one).

``recv`` is safe to cancel: bytes already read stay in the protocol's buffer and a
cancelled stream read loses nothing.  Same-origin redirects of the handshake are
followed (at most 10), others refused, as the official async client does.
"""
from __future__ import annotations

import asyncio
import os
import time
from typing import Any, Awaitable, Callable, Generator, List, Optional, Tuple, TypeVar, Union

from .. import _exceptions as exc
from ..core import websocket as ws
from ..core.flow import Call
from ._shared import (DEBUG, ConnectPlan, Headers, Query, WSOptions, check_redirect, host_header, log, origin,
                      redacted, request_target)
from ._sync_ws import ProxyError, _proxy_for, check_tunnel, connect_request

__all__ = ["AsyncWebSocket", "dial", "run_credentials"]

T = TypeVar("T")
_READ = 65536
_MAX_REDIRECTS = 10
_REDIRECTS = (301, 302, 303, 307, 308)


async def _within(aw: Awaitable[T], deadline: Optional[float]) -> T:
    if deadline is None:
        return await aw
    return await asyncio.wait_for(aw, max(0.0, deadline - time.monotonic()))


async def _start_tls(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, ctx: Any,
                     server_hostname: str) -> asyncio.StreamWriter:
    if hasattr(writer, "start_tls"):  # Python 3.11+
        await writer.start_tls(ctx, server_hostname=server_hostname)
        return writer
    loop = asyncio.get_running_loop()
    transport = writer.transport
    protocol = transport.get_protocol()
    tls = await loop.start_tls(transport, protocol, ctx, server_hostname=server_hostname)
    if tls is None:  # pragma: no cover - only loops without TLS upgrade support
        raise exc.OpenAIError("The event loop could not start TLS on the proxy tunnel")
    return asyncio.StreamWriter(tls, protocol, reader, loop)


async def _open(url: str, options: WSOptions) -> Tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    scheme, host, port = origin(url)
    proxy = _proxy_for(options, scheme, host, port)
    ctx = None
    if scheme == "wss":
        ctx = options.ssl_context
        if ctx is None:
            from ..transport.tls import create_ssl_context

            ctx = create_ssl_context()
    server_hostname = options.server_hostname or host
    if proxy is None:
        return await asyncio.open_connection(host, port, ssl=ctx, limit=_READ,
                                             server_hostname=server_hostname if ctx is not None else None)
    if proxy.scheme != "http":
        raise exc.OpenAIError("Only http:// proxies are supported for WebSocket connections")
    reader, writer = await asyncio.open_connection(proxy.host, proxy.port, limit=_READ)
    try:
        authority, request = connect_request(host, port, proxy)
        writer.write(request)
        head_reader = ws.ResponseHeadReader()
        while True:
            chunk = await reader.read(_READ)
            if not chunk:
                raise ProxyError("proxy closed the connection during CONNECT")
            got = head_reader.feed(chunk)
            if got is not None:
                check_tunnel(got[0], got[1], authority)
                break
        if ctx is not None:
            writer = await _start_tls(reader, writer, ctx, server_hostname)
    except BaseException:
        writer.transport.abort()
        raise
    return reader, writer


class AsyncWebSocket:
    """An open client connection (after the opening handshake)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, protocol: ws.ClientProtocol,
                 options: WSOptions, subprotocol: Optional[str] = None) -> None:
        self._reader = reader
        self._writer = writer
        self._proto = protocol
        self._opts = options
        self.subprotocol = subprotocol
        self._send_lock = asyncio.Lock()
        self._recv_lock = asyncio.Lock()
        self._done = asyncio.Event()
        self._last_rx = time.monotonic()
        self._ping: Optional[Tuple[bytes, Optional[float]]] = None

    # ------------------------------------------------------------------ opening
    @classmethod
    async def connect(cls, url: str, headers: List[Tuple[str, str]], options: WSOptions,
                      on_redirect: Callable[[str, str], str]) -> "AsyncWebSocket":
        deadline = None if options.open_timeout is None else time.monotonic() + options.open_timeout
        try:
            for _ in range(_MAX_REDIRECTS + 1):
                try:
                    return await _within(cls._attempt(url, headers, options), deadline)
                except ws.InvalidStatus as e:
                    location = e.header("Location")
                    if e.status_code not in _REDIRECTS or not location:
                        raise
                    url = on_redirect(url, location)
                    log(DEBUG, "Redirected to %s", redacted(url))
        except asyncio.TimeoutError as e:
            raise TimeoutError("timed out during opening handshake") from e
        raise ws.InvalidHandshake("too many redirects")

    @classmethod
    async def _attempt(cls, url: str, headers: List[Tuple[str, str]], options: WSOptions) -> "AsyncWebSocket":
        reader, writer = await _open(url, options)
        try:
            key = ws.new_key()
            writer.write(ws.handshake_request(host=host_header(url), target=request_target(url), key=key,
                                              headers=headers, subprotocols=options.subprotocols))
            head_reader = ws.ResponseHeadReader()
            while True:
                chunk = await reader.read(_READ)
                if not chunk:
                    head_reader.feed_eof()
                got = head_reader.feed(chunk)
                if got is not None:
                    break
            head, rest = got
            subprotocol = ws.check_handshake(head, key, options.subprotocols, rest)
            protocol = ws.ClientProtocol(max_size=options.max_size)
            protocol.receive_data(rest)
            return cls(reader, writer, protocol, options, subprotocol)
        except BaseException:
            writer.transport.abort()
            raise

    # ------------------------------------------------------------------ state
    @property
    def closed(self) -> bool:
        return self._done.is_set()

    def _teardown(self) -> None:
        if self._done.is_set():
            return
        self._done.set()
        transport = self._writer.transport
        try:
            if self._proto.eof or self._proto.state == ws.CLOSED:
                transport.close()  # flushes what is buffered (a close frame) first
            else:
                transport.abort()
        except RuntimeError:  # the event loop is already closed
            pass

    async def _write(self, data: bytes) -> None:
        """Write under the send lock (held by the caller)."""
        if not data:
            return
        if self._done.is_set() or self._writer.transport.is_closing():
            raise self._proto.closed_exception()
        try:
            self._writer.write(data)
            await self._writer.drain()
        except (OSError, RuntimeError) as e:
            self._proto.receive_eof()
            self._teardown()
            raise ws.ConnectionClosedError(self._proto.close_rcvd, self._proto.close_sent) from e

    async def _flush_auto(self) -> None:
        data = self._proto.data_to_send()
        if data:
            async with self._send_lock:
                try:
                    await self._write(data)
                except ws.ConnectionClosed:
                    pass

    # ------------------------------------------------------------------ receiving
    async def recv(self) -> Tuple[bytes, bool]:
        """The next message as (payload, is_text); raises ``ConnectionClosed`` at the end."""
        async with self._recv_lock:
            while True:
                event = await self._next_event()
                if isinstance(event, ws.Message):
                    return event.data, event.is_text
                if event is None:
                    if self._proto.state == ws.CLOSED:
                        await self._finish()
                        raise self._proto.closed_exception()
                    await self._read_more(keepalive=True)

    async def _next_event(self) -> Optional[ws.Event]:
        try:
            event = self._proto.next_event()
        except ws.ProtocolError as e:
            await self._flush_auto()
            self._teardown()
            raise self._proto.closed_exception() from e
        if isinstance(event, (ws.Ping, ws.Close)):
            await self._flush_auto()
        elif isinstance(event, ws.Pong) and self._ping is not None and event.payload == self._ping[0]:
            self._ping = None
        return event

    async def _read_more(self, *, keepalive: bool, deadline: Optional[float] = None) -> None:
        timeout: Optional[float] = None
        now = time.monotonic()
        interval = self._opts.ping_interval
        if keepalive and self._proto.state == ws.OPEN:
            if self._ping is not None:
                timeout = None if self._ping[1] is None else max(0.0, self._ping[1] - now)
            elif interval is not None:
                timeout = max(0.0, self._last_rx + interval - now)
        if deadline is not None:
            timeout = max(0.0, deadline - now) if timeout is None else min(timeout, max(0.0, deadline - now))
        if self._done.is_set():
            data = b""
        else:
            try:
                if timeout is None:
                    data = await self._reader.read(_READ)
                else:
                    data = await asyncio.wait_for(self._reader.read(_READ), timeout)
            except asyncio.TimeoutError:
                if deadline is not None and time.monotonic() >= deadline:
                    raise
                if keepalive and self._proto.state == ws.OPEN:
                    await self._keepalive()
                return
            except (OSError, RuntimeError):
                data = b""
        self._last_rx = time.monotonic()
        if data:
            self._proto.receive_data(data)
        else:
            self._proto.receive_eof()
            self._teardown()

    async def _keepalive(self) -> None:
        async with self._send_lock:
            try:
                if self._ping is not None:
                    if self._ping[1] is not None and time.monotonic() >= self._ping[1]:
                        log(DEBUG, "WebSocket keepalive ping timed out")
                        self._ping = None
                        await self._write(self._proto.fail(1011, "keepalive ping timeout"))
                        self._teardown()
                    return
                payload = os.urandom(4)
                timeout = self._opts.ping_timeout
                self._ping = (payload, None if timeout is None else time.monotonic() + timeout)
                await self._write(self._proto.send_ping(payload))
            except ws.ConnectionClosed:
                self._teardown()

    async def _finish(self, deadline: Optional[float] = None) -> None:
        """Give the server up to ``close_timeout`` to close the TCP connection first
        (RFC 6455 §7.1.1), then close it."""
        if self._done.is_set():
            return
        if deadline is None and self._opts.close_timeout is not None:
            deadline = time.monotonic() + self._opts.close_timeout
        try:
            while not self._done.is_set() and not self._proto.eof:
                await self._read_more(keepalive=False, deadline=deadline)
        except asyncio.TimeoutError:
            pass
        self._teardown()

    # ------------------------------------------------------------------ sending
    async def send(self, data: Union[str, bytes]) -> None:
        """A text frame for ``str``, a binary frame for ``bytes``."""
        async with self._send_lock:
            await self._write(self._proto.send_text(data) if isinstance(data, str)
                              else self._proto.send_binary(bytes(data)))

    async def ping(self, payload: bytes = b"") -> None:
        async with self._send_lock:
            await self._write(self._proto.send_ping(payload))

    # ------------------------------------------------------------------ closing
    async def close(self, code: int = 1000, reason: str = "") -> None:
        try:
            async with self._send_lock:
                await self._write(self._proto.send_close(code, reason))
        except ws.ConnectionClosed:
            self._teardown()
            return
        timeout = self._opts.close_timeout
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            if self._recv_lock.locked():
                # Another task is receiving: it will see the server's close frame.
                await _within(self._done.wait(), deadline)
            else:
                async with self._recv_lock:
                    await _within(self._drain(deadline), deadline)
        except asyncio.TimeoutError:
            pass
        finally:
            self._teardown()

    async def _drain(self, deadline: Optional[float]) -> None:
        while not self._done.is_set():
            try:
                event = await self._next_event()
            except ws.ConnectionClosed:
                return
            if event is None:
                if self._proto.state == ws.CLOSED:
                    await self._finish(deadline)
                    return
                await self._read_more(keepalive=False, deadline=deadline)


# --------------------------------------------------------------------------- dialing
async def run_credentials(flow: Generator[Call, Any, T]) -> T:
    """Drive a credential flow; providers may return awaitables (the async client's
    api-key callable, an async Azure token provider)."""
    import inspect

    try:
        command = next(flow)
        while True:
            value = command.fn()
            if inspect.isawaitable(value):
                value = await value
            command = flow.send(value)
    except StopIteration as stop:
        result: T = stop.value
        return result


async def dial(plan: ConnectPlan, options: WSOptions, extra_query: Query, extra_headers: Headers) -> AsyncWebSocket:
    auth = await run_credentials(plan.auth_flow(extra_headers))
    url = plan.url(extra_query)
    headers = plan.headers(auth, extra_headers, options)
    log(DEBUG, "Connecting to %s", redacted(url))
    return await AsyncWebSocket.connect(url, headers, options, lambda current, location: check_redirect(plan, current, location))
