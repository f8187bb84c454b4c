"""The async transport: an asyncio protocol moves bytes, ``core/http11.py`` says what they mean.

Pool rules (LIFO reuse, keep-alive expiry, limits) are ``pool.PoolState``, the bookkeeping
the sync transport uses too; how a task waits for a free slot is explained at
``_bind_loop``.  Every failure leaves as one of ``base``'s transport errors, and every way
out of a request (error, timeout, cancellation, early ``aclose``) closes the socket or
returns it to the pool, so pool slots cannot leak.

The hot path is written for many concurrent requests on one loop: a request on a pooled
connection writes without awaiting (unless the socket buffer is full), then sleeps on one
future that the protocol resolves when bytes arrive.  Timeouts are a deadline per wait,
checked by one lazily re-armed timer per connection (see ``_Conn.wait``) rather than a
task and a timer per await.
"""
from __future__ import annotations

import asyncio
import select
import socket
import time
from collections import deque
from typing import TYPE_CHECKING, Deque, Dict, List, Optional, Set, Tuple, Union
from urllib.parse import urlsplit, urlunsplit

from ..core.http11 import (NEED_DATA, Data, Head, ProtocolError, ResponseParser, end_head,
                           serialize_fields, serialize_request)
from .base import (AsyncByteStream, AsyncResponse, ConnectError, ConnectTimeout, Headers, PoolTimeout,
                   ProxyError, ReadError, ReadTimeout, RemoteProtocolError, Request, TransportError,
                   WriteError, WriteTimeout)
from .pool import DEFAULT_LIMITS, Limits, Origin, PoolState
from .proxy import Proxy, ProxyResolver, origin_of
from .tls import CertTypes, VerifyTypes, create_ssl_context

if TYPE_CHECKING:
    import ssl

    from .._timeout import Timeout

__all__ = ["AsyncTransport"]

_CLOSED = "Cannot send a request, as the client has been closed."
_READ_SIZE = 256 * 1024  # most bytes taken from the socket at once
_SMALL_BODY = 64 * 1024  # below this, head and body go out in one write (one segment)
# Unread bytes buffered per connection before the socket stops being read (a slow consumer
# of a big download must not make memory grow), and where reading resumes.
_PAUSE_READING = 512 * 1024
_RESUME_READING = 256 * 1024
# A timer that fires this close to the deadline it serves counts as on time.
_TIMER_SLACK = 1e-3
_CACHE_SIZE = 256  # URLs and header lists remembered per transport (clients use a handful)


def _socket_options() -> List[Tuple[int, int, int]]:
    # Generations can keep a response silent for minutes; without keepalive probes a NAT
    # or load balancer that forgot the flow leaves the read waiting for its full timeout.
    opts = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1), (socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)]
    for name, value in (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 60), ("TCP_KEEPCNT", 5)):
        if hasattr(socket, name):
            opts.append((socket.IPPROTO_TCP, getattr(socket, name), value))
    if not hasattr(socket, "TCP_KEEPIDLE") and hasattr(socket, "TCP_KEEPALIVE"):  # macOS spelling
        opts.append((socket.IPPROTO_TCP, getattr(socket, "TCP_KEEPALIVE"), 60))
    return opts


_SOCKET_OPTIONS = _socket_options()


def _authority(host: str, port: int, default_port: Optional[int] = None) -> str:
    if not host.isascii():
        host = host.encode("idna").decode("ascii")
    if ":" in host:
        host = f"[{host}]"
    return host if port == default_port else f"{host}:{port}"


class _Timeout(Exception):
    """A wait passed its deadline (private: asyncio.TimeoutError is an OSError on 3.11+)."""


class _Conn(asyncio.BufferedProtocol):
    """One connection: the asyncio protocol, its unread bytes and its pool bookkeeping.

    It is a buffered protocol: asyncio receives into ``rbuf``, a buffer the transport shares
    among its connections, and ``buffer_updated`` copies out the bytes that came.  A plain
    protocol would have asyncio call ``recv(256 KiB)`` for every read, allocating (and
    mostly freeing again) a 256 KiB object each time, which costs more than the rest of
    reading a typical response.  Sharing is safe because asyncio fills the buffer and
    reports the count in one synchronous step, and a transport serves one event loop.

    The protocol callbacks only record what happened and wake the one task that may be
    waiting (``waiter``); reading, writing and deciding stay in the task.  A reset never
    destroys bytes that already arrived: they are delivered first and the error is raised
    where the end of the stream would be, so a 413 sent before the server reset an upload
    is not lost, and the reset is never taken for a clean end.
    """

    __slots__ = ("loop", "transport", "rbuf", "chunks", "size", "eof", "lost", "exc", "waiter",
                 "write_paused", "read_paused", "deadline", "timer", "timer_when", "poller",
                 "used", "done", "generation")

    def __init__(self, loop: asyncio.AbstractEventLoop, generation: int, rbuf: memoryview) -> None:
        self.loop = loop
        self.transport: asyncio.Transport = None  # type: ignore[assignment]  # connection_made
        self.rbuf = rbuf
        self.chunks: Deque[bytes] = deque()
        self.size = 0  # bytes in chunks
        self.eof = False
        self.lost = False
        self.exc: Optional[BaseException] = None
        self.waiter: "Optional[asyncio.Future[bool]]" = None
        self.write_paused = False
        self.read_paused = False
        self.deadline = 0.0
        self.timer: Optional[asyncio.TimerHandle] = None
        self.timer_when = 0.0
        self.poller: "Optional[select.poll]" = None
        self.used = False  # has carried a request before: may have gone stale while idle
        self.done = False  # accounted for in the pool (closed or released)
        self.generation = generation

    # ---------------------------------------------------------------- protocol callbacks
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def get_buffer(self, sizehint: int) -> memoryview:
        return self.rbuf

    def buffer_updated(self, nbytes: int) -> None:
        self.data_received(self.rbuf[:nbytes].tobytes())

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.size += len(data)
        if self.size > _PAUSE_READING and not self.read_paused:
            self.read_paused = True
            self.transport.pause_reading()
        waiter = self.waiter
        if waiter is not None:
            self.waiter = None
            if not waiter.done():  # else cancelled: its task is leaving anyway
                waiter.set_result(True)

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        # We never write after the peer's FIN, and after a CONNECT + start_tls a True here
        # would only make asyncio log that half-close is impossible over TLS.
        return False

    def connection_lost(self, exc: Optional[Exception]) -> None:
        self.lost = True
        self.exc = exc
        self._stop_timer()
        self._wake()

    def pause_writing(self) -> None:
        self.write_paused = True

    def resume_writing(self) -> None:
        self.write_paused = False
        self._wake()

    def _wake(self) -> None:
        waiter = self.waiter
        if waiter is not None:
            self.waiter = None
            if not waiter.done():
                waiter.set_result(True)

    # ---------------------------------------------------------------- task side
    def finish(self) -> None:
        """The byte path is final (after any tunnel): socket options, stale-check poller."""
        sock = self.transport.get_extra_info("socket")
        if sock is None:
            return
        for level, opt, value in _SOCKET_OPTIONS:
            try:
                sock.setsockopt(level, opt, value)
            except OSError:
                pass
        if hasattr(select, "poll"):
            try:
                poller = select.poll()
                poller.register(sock.fileno(), select.POLLIN)
                self.poller = poller
            except (OSError, ValueError):
                pass

    def take(self) -> Optional[bytes]:
        """Buffered bytes (oldest chunk first), ``b""`` at the end of the stream, ``None``
        when there is nothing yet; raises the connection's error after its last byte."""
        chunks = self.chunks
        if chunks:
            data = chunks.popleft()
            self.size -= len(data)
            if self.read_paused and self.size <= _RESUME_READING:
                self.read_paused = False
                if not self.lost:
                    self.transport.resume_reading()
            return data
        if self.eof or self.lost:
            if self.exc is not None:
                raise self.exc
            return b""
        return None

    def wait(self, timeout: Optional[float]) -> "asyncio.Future[bool]":
        """A future that becomes True when the protocol reports something (bytes, EOF,
        loss, writable again), or False once ``timeout`` seconds passed without.  A plain
        future, not a coroutine: awaiting it costs no extra frame on the hot path.

        The deadline is checked by one timer per connection that is re-armed lazily: a new
        wait whose deadline is later than the pending timer keeps that timer, which on
        firing early re-arms itself for the deadline then current.  With the default 600 s
        read timeout a busy connection creates a timer every ten minutes instead of one
        (plus a cancellation and a heap entry) per wait.
        """
        loop = self.loop
        waiter: "asyncio.Future[bool]" = loop.create_future()
        self.waiter = waiter
        if timeout is not None:
            deadline = loop.time() + timeout
            self.deadline = deadline
            timer = self.timer
            if timer is None or self.timer_when > deadline:
                if timer is not None:
                    timer.cancel()
                self.timer = loop.call_at(deadline, self._on_timer)
                self.timer_when = deadline
        else:
            self.deadline = -1.0
        return waiter

    def _on_timer(self) -> None:
        self.timer = None
        waiter = self.waiter
        deadline = self.deadline
        if waiter is None or waiter.done() or deadline < 0:
            return
        if deadline - self.loop.time() > _TIMER_SLACK:
            self.timer = self.loop.call_at(deadline, self._on_timer)
            self.timer_when = deadline
        else:
            self.waiter = None
            waiter.set_result(False)

    def _stop_timer(self) -> None:
        timer = self.timer
        if timer is not None:
            self.timer = None
            timer.cancel()

    async def drain(self, timeout: Optional[float]) -> None:
        """After a write: wait while asyncio's write buffer is over its high-water mark;
        raise the connection's failure if it broke."""
        if self.transport.is_closing() and not self.lost:
            await asyncio.sleep(0)  # a failed send reports through connection_lost, next round
        if self.write_paused and not self.lost:
            deadline = None if timeout is None else self.loop.time() + timeout
            while self.write_paused and not self.lost:
                if not await self.wait(None if deadline is None else max(0.0, deadline - self.loop.time())):
                    raise _Timeout()
        if self.lost:
            if self.exc is not None and not self.chunks:
                raise self.exc
            raise ConnectionResetError("Connection lost")

    def alive(self) -> bool:
        """May this idle connection carry a request?  Not if it closed, got a FIN or bytes
        no request asked for.  asyncio learns of those only when its loop polls, which may
        not have happened since they arrived, so the socket itself is polled too."""
        if self.lost or self.eof or self.chunks or self.transport.is_closing():
            return False
        poller = self.poller
        try:
            if poller is not None:
                return not poller.poll(0)
            sock = self.transport.get_extra_info("socket")
            if sock is None:
                return True
            return not select.select([sock.fileno()], [], [], 0)[0]
        except (OSError, ValueError):
            return False

    def abort(self) -> None:
        self._stop_timer()
        try:
            self.transport.abort()
        except RuntimeError:
            # Its event loop is closed, so asyncio cannot finish the close; tell the peer
            # now, the descriptor itself is released with the transport object.
            sock = self.transport.get_extra_info("socket")
            try:
                if sock is not None:
                    sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def _headers(head: Head) -> Headers:
    if head.index is None:  # pragma: no cover - the parser always indexes
        return Headers(head.headers)
    return Headers._parsed(head.headers, head.index)


class _Stale(Exception):
    """A reused connection failed before any response byte: the server most likely closed
    it while idle and never saw the request, so one resend on a fresh connection is safe."""

    def __init__(self, error: TransportError) -> None:
        super().__init__(str(error))
        self.error = error


def _no_response(error: TransportError, cause: BaseException, write_error: Optional[BaseException],
                 reused: bool) -> Exception:
    """The error for a request that got no response byte at all.  A failed write is the
    real story when there was one; on a reused connection the caller may resend."""
    if write_error is not None:
        error = WriteError(f"Connection broken while sending the request: {write_error}")
        cause = write_error
    error.__cause__ = cause
    return _Stale(error) if reused else error


class _Body(AsyncByteStream):
    """The response body, read lazily; owns the connection until the end or ``aclose``."""

    __slots__ = ("_owner", "_conn", "_origin", "_parser", "_timeout", "_reusable", "_chunks",
                 "_error", "_ended")

    def __init__(self, owner: "AsyncTransport", conn: _Conn, origin: Origin, parser: ResponseParser,
                 read_timeout: Optional[float], reusable: bool) -> None:
        self._owner = owner
        self._conn: Optional[_Conn] = conn
        self._origin = origin
        self._parser = parser
        self._timeout = read_timeout
        self._reusable = reusable
        self._chunks: Deque[bytes] = deque()
        self._error: Optional[TransportError] = None
        self._ended = False

    def __aiter__(self) -> "_Body":
        return self

    def pump(self) -> None:
        """Turn what is already buffered into chunks, without I/O; ends the message (and
        frees the connection) as soon as the last byte is in."""
        parser = self._parser
        while not self._ended and self._error is None:
            try:
                event = parser.next_event()
            except ProtocolError as exc:
                self._fail(RemoteProtocolError(str(exc)), exc)
                return
            if event is NEED_DATA:
                return
            if type(event) is Data:
                self._chunks.append(event.data)
                continue
            self._ended = True
            conn, self._conn = self._conn, None
            if conn is not None:
                if (self._reusable and parser.keep_alive and not conn.chunks and not conn.eof
                        and not conn.lost and not conn.transport.is_closing()):
                    self._owner._release(conn, self._origin)
                else:
                    self._owner._drop(conn)

    def _fail(self, error: TransportError, cause: BaseException) -> None:
        error.__cause__ = cause
        self._error = error
        conn, self._conn = self._conn, None
        if conn is not None:
            self._owner._drop(conn)

    async def __anext__(self) -> bytes:
        while True:
            if self._chunks:
                return self._chunks.popleft()
            if self._error is not None:
                raise self._error
            if self._ended:
                raise StopAsyncIteration
            conn = self._conn
            assert conn is not None
            try:
                data = conn.take()
                while data is None:
                    if not await conn.wait(self._timeout):
                        raise _Timeout()
                    data = conn.take()
            except _Timeout as exc:
                self._fail(ReadTimeout("Timed out reading the response body"), exc)
                continue
            except OSError as exc:
                self._fail(ReadError(f"Connection broken while reading the response body: {exc}"), exc)
                continue
            except BaseException:
                # cancelled mid-body: the rest of the body is still in flight, so the
                # socket cannot be reused
                self._conn = None
                self._ended = True
                self._owner._drop(conn)
                raise
            if data:
                self._parser.feed(data)
            else:
                self._parser.feed_eof()
            self.pump()

    async def aread_all(self) -> bytes:
        parts = []
        try:
            while True:
                parts.append(await self.__anext__())
        except StopAsyncIteration:
            pass
        return parts[0] if len(parts) == 1 else b"".join(parts)

    async def aclose(self) -> None:
        self._ended = True
        self._chunks.clear()
        conn, self._conn = self._conn, None
        if conn is not None:
            self._owner._drop(conn)


# What a URL means for this transport: origin, request target, Host value, and the
# Proxy-Authorization to add (or None).  Worked out once per URL: urlsplit and proxy rules
# are not per-request work.
_Route = Tuple[Origin, str, str, Optional[str]]
# What a method, URL and header list come to: the request line and fields (everything but
# Content-Length and the blank line), whether the caller framed the body, the origin, and
# whether the connection may be reused afterwards.  Clients send the same few header lists
# over and over, so this is usually one dict lookup instead of validating every field.
_Prepared = Tuple[bytes, bool, Origin, bool]
_PreparedKey = Tuple[str, str, Tuple[Tuple[str, str], ...]]


class AsyncTransport:
    """HTTP/1.1 over asyncio, with a connection pool per origin (and proxy)."""

    def __init__(self, *, verify: VerifyTypes = True, cert: Optional[CertTypes] = None,
                 proxy: "Union[str, Proxy, None]" = None, trust_env: bool = True,
                 limits: Limits = DEFAULT_LIMITS, local_address: Optional[str] = None) -> None:
        # No event loop is touched here: the client may be built outside any loop and used
        # in one (or several, one after another) later.
        self._verify = verify
        self._cert = cert
        self._proxies = ProxyResolver(proxy, trust_env)  # parses an explicit proxy URL now
        self._trust_env = trust_env
        self._limits = limits
        self._local_address = local_address
        self._ssl: Optional["ssl.SSLContext"] = None
        self._rbuf: Optional[memoryview] = None  # receive buffer of every connection, see _Conn
        self._pool: PoolState[_Conn] = PoolState(limits)
        self._live: Set[_Conn] = set()
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._waiters: "Deque[asyncio.Future[None]]" = deque()
        self._generation = 0
        self._closed = False
        self._routes: Dict[str, _Route] = {}
        self._prepared: Dict[_PreparedKey, _Prepared] = {}
        expiry = limits.keepalive_expiry
        # how often idle connections of every origin are checked for expiry (an origin's
        # own are checked whenever it takes one)
        self._expire_every = 1.0 if expiry is None else min(1.0, expiry)
        self._next_expire = 0.0

    @property
    def is_closed(self) -> bool:
        return self._closed

    def __repr__(self) -> str:
        return f"<AsyncTransport open={self._pool.open_count} idle={self._pool.idle_count}>"

    # ------------------------------------------------------------------ request
    async def handle_request(self, request: Request) -> AsyncResponse:
        if self._closed:
            raise RuntimeError(_CLOSED)
        method = request.method
        key: Optional[_PreparedKey] = (method, request.url, tuple(request.headers))
        try:
            prepared = self._prepared.get(key)  # type: ignore[arg-type]
        except TypeError:  # unhashable header entries: fine, just not remembered
            key = prepared = None
        if prepared is None:
            prepared = self._prepare(request)
            if key is not None:
                if len(self._prepared) >= _CACHE_SIZE:
                    self._prepared.clear()
                self._prepared[key] = prepared
        fields, framed, origin, reusable = prepared
        body = request.content
        if body is None:
            body = b""
            # what httpx sends, so servers that demand a length on these methods are happy
            head = end_head(fields, framed, 0 if method.upper() in ("POST", "PUT", "PATCH") else None)
        else:
            head = end_head(fields, framed, len(body))

        timeout = request.timeout
        if asyncio.get_running_loop() is not self._loop:
            self._bind_loop()
        conn = self._take_idle(origin)  # the usual case: no await before the write
        fresh = False
        while True:
            if conn is None:
                conn = await self._acquire(origin, timeout, fresh)
            # The exchange is inline, not a coroutine of its own: one frame less to create
            # and to resume on every wake-up.
            try:
                reused = conn.used
                conn.used = True
                transport = conn.transport
                write_error: Optional[BaseException] = None
                if len(body) < _SMALL_BODY:
                    transport.write(head + body if body else head)
                else:
                    transport.write(head)
                    transport.write(body)
                if conn.write_paused or conn.lost or transport.is_closing():
                    try:
                        await conn.drain(timeout.write)
                    except _Timeout as exc:
                        raise WriteTimeout("Timed out sending the request") from exc
                    except OSError as exc:
                        # The server may have answered early (413, 401) and closed: prefer its answer.
                        write_error = exc

                parser = ResponseParser(request_method=request.method)
                read_timeout = timeout.read
                while True:
                    # Nothing can be decided before the first byte (or EOF), so read, then parse.
                    try:
                        data = conn.take()
                        while data is None:
                            if not await conn.wait(read_timeout):
                                raise _Timeout()
                            data = conn.take()
                    except _Timeout as exc:
                        if write_error is not None:
                            raise _no_response(ReadTimeout(""), exc, write_error, False)
                        raise ReadTimeout("Timed out waiting for the response") from exc
                    except OSError as exc:
                        if parser.received_bytes == 0:
                            error = ReadError(f"Connection broken while waiting for the response: {exc}")
                            raise _no_response(error, exc, write_error, reused)
                        raise ReadError(f"Connection broken while reading the response head: {exc}") from exc
                    if data:
                        parser.feed(data)
                    else:
                        parser.feed_eof()
                    try:
                        event = parser.next_event()
                    except ProtocolError as exc:
                        if parser.received_bytes == 0:
                            raise _no_response(RemoteProtocolError(str(exc)), exc, write_error, reused)
                        raise RemoteProtocolError(str(exc)) from exc
                    if type(event) is Head:
                        break
                break
            except _Stale as stale:
                self._drop(conn)
                if fresh:  # pragma: no cover - fresh connections never report stale
                    raise stale.error from stale.error.__cause__
                fresh = True
                conn = None
            except BaseException:
                self._drop(conn)
                raise

        assert isinstance(event, Head)
        if not parser.content_coded:
            body_bytes = parser.take_buffered_body()
            if body_bytes is not None:
                # The whole answer came with its head: hand the connection back now and
                # return a response that is already read.
                if (reusable and write_error is None and parser.keep_alive and not conn.chunks
                        and not conn.eof and not conn.lost and not transport.is_closing()):
                    self._release(conn, origin)
                else:
                    self._drop(conn)
                response = AsyncResponse(event.status_code, headers=_headers(event), request=request,
                                         reason_phrase=event.reason, http_version=event.http_version,
                                         content=body_bytes)
                response.num_bytes_downloaded = len(body_bytes)
                return response
        stream = _Body(self, conn, origin, parser, read_timeout, reusable and write_error is None)
        # From here the stream owns the connection (and may already have returned it).
        stream.pump()
        return AsyncResponse(event.status_code, headers=_headers(event), request=request,
                             reason_phrase=event.reason, http_version=event.http_version, stream=stream)

    def _prepare(self, request: Request) -> _Prepared:
        url = request.url
        route = self._routes.get(url)
        if route is None:
            route = self._route(url)
        origin, target, host, proxy_auth = route
        headers = request.headers
        if proxy_auth is not None and not any(k.lower() == "proxy-authorization" for k, _ in headers):
            headers = [*headers, ("Proxy-Authorization", proxy_auth)]
        fields, framed = serialize_fields(request.method, target, headers, default_host=host)
        connection = (request.header("connection") or "").lower()
        reusable = "close" not in [t.strip() for t in connection.split(",")]
        return fields, framed, origin, reusable

    def _route(self, url: str) -> _Route:
        scheme, host, port = origin_of(url)
        proxy = self._proxies.for_url(url)
        parts = urlsplit(url)
        path = parts.path or "/"
        proxy_auth = None
        if proxy is not None and scheme == "http":
            # RFC 9112 section 3.2.2: a forward proxy needs the absolute form.
            target = urlunsplit((scheme, _authority(host, port, 80), path, parts.query, ""))
            proxy_auth = proxy.auth_header
        else:
            target = path + ("?" + parts.query if parts.query else "")
        route: _Route = ((scheme, host, port, proxy), target,
                         _authority(host, port, 443 if scheme == "https" else 80), proxy_auth)
        if len(self._routes) >= _CACHE_SIZE:
            self._routes.clear()
        self._routes[url] = route
        return route

    # ------------------------------------------------------------------ pool
    # Pool bookkeeping is synchronous and the loop runs one coroutine at a time, so checking
    # the pool and registering as a waiter happen with no await in between: no lock needed.
    # Waiters are bare futures woken all at once and re-checking, because an
    # asyncio.Condition waited on with wait_for() can deadlock on Python < 3.12 when
    # waiters time out and get cancelled together (wait_for runs cond.wait() in a separate
    # task that may re-take the lock after its caller has left; reproduced with 50 tasks).
    def _bind_loop(self) -> asyncio.AbstractEventLoop:
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            if self._loop is not None:
                # Sockets of another (usually finished) loop cannot be used from this one.
                for conn in self._live:
                    conn.abort()
                self._live = set()
                self._pool = PoolState(self._limits)
                self._generation += 1
                self._waiters.clear()
            self._loop = loop
        return loop

    def _take_idle(self, origin: Origin) -> Optional[_Conn]:
        """A pooled connection for ``origin`` that still looks usable, without awaiting."""
        pool = self._pool
        now = time.monotonic()
        if now >= self._next_expire:
            self._next_expire = now + self._expire_every
            for old in pool.expire(now):
                self._forget(old)
        while True:
            conn, expired = pool.take_idle(origin, now)
            for old in expired:
                self._forget(old)
            if conn is None:
                return None
            if conn.alive():
                return conn
            pool.discard()
            self._forget(conn)

    async def _acquire(self, origin: Origin, timeout: "Timeout", fresh: bool) -> _Conn:
        loop = self._bind_loop()
        deadline = None if timeout.pool is None else loop.time() + timeout.pool
        while True:
            if self._closed:
                raise RuntimeError(_CLOSED)
            if not fresh:
                conn = self._take_idle(origin)
                if conn is not None:
                    return conn
            ok, victims = self._pool.reserve()
            for old in victims:
                self._forget(old)
            if ok:
                break
            remaining = None if deadline is None else deadline - loop.time()
            if remaining is not None and remaining <= 0:
                raise PoolTimeout("Timed out waiting for a connection from the pool")
            waiter: "asyncio.Future[None]" = loop.create_future()
            self._waiters.append(waiter)
            try:
                # asyncio.wait neither wraps the future in a task nor cancels it on timeout
                await asyncio.wait([waiter], timeout=remaining)
            finally:
                if not waiter.done() and waiter in self._waiters:
                    self._waiters.remove(waiter)
        generation = self._generation
        try:
            conn = await self._open(origin, timeout.connect, generation)
        except BaseException:
            if generation == self._generation:
                self._pool.discard()
                self._wake()
            raise
        if self._closed or generation != self._generation:
            conn.abort()
            if generation == self._generation:
                self._pool.discard()
            raise RuntimeError(_CLOSED)
        self._live.add(conn)
        return conn

    def _forget(self, conn: _Conn) -> None:
        """Close a connection PoolState already stopped counting."""
        conn.done = True
        self._live.discard(conn)
        conn.abort()

    def _release(self, conn: _Conn, origin: Origin) -> None:
        if conn.done:
            return
        if self._closed or conn.generation != self._generation:
            self._drop(conn)
            return
        for old in self._pool.release(origin, conn, time.monotonic()):
            self._forget(old)
        if self._waiters:
            self._wake()

    def _drop(self, conn: _Conn) -> None:
        """Close a connection that was in use and give its slot back."""
        conn.abort()
        if conn.done:
            return
        conn.done = True
        self._live.discard(conn)
        if conn.generation == self._generation:
            self._pool.discard()
            self._wake()

    def _wake(self) -> None:
        """Something changed in the pool: every waiter looks again.  Waking all of them
        means a woken waiter that is cancelled before it runs cannot swallow the news."""
        if not self._waiters:
            return
        waiters, self._waiters = self._waiters, deque()
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    # ------------------------------------------------------------------ connect
    def _ssl_context(self) -> "ssl.SSLContext":
        if self._ssl is None:
            self._ssl = create_ssl_context(self._verify, self._cert, self._trust_env)
        return self._ssl

    async def _open(self, origin: Origin, connect_timeout: Optional[float], generation: int) -> _Conn:
        scheme, host, port, proxy = origin
        assert proxy is None or isinstance(proxy, Proxy)
        connect = self._connect(scheme, host, port, proxy, generation)
        try:
            if connect_timeout is None:
                return await connect
            # once per new connection, so asyncio's own timeout is cheap enough here
            return await asyncio.wait_for(connect, connect_timeout)
        except asyncio.TimeoutError as exc:
            raise ConnectTimeout(f"Timed out connecting to {_authority(host, port)}") from exc

    async def _connect(self, scheme: str, host: str, port: int, proxy: Optional[Proxy],
                       generation: int) -> _Conn:
        if proxy is None:
            ctx = self._ssl_context() if scheme == "https" else None
            conn = await self._dial(host, port, ctx, generation, ConnectError)
        else:
            ctx = self._ssl_context() if proxy.scheme == "https" else None
            conn = await self._dial(proxy.host, proxy.port, ctx, generation, ProxyError)
            if scheme == "https":
                try:
                    await self._tunnel(conn, host, port, proxy)
                except BaseException:
                    conn.abort()
                    raise
        conn.finish()
        return conn

    async def _dial(self, host: str, port: int, ctx: "Optional[ssl.SSLContext]", generation: int,
                    error: "type[ConnectError]") -> _Conn:
        loop = asyncio.get_running_loop()
        if self._rbuf is None:
            self._rbuf = memoryview(bytearray(_READ_SIZE))
        conn = _Conn(loop, generation, self._rbuf)
        local = (self._local_address, 0) if self._local_address else None
        try:
            await loop.create_connection(
                lambda: conn, host, port, ssl=ctx, server_hostname=host if ctx is not None else None,
                local_addr=local)
        except OSError as exc:  # refused, unreachable, DNS, TLS verification (ssl.SSLError)
            raise error(f"Failed to connect to {_authority(host, port)}: {exc}") from exc
        return conn

    async def _tunnel(self, conn: _Conn, host: str, port: int, proxy: Proxy) -> None:
        """CONNECT through the proxy, then upgrade the same socket to TLS for the origin."""
        authority = _authority(host, port)
        headers = [("Host", authority)]
        if proxy.auth_header:
            headers.append(("Proxy-Authorization", proxy.auth_header))
        parser = ResponseParser(request_method="CONNECT")
        try:
            conn.transport.write(serialize_request("CONNECT", authority, headers, None))
            while True:
                event = parser.next_event()
                if isinstance(event, Head):
                    break
                data = conn.take()
                while data is None:
                    await conn.wait(None)  # bounded by the connect timeout around us
                    data = conn.take()
                if data:
                    parser.feed(data)
                else:
                    parser.feed_eof()
        except ProtocolError as exc:
            raise ProxyError(f"Invalid response from the proxy to CONNECT: {exc}") from exc
        except OSError as exc:
            raise ProxyError(f"Connection to the proxy broke during CONNECT: {exc}") from exc
        if not 200 <= event.status_code < 300:
            raise ProxyError(f"Proxy refused the tunnel to {authority}: {event.status_code} {event.reason}")
        if parser.trailing_data or conn.chunks:
            raise ProxyError("Proxy sent data before the TLS handshake")
        loop = asyncio.get_running_loop()
        try:
            tls = await loop.start_tls(conn.transport, conn, self._ssl_context(), server_hostname=host)
        except OSError as exc:
            raise ConnectError(f"TLS handshake with {authority} through the proxy failed: {exc}") from exc
        except TypeError as exc:
            # asyncio before 3.11 cannot start TLS on a transport that is itself TLS
            raise ProxyError("An https:// proxy for https:// URLs needs Python 3.11 or newer "
                             "(TLS inside TLS); use an http:// proxy URL") from exc
        if tls is None:  # pragma: no cover - only when the loop does not support start_tls
            raise ConnectError("The event loop could not start TLS on the proxy tunnel")
        conn.transport = tls

    # ------------------------------------------------------------------ close
    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        for conn in self._pool.drain():
            self._forget(conn)
        # In-use connections too: a response still streaming now fails with ReadError.
        for conn in list(self._live):
            conn.abort()
        if self._loop is not None and asyncio.get_running_loop() is self._loop:
            self._wake()
            await asyncio.sleep(0)  # let the aborted transports release their sockets
