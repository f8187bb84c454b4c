"""The async transport: asyncio streams move bytes, ``core/http11.py`` says what they mean.

Pool rules (LIFO reuse, keep-alive expiry, limits) are ``pool.PoolState``, the bookkeeping
the sync transport uses too; how a task waits for a free slot is explained at
``_bind_loop``.  Every failure leaves as one of ``base``'s transport errors, and every way
out of a request (error, timeout, cancellation, early ``aclose``) closes the socket or
returns it to the pool, so pool slots cannot leak.
"""
from __future__ import annotations

import asyncio
import socket
import time
from collections import deque
from typing import TYPE_CHECKING, Awaitable, Deque, List, Optional, Set, Tuple, TypeVar, Union
from urllib.parse import urlsplit, urlunsplit

from ..core.http11 import NEED_DATA, Data, Head, ProtocolError, ResponseParser, serialize_request
from .base import (AsyncByteStream, AsyncResponse, ConnectError, ConnectTimeout, PoolTimeout,
                   ProxyError, ReadError, ReadTimeout, RemoteProtocolError, Request, TransportError,
                   WriteError, WriteTimeout)
from .pool import DEFAULT_LIMITS, Limits, Origin, PoolState
from .proxy import Proxy, origin_of, select_proxy
from .tls import CertTypes, VerifyTypes, create_ssl_context

if TYPE_CHECKING:
    import ssl

    from .._timeout import Timeout

__all__ = ["AsyncTransport"]

T = TypeVar("T")

_READ_SIZE = 256 * 1024
_CLOSED = "Cannot send a request, as the client has been closed."
_SMALL_BODY = 64 * 1024  # below this, head and body go out in one write (one segment)


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


async def _wait(aw: Awaitable[T], timeout: Optional[float]) -> T:
    if timeout is None:
        return await aw
    return await asyncio.wait_for(aw, timeout)


def _authority(host: str, port: int, default_port: Optional[int] = None) -> str:
    if not host.isascii():
        host = host.encode("idna").decode("ascii")
    if ":" in host:
        host = f"[{host}]"
    return host if port == default_port else f"{host}:{port}"


def _readable(sock: object) -> bool:
    """A zero-timeout poll: an idle socket that is readable holds either a FIN or bytes no
    request asked for; neither may carry the next request."""
    fileno = getattr(sock, "fileno", None)
    if fileno is None:
        return False
    try:
        fd = fileno()
        if fd < 0:
            return True
        import select
        if hasattr(select, "poll"):
            poller = select.poll()
            poller.register(fd, select.POLLIN)
            return bool(poller.poll(0))
        return bool(select.select([fd], [], [], 0)[0])
    except (OSError, ValueError):
        return True


class _Protocol(asyncio.StreamReaderProtocol):
    """Stream protocol that counts bytes in and out of the reader, so unread bytes on an
    idle connection are visible without reaching into StreamReader internals, and that
    never lets a reset destroy bytes that already arrived."""

    received = 0
    consumed = 0
    lost: Optional[BaseException] = None

    def data_received(self, data: bytes) -> None:
        self.received += len(data)
        super().data_received(data)

    def eof_received(self) -> bool:
        super().eof_received()
        # We never write after the peer's FIN, and after a CONNECT + start_tls a True here
        # would only make asyncio log that half-close is impossible over TLS.
        return False

    def connection_lost(self, exc: Optional[Exception]) -> None:
        if exc is not None and self.received != self.consumed:
            # StreamReader would raise at once and drop the buffer, losing e.g. a 413 sent
            # before the server reset an upload.  Deliver the bytes; _Conn.read raises
            # ``lost`` where EOF would be, so the reset is still never taken for an end.
            self.lost = exc
            exc = None
        super().connection_lost(exc)


class _Conn:
    __slots__ = ("reader", "protocol", "transport", "writer", "used", "done", "generation")

    def __init__(self, reader: asyncio.StreamReader, protocol: _Protocol, transport: asyncio.Transport,
                 generation: int) -> None:
        self.reader = reader
        self.protocol = protocol
        self.transport = transport
        self.writer: Optional[asyncio.StreamWriter] = None
        self.used = False  # has carried a request before: may have gone stale while idle
        self.done = False  # accounted for in the pool (closed or released)
        self.generation = generation

    def finish(self, loop: asyncio.AbstractEventLoop) -> None:
        """The byte path is final (after any tunnel): wrap it for writing."""
        self.writer = asyncio.StreamWriter(self.transport, self.protocol, self.reader, loop)
        sock = self.transport.get_extra_info("socket")
        if sock is not None:
            for level, opt, value in _SOCKET_OPTIONS:
                try:
                    sock.setsockopt(level, opt, value)
                except OSError:
                    pass

    async def read(self, timeout: Optional[float]) -> bytes:
        data = await _wait(self.reader.read(_READ_SIZE), timeout)
        if data:
            self.protocol.consumed += len(data)
        elif self.protocol.lost is not None:
            raise self.protocol.lost
        return data

    def alive(self) -> bool:
        if self.transport.is_closing() or self.reader.at_eof() or self.reader.exception() is not None:
            return False
        if self.protocol.received != self.protocol.consumed:
            return False
        return not _readable(self.transport.get_extra_info("socket"))

    def abort(self) -> None:
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
            if isinstance(event, Data):
                self._chunks.append(event.data)
                continue
            self._ended = True
            conn, self._conn = self._conn, None
            if conn is not None:
                if (self._reusable and parser.keep_alive and not conn.transport.is_closing()
                        and conn.protocol.received == conn.protocol.consumed):
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
                data = await conn.read(self._timeout)
            except asyncio.TimeoutError as exc:  # before OSError: on 3.11+ it is one
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

    async def aclose(self) -> None:
        self._ended = True
        self._chunks.clear()
        conn, self._conn = self._conn, None
        if conn is not None:
            self._owner._drop(conn)


class AsyncTransport:
    """HTTP/1.1 over asyncio, with a connection pool per origin (and proxy)."""

    def __init__(self, *, verify: VerifyTypes = True, cert: Optional[CertTypes] = None,
                 proxy: "Union[str, Proxy, None]" = None, trust_env: bool = True,
                 limits: Limits = DEFAULT_LIMITS, local_address: Optional[str] = None) -> None:
        # No event loop is touched here: the client may be built outside any loop and used
        # in one (or several, one after another) later.
        self._verify = verify
        self._cert = cert
        self._proxy = proxy
        self._trust_env = trust_env
        self._limits = limits
        self._local_address = local_address
        self._ssl: Optional["ssl.SSLContext"] = None
        self._pool: PoolState[_Conn] = PoolState(limits)
        self._live: Set[_Conn] = set()
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._waiters: "Deque[asyncio.Future[None]]" = deque()
        self._generation = 0
        self._closed = False

    @property
    def is_closed(self) -> bool:
        return self._closed

    def __repr__(self) -> str:
        return f"<AsyncTransport open={self._pool.open_count} idle={self._pool.idle_count}>"

    # ------------------------------------------------------------------ request
    async def handle_request(self, request: Request) -> AsyncResponse:
        if self._closed:
            raise RuntimeError(_CLOSED)
        scheme, host, port = origin_of(request.url)
        proxy = select_proxy(request.url, self._proxy, self._trust_env)
        origin: Origin = (scheme, host, port, proxy)
        head = self._request_head(request, scheme, host, port, proxy)
        body = request.content or b""
        connection = (request.header("connection") or "").lower()
        reusable = "close" not in [t.strip() for t in connection.split(",")]
        fresh = False
        while True:
            conn = await self._acquire(origin, request.timeout, fresh)
            try:
                return await self._exchange(conn, origin, request, head, body, reusable)
            except _Stale as stale:
                self._drop(conn)
                if fresh:  # pragma: no cover - fresh connections never report stale
                    raise stale.error from stale.error.__cause__
                fresh = True
            except BaseException:
                self._drop(conn)
                raise

    def _request_head(self, request: Request, scheme: str, host: str, port: int,
                      proxy: Optional[Proxy]) -> bytes:
        parts = urlsplit(request.url)
        path = parts.path or "/"
        forward = proxy is not None and scheme == "http"
        if forward:
            # RFC 9112 section 3.2.2: a forward proxy needs the absolute form.
            target = urlunsplit((scheme, _authority(host, port, 80), path, parts.query, ""))
        else:
            target = path + ("?" + parts.query if parts.query else "")
        headers = list(request.headers)
        names = {k.lower() for k, _ in headers}
        if "host" not in names:
            headers.insert(0, ("Host", _authority(host, port, 443 if scheme == "https" else 80)))
        if forward and proxy is not None and proxy.auth_header and "proxy-authorization" not in names:
            headers.append(("Proxy-Authorization", proxy.auth_header))
        content = request.content
        if content is not None:
            length: Optional[int] = len(content)
        else:
            # what httpx sends, so servers that demand a length on these methods are happy
            length = 0 if request.method.upper() in ("POST", "PUT", "PATCH") else None
        return serialize_request(request.method, target, headers, length)

    async def _exchange(self, conn: _Conn, origin: Origin, request: Request, head: bytes,
                        body: bytes, reusable: bool) -> AsyncResponse:
        timeout = request.timeout
        reused = conn.used
        conn.used = True
        writer = conn.writer
        assert writer is not None
        write_error: Optional[BaseException] = None
        try:
            if len(body) < _SMALL_BODY:
                writer.write(head + body)
            else:
                writer.write(head)
                writer.write(body)
            await _wait(writer.drain(), timeout.write)
        except asyncio.TimeoutError as exc:
            raise WriteTimeout("Timed out sending the request") from exc
        except OSError as exc:
            # The server may have answered early (413, 401) and closed: prefer its answer.
            write_error = exc

        parser = ResponseParser(request_method=request.method)
        while True:
            try:
                event = parser.next_event()
            except ProtocolError as exc:
                if parser.received_bytes == 0:
                    raise _no_response(RemoteProtocolError(str(exc)), exc, write_error, reused)
                raise RemoteProtocolError(str(exc)) from exc
            if isinstance(event, Head):
                break
            try:
                data = await conn.read(timeout.read)
            except asyncio.TimeoutError as exc:  # before OSError: on 3.11+ it is one
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

        stream = _Body(self, conn, origin, parser, timeout.read, reusable and write_error is None)
        # From here the stream owns the connection; nothing below may raise.
        stream.pump()
        return AsyncResponse(event.status_code, headers=event.headers, request=request,
                             reason_phrase=event.reason, http_version=event.http_version, stream=stream)

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

    async def _acquire(self, origin: Origin, timeout: "Timeout", fresh: bool) -> _Conn:
        loop = self._bind_loop()
        deadline = None if timeout.pool is None else loop.time() + timeout.pool
        while True:
            if self._closed:
                raise RuntimeError(_CLOSED)
            now = time.monotonic()
            for old in self._pool.expire(now):
                self._forget(old)
            if not fresh:
                conn, expired = self._pool.take_idle(origin, now)
                for old in expired:
                    self._forget(old)
                if conn is not None:
                    if conn.alive():
                        return conn
                    self._pool.discard()
                    self._forget(conn)
                    continue
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
        try:
            return await _wait(self._connect(scheme, host, port, proxy, generation), connect_timeout)
        except asyncio.TimeoutError as exc:
            raise ConnectTimeout(f"Timed out connecting to {_authority(host, port)}") from exc

    async def _connect(self, scheme: str, host: str, port: int, proxy: Optional[Proxy],
                       generation: int) -> _Conn:
        loop = asyncio.get_running_loop()
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
        conn.finish(loop)
        return conn

    async def _dial(self, host: str, port: int, ctx: "Optional[ssl.SSLContext]", generation: int,
                    error: "type[ConnectError]") -> _Conn:
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader(limit=_READ_SIZE)
        protocol = _Protocol(reader)
        local = (self._local_address, 0) if self._local_address else None
        try:
            transport, _ = await loop.create_connection(
                lambda: protocol, host, port, ssl=ctx, server_hostname=host if ctx is not None else None,
                local_addr=local)
        except OSError as exc:  # refused, unreachable, DNS, TLS verification (ssl.SSLError)
            raise error(f"Failed to connect to {_authority(host, port)}: {exc}") from exc
        return _Conn(reader, protocol, transport, generation)

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
                data = await conn.read(None)  # bounded by the connect timeout around us
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
        if parser.trailing_data or conn.protocol.received != conn.protocol.consumed:
            raise ProxyError("Proxy sent data before the TLS handshake")
        loop = asyncio.get_running_loop()
        try:
            tls = await loop.start_tls(conn.transport, conn.protocol, self._ssl_context(),
                                       server_hostname=host)
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
