"""The sync transport: ``http.client`` connections kept alive in a thread-safe pool.

Only bytes move here.  Which connection may be reused, and when, is asked of
:class:`pool.PoolState`; which proxy applies is asked of :func:`proxy.select_proxy`.
This module is imported on the first request, so importing ``http.client`` (and with
it ``ssl`` and ``email``) at the top costs nothing at ``import openai_lite`` time.
"""
from __future__ import annotations

import datetime
import http.client
import re
import select
import socket
import threading
import time
import weakref
from collections import deque
from typing import TYPE_CHECKING, Callable, Deque, Iterator, List, Optional, Tuple, Type, Union

from .base import (ConnectError, ConnectTimeout, Headers, PoolTimeout, ProxyError, ReadError,
                   ReadTimeout, RemoteProtocolError, Request, Response, SyncByteStream,
                   TransportError, WriteError, WriteTimeout)
from .pool import DEFAULT_LIMITS, Limits, Origin, PoolState
from .proxy import Proxy, origin_of, parse_proxy, select_proxy
from .tls import CertTypes, VerifyTypes, create_ssl_context

if TYPE_CHECKING:
    import ssl

    from .._timeout import Timeout

__all__ = ["SyncTransport"]

_CLOSED_MESSAGE = "Cannot send a request, as the client has been closed."
# One recv per chunk at most this big: a 200 MB download never sits in memory at once.
_CHUNK_SIZE = 64 * 1024
# socket.timeout is only an alias of TimeoutError from 3.10 on.
_TIMEOUTS: Tuple[Type[BaseException], ...] = (socket.timeout, TimeoutError)

_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_FORBIDDEN_IN_VALUE = re.compile(r"[\r\n\0]")
_BAD_TARGET = re.compile(r"[\x00-\x20\x7f]")
_DIGITS = re.compile(r"[0-9]+")
_FOLD = re.compile(r"\r?\n[ \t]*")


def _server_gone_errors() -> Tuple[Type[BaseException], ...]:
    # How a keep-alive socket the server already closed fails on its next use: the write
    # hits a reset or broken pipe, or the read finds EOF (RemoteDisconnected) or a reset.
    errors: List[Type[BaseException]] = [BrokenPipeError, ConnectionResetError,
                                         ConnectionAbortedError, http.client.RemoteDisconnected]
    try:
        import ssl as _ssl
        errors += [_ssl.SSLEOFError, _ssl.SSLZeroReturnError]
    except ImportError:  # pragma: no cover - Python built without ssl
        pass
    return tuple(errors)


_SERVER_GONE = _server_gone_errors()


def _socket_options() -> List[Tuple[int, int, int]]:
    # NODELAY: a request is written in one or two sends and Nagle would hold the second
    # back for a delayed ACK.  Keepalive probes: long generations sit silent for minutes,
    # and NATs and load balancers drop flows they think are idle (the SDK's values).
    opts = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1), (socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)]
    idle = getattr(socket, "TCP_KEEPIDLE", None)
    if idle is None:
        idle = getattr(socket, "TCP_KEEPALIVE", None)  # macOS spells the idle time this way
    for opt, value in ((idle, 60), (getattr(socket, "TCP_KEEPINTVL", None), 60),
                       (getattr(socket, "TCP_KEEPCNT", None), 5)):
        if opt is not None:
            opts.append((socket.IPPROTO_TCP, opt, value))
    return opts


_SOCKET_OPTIONS = _socket_options()


def _ascii_host(host: str) -> str:
    if ":" in host:
        return f"[{host}]"
    if not host.isascii():
        return host.encode("idna").decode("ascii")
    return host


# --------------------------------------------------------------------------- request head
class _Head:
    """What goes on the wire, validated before any socket is touched."""

    __slots__ = ("method", "target", "headers", "body", "close")

    def __init__(self, method: str, target: str, headers: List[Tuple[bytes, bytes]],
                 body: Optional[bytes], close: bool) -> None:
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        self.close = close


def _build_head(request: Request, scheme: str, proxy: Optional[Proxy]) -> _Head:
    from urllib.parse import quote, urlsplit

    method = request.method
    if not isinstance(method, str) or not _TOKEN.fullmatch(method):
        raise ValueError(f"Invalid HTTP method {method!r}")
    parts = urlsplit(request.url)
    host = _ascii_host(parts.hostname or "")
    authority = host if parts.port is None else f"{host}:{parts.port}"
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    if not target.isascii():
        target = quote(target, safe="!#$%&'()*+,/:;=?@[]~")
    if _BAD_TARGET.search(target) or _BAD_TARGET.search(authority):
        raise ValueError("The request URL contains whitespace or control characters")
    if proxy is not None and scheme == "http":
        # A plain-HTTP proxy is told the whole URL (RFC 9112 absolute-form).
        target = f"{scheme}://{authority}{target}"

    headers: List[Tuple[bytes, bytes]] = []
    names = set()
    close = False
    for name, value in request.headers:
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            # Cut at the first space or colon: "Authorization: Bearer ..." was a whole
            # header passed as a name, and the rest of it is a credential.
            shown = re.split(r"[\s:]", name, maxsplit=1)[0][:40] if isinstance(name, str) else name
            raise ValueError(f"Invalid header name {shown!r}: header names must be HTTP tokens")
        if not isinstance(value, str):
            raise TypeError(f"Header {name!r} must have a str value, not {type(value).__name__}")
        # The value itself stays out of the message: it may be a credential.
        if _FORBIDDEN_IN_VALUE.search(value):
            raise ValueError(f"Invalid value for header {name!r}: CR, LF and NUL are not allowed")
        try:
            raw_value = value.encode("latin-1")
        except UnicodeEncodeError:
            raise ValueError(f"Invalid value for header {name!r}: only Latin-1 characters can be sent") from None
        lname = name.lower()
        names.add(lname)
        if lname == "connection" and "close" in value.lower():
            close = True
        headers.append((name.encode("ascii"), raw_value))

    extra: List[Tuple[bytes, bytes]] = []
    if "host" not in names:
        extra.append((b"Host", authority.encode("ascii")))
    body = request.content
    if "content-length" not in names and "transfer-encoding" not in names:
        if body is not None:
            headers.append((b"Content-Length", str(len(body)).encode("ascii")))
        elif method in ("POST", "PUT", "PATCH"):
            # Some servers and proxies answer 411 to a body-less POST without it (httpx adds it too).
            headers.append((b"Content-Length", b"0"))
    if proxy is not None and scheme == "http" and proxy.auth_header and "proxy-authorization" not in names:
        headers.append((b"Proxy-Authorization", proxy.auth_header.encode("latin-1")))
    return _Head(method, target, extra + headers, body, close)


# --------------------------------------------------------------------------- connections
def _is_readable(sock: socket.socket) -> bool:
    if hasattr(select, "poll"):  # select() cannot watch descriptors above FD_SETSIZE
        poller = select.poll()
        poller.register(sock, select.POLLIN)
        return bool(poller.poll(0))
    readable, _, _ = select.select([sock], [], [], 0)
    return bool(readable)


class _Connection(http.client.HTTPConnection):
    """One socket to one origin (through its proxy, if any).

    ``connect`` is ours: socket options, the CONNECT tunnel and TLS all happen under one
    connect deadline, and it is only ever called explicitly, so a dead keep-alive socket
    is never silently replaced halfway through a request.
    """

    def __init__(self, origin: Origin, proxy: Optional[Proxy],
                 ssl_context: "Optional[ssl.SSLContext]", connect_timeout: Optional[float],
                 source_address: Optional[Tuple[str, int]]) -> None:
        scheme, host, port, _ = origin
        dial_host, dial_port = (proxy.host, proxy.port) if proxy is not None else (host, port)
        super().__init__(dial_host, dial_port, timeout=connect_timeout, source_address=source_address)
        self.auto_open = 0
        self.origin = origin
        self.proxy = proxy
        self.ssl_context = ssl_context
        self.connect_timeout = connect_timeout
        self.bind_address = source_address
        self.requests = 0
        self.broken = False  # the request body was cut short: the framing is lost
        self.raw: Optional[socket.socket] = None  # kept even when http.client drops self.sock

    def connect(self) -> None:
        scheme, host, port, _ = self.origin
        limit = self.connect_timeout
        deadline = None if limit is None else time.monotonic() + limit
        sock: socket.socket = socket.create_connection((self.host, self.port), limit, self.bind_address)
        try:
            for level, opt, value in _SOCKET_OPTIONS:
                try:
                    sock.setsockopt(level, opt, value)
                except OSError:
                    pass
            proxy = self.proxy
            if proxy is not None and proxy.scheme == "https":
                if scheme == "https":
                    # TLS inside TLS needs an SSLObject pump; not worth it for a rare setup.
                    raise ProxyError("An https:// proxy cannot tunnel https:// requests; use an http:// proxy URL")
                sock = self._tls(sock, proxy.host, deadline)
            if proxy is not None and scheme == "https":
                self._tunnel_through(sock, host, port, proxy, deadline)
            if scheme == "https":
                sock = self._tls(sock, host, deadline)
        except BaseException:
            sock.close()
            raise
        self.sock = self.raw = sock

    @staticmethod
    def _remaining(deadline: Optional[float]) -> Optional[float]:
        if deadline is None:
            return None
        left = deadline - time.monotonic()
        if left <= 0:
            raise ConnectTimeout("Timed out while connecting")
        return left

    def _tls(self, sock: socket.socket, server_name: str, deadline: Optional[float]) -> socket.socket:
        assert self.ssl_context is not None
        sock.settimeout(self._remaining(deadline))
        return self.ssl_context.wrap_socket(sock, server_hostname=server_name)

    def _tunnel_through(self, sock: socket.socket, host: str, port: int, proxy: Proxy,
                        deadline: Optional[float]) -> None:
        authority = f"{_ascii_host(host)}:{port}"
        lines = [f"CONNECT {authority} HTTP/1.1", f"Host: {authority}"]
        if proxy.auth_header:
            lines.append(f"Proxy-Authorization: {proxy.auth_header}")
        sock.settimeout(self._remaining(deadline))
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        sock.settimeout(self._remaining(deadline))
        reply = http.client.HTTPResponse(sock, method="CONNECT")
        try:
            reply.begin()
        except http.client.HTTPException as exc:
            raise ProxyError(f"Malformed reply from the proxy to CONNECT {authority}: {exc!r}") from None
        finally:
            # The proxy sends nothing more until our TLS hello, so no bytes are lost here.
            reply.close()
        if not 200 <= reply.status < 300:
            raise ProxyError(f"The proxy refused CONNECT {authority}: {reply.status} {reply.reason}")

    def is_reusable(self) -> bool:
        """A zero-wait poll: an idle socket must have nothing to read.  EOF, a reset or
        stray bytes all mean the server is done with it."""
        sock = self.sock
        if sock is None:
            return False
        try:
            pending = getattr(sock, "pending", None)  # bytes TLS already decrypted
            if pending is not None and pending():
                return False
            return not _is_readable(sock)
        except (OSError, ValueError):
            return False

    def shutdown(self) -> None:
        # shutdown() wakes a thread blocked in recv on this socket, which close() does not;
        # the plain-socket method, because SSLSocket.shutdown also drops its TLS state.
        raw = self.raw
        if raw is not None:
            try:
                socket.socket.shutdown(raw, socket.SHUT_RDWR)
            except (OSError, ValueError):
                pass


# --------------------------------------------------------------------------- errors
def _map_error(exc: BaseException, phase: str, where: str) -> TransportError:
    if isinstance(exc, TransportError):
        return exc
    if isinstance(exc, _TIMEOUTS):
        if phase == "connect":
            return ConnectTimeout(f"Timed out connecting to {where}")
        if phase == "write":
            return WriteTimeout(f"Timed out sending the request to {where}")
        return ReadTimeout(f"Timed out reading the response from {where}")
    if phase == "connect":
        return ConnectError(f"Could not connect to {where}: {exc}")
    if isinstance(exc, http.client.RemoteDisconnected):
        return RemoteProtocolError("Server disconnected without sending a response.")
    if isinstance(exc, http.client.IncompleteRead):
        return RemoteProtocolError(
            f"The response body ended early ({len(exc.partial)} bytes in the last read, "
            f"{exc.expected if exc.expected is not None else 'more'} expected): bad chunked framing or a short body")
    if isinstance(exc, http.client.HTTPException):
        return RemoteProtocolError(f"Malformed HTTP response from {where}: {type(exc).__name__}: {exc}")
    if phase == "write":
        return WriteError(f"Error sending the request to {where}: {exc}")
    return ReadError(f"Error reading the response from {where}: {exc}")


class _Resend(Exception):
    """A reused socket turned out dead before any response byte: safe to send again."""


# --------------------------------------------------------------------------- body stream
class _BodyStream(SyncByteStream):
    """Raw body chunks of one response; gives the socket back to the pool only when the
    body was read to its end, and closes it in every other case."""

    def __init__(self, transport: "SyncTransport", conn: _Connection, resp: http.client.HTTPResponse,
                 keep_alive: bool, where: str) -> None:
        self._transport = transport
        self._conn = conn
        self._resp = resp
        self._keep_alive = keep_alive
        self._where = where
        # http.client sets length 0 for HEAD, 204 and 304, even when they say "chunked".
        self._expected = 0 if resp.length == 0 else None if resp.chunked else resp.length
        self._received = 0
        self._done = False
        self._done_lock = threading.Lock()  # close() may race the reader thread finishing
        self.on_close: Optional[Callable[[], None]] = None
        if self._expected == 0:
            self._finish()

    def __iter__(self) -> Iterator[bytes]:
        if self._done:
            return
        resp = self._resp
        expected = self._expected
        try:
            while expected is None or self._received < expected:
                try:
                    chunk = resp.read1(_CHUNK_SIZE)
                except Exception as exc:
                    raise _map_error(exc, "read", self._where) from exc
                if not chunk:
                    if expected is not None:
                        # http.client returns b"" here instead of raising IncompleteRead.
                        raise RemoteProtocolError(
                            f"The response body ended early: received {self._received} of "
                            f"{expected} bytes announced by Content-Length")
                    break
                self._received += len(chunk)
                yield chunk
            self._finish()
        finally:
            if not self._done:  # an error, or the consumer walked away mid-body
                self._abort()

    def _complete(self) -> bool:
        if self._expected is not None:
            return self._received >= self._expected
        return self._resp.isclosed() and self._resp.chunked  # terminal chunk already read

    def _claim(self) -> bool:
        """True for exactly one caller: the one that hands the socket back or closes it."""
        with self._done_lock:
            if self._done:
                return False
            self._done = True
            return True

    def _finish(self) -> None:
        if not self._claim():
            return
        self._resp.close()
        self._transport._release(self._conn, self._keep_alive)
        self._closed_hook()

    def _abort(self) -> None:
        # Draining an unwanted body could take forever; a new connection is cheaper.
        if not self._claim():
            return
        self._conn.shutdown()
        self._resp.close()
        self._conn.close()
        self._transport._release(self._conn, False)
        self._closed_hook()

    def _closed_hook(self) -> None:
        hook, self.on_close = self.on_close, None
        if hook is not None:
            hook()

    def close(self) -> None:
        if not self._done:
            if self._complete():
                self._finish()
            else:
                self._abort()

    def __del__(self) -> None:
        # A response dropped unclosed must not hold its pool slot forever.
        try:
            if not self._done:
                self._abort()
        except Exception:  # pragma: no cover - interpreter shutdown
            pass


# --------------------------------------------------------------------------- transport
class SyncTransport:
    """Sends a :class:`Request` and returns a :class:`Response` whose body is read lazily."""

    def __init__(self, *, verify: VerifyTypes = True, cert: Optional[CertTypes] = None,
                 proxy: "Union[str, Proxy, None]" = None, trust_env: bool = True,
                 limits: Limits = DEFAULT_LIMITS, local_address: Optional[str] = None) -> None:
        self._verify = verify
        self._cert = cert
        # Parsed now so a bad proxy URL fails at construction, and the URL (which may carry
        # a password) is not kept around.
        self._proxy = parse_proxy(proxy) if isinstance(proxy, str) else proxy
        self._trust_env = trust_env
        self._limits = limits
        self._source_address = (local_address, 0) if local_address else None
        self._ssl_context: "Optional[ssl.SSLContext]" = None
        self._ssl_lock = threading.Lock()
        self._cond = threading.Condition(threading.RLock())
        self._pool: PoolState[_Connection] = PoolState(limits)
        self._closed = False
        # Thread holding self._cond, so that a garbage-collected stream finalised inside one
        # of our own critical sections defers its bookkeeping instead of re-entering it.
        self._owner: Optional[int] = None
        self._deferred: Deque[int] = deque()

    @property
    def is_closed(self) -> bool:
        return self._closed

    def __repr__(self) -> str:
        return f"<SyncTransport proxy={self._proxy!r} limits={self._limits!r} closed={self._closed}>"

    def __enter__(self) -> "SyncTransport":
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    # ------------------------------------------------------------------ sending
    def handle_request(self, request: Request) -> Response:
        if self._closed:
            raise RuntimeError(_CLOSED_MESSAGE)
        try:
            scheme, host, port = origin_of(request.url)
        except ValueError as exc:
            raise ConnectError(str(exc)) from None
        proxy = select_proxy(request.url, self._proxy, self._trust_env)
        head = _build_head(request, scheme, proxy)
        origin: Origin = (scheme, host, port, proxy)
        where = f"{_ascii_host(host)}:{port}" + (f" via proxy {proxy.host}:{proxy.port}" if proxy else "")
        timeout = request.timeout
        started = time.monotonic()

        conn = self._acquire(origin, timeout, fresh=False)
        try:
            resp = self._exchange(conn, head, timeout, where)
        except _Resend:
            # Not a retry: the request never reached a live server.  Once, and on a new
            # socket, which _exchange never offers to resend.
            conn = self._acquire(origin, timeout, fresh=True)
            resp = self._exchange(conn, head, timeout, where)

        try:
            raw_headers = _check_head(resp, head.method)
        except BaseException:
            resp.close()
            conn.close()
            self._release(conn, False)
            raise
        keep_alive = not (resp.will_close or head.close or conn.broken or resp.status == 101)
        stream = _BodyStream(self, conn, resp, keep_alive, where)
        response = Response(
            resp.status, stream=stream, headers=Headers(raw_headers), request=request,
            reason_phrase=resp.reason, http_version="HTTP/1.0" if resp.version == 10 else "HTTP/1.1")
        response.elapsed = datetime.timedelta(seconds=time.monotonic() - started)
        if not stream._done:
            ref = weakref.ref(response)  # no cycle: a dropped response must be collectable at once

            def set_elapsed() -> None:
                r = ref()
                if r is not None:
                    r.elapsed = datetime.timedelta(seconds=time.monotonic() - started)
            stream.on_close = set_elapsed
        return response

    def _exchange(self, conn: _Connection, head: _Head, timeout: "Timeout", where: str) -> http.client.HTTPResponse:
        """Connect if new, send the head and body, read the status line and headers.
        On any failure the connection is closed and its slot given back."""
        reused = conn.requests > 0
        phase = "connect"
        try:
            if conn.sock is None:
                conn.connect()
            phase = "write"
            conn.sock.settimeout(timeout.write)
            conn.putrequest(head.method, head.target, skip_host=True, skip_accept_encoding=True)
            for name, value in head.headers:
                conn.putheader(name, value)
            body = head.body
            if body is not None and len(body) > _CHUNK_SIZE:
                conn.endheaders()  # a separate send, so a big body is never copied
                conn.send(body)
            else:
                conn.endheaders(body)
            phase = "read"
            conn.sock.settimeout(timeout.read)
            resp = conn.getresponse()
        except BaseException as exc:
            if phase == "write" and isinstance(exc, OSError) and not isinstance(exc, _TIMEOUTS):
                early = self._early_response(conn, timeout)
                if early is not None:
                    conn.requests += 1
                    conn.broken = True
                    return early
            conn.shutdown()
            conn.close()
            self._release(conn, False)
            if not isinstance(exc, Exception):
                raise
            error = _map_error(exc, phase, where)
            if reused and phase != "connect" and isinstance(exc, _SERVER_GONE):
                raise _Resend() from exc
            raise error from exc
        conn.requests += 1
        return resp

    @staticmethod
    def _early_response(conn: _Connection, timeout: "Timeout") -> Optional[http.client.HTTPResponse]:
        """A server may answer (413, 401...) and hang up before taking the whole body;
        that answer is worth more to the caller than the broken pipe it caused."""
        try:
            if conn.sock is None:
                return None
            conn.sock.settimeout(timeout.read)
            return conn.getresponse()
        except Exception:
            return None

    def _context(self) -> "ssl.SSLContext":
        with self._ssl_lock:
            if self._ssl_context is None:
                self._ssl_context = create_ssl_context(self._verify, self._cert, self._trust_env)
            return self._ssl_context

    # ------------------------------------------------------------------ pool
    def _lock(self) -> None:
        self._cond.acquire()
        self._owner = threading.get_ident()

    def _unlock(self) -> None:
        try:
            while self._deferred:
                self._deferred.popleft()
                self._pool.discard()
                self._cond.notify()
        finally:
            self._owner = None
            self._cond.release()

    def _acquire(self, origin: Origin, timeout: "Timeout", *, fresh: bool) -> _Connection:
        limit = timeout.pool
        deadline = None if limit is None else time.monotonic() + limit
        to_close: List[_Connection] = []
        self._lock()
        try:
            while True:
                if self._closed:
                    raise RuntimeError(_CLOSED_MESSAGE)
                now = time.monotonic()
                to_close += self._pool.expire(now)
                while not fresh:
                    idle, expired = self._pool.take_idle(origin, now)
                    to_close += expired
                    if idle is None:
                        break
                    if idle.is_reusable():
                        return idle
                    to_close.append(idle)
                    self._pool.discard()
                ok, victims = self._pool.reserve()
                to_close += victims
                if ok:
                    break
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    raise PoolTimeout("Timed out waiting for a free connection in the pool")
                self._owner = None
                try:
                    self._cond.wait(left)
                finally:
                    self._owner = threading.get_ident()
        finally:
            self._unlock()
            for c in to_close:
                c.close()
        try:
            ctx = self._context() if origin[0] == "https" or (
                isinstance(origin[3], Proxy) and origin[3].scheme == "https") else None
            proxy = origin[3] if isinstance(origin[3], Proxy) else None
            return _Connection(origin, proxy, ctx, timeout.connect, self._source_address)
        except BaseException:
            self._release(None, False)
            raise

    def _release(self, conn: Optional[_Connection], keep_alive: bool) -> None:
        """Back to the pool if reusable, else the slot is freed (the caller closed it)."""
        if self._owner == threading.get_ident():
            # Re-entered from a finaliser run by the GC inside our own critical section.
            if conn is not None:
                conn.close()
            self._deferred.append(0)
            return
        to_close: List[_Connection] = []
        self._lock()
        try:
            if conn is not None and keep_alive and not self._closed and conn.sock is not None:
                to_close = self._pool.release(conn.origin, conn, time.monotonic())
            else:
                if conn is not None:
                    to_close = [conn]
                self._pool.discard()
            self._cond.notify()
        finally:
            self._unlock()
        for c in to_close:
            c.close()

    def close(self) -> None:
        """Close idle sockets now; sockets in use close when their response is closed."""
        self._lock()
        try:
            self._closed = True
            idle = self._pool.drain()
            self._cond.notify_all()
        finally:
            self._unlock()
        for c in idle:
            c.close()


def _check_head(resp: http.client.HTTPResponse, method: str) -> List[Tuple[str, str]]:
    """Response headers as sent, after the checks http.client leaves out."""
    msg = resp.msg
    # email's parser records a header line it cannot parse as a defect and silently moves
    # everything after it into the "payload".
    if msg.defects or msg.get_payload():
        raise RemoteProtocolError("Malformed response headers")
    bodiless = method == "HEAD" or resp.status in (204, 304) or 100 <= resp.status < 200
    if not resp.chunked and not bodiless:
        values = msg.get_all("content-length") or []
        if values:
            lengths = {v.strip() for value in values for v in value.split(",")}
            if len(lengths) != 1 or not _DIGITS.fullmatch(next(iter(lengths))):
                raise RemoteProtocolError("Invalid Content-Length in the response")
            # RFC 9110 8.6 allows a repeated identical value; http.client would instead
            # read such a body until the connection closes.
            resp.length = int(next(iter(lengths)))
    return [(name, _FOLD.sub(" ", value).strip()) for name, value in msg.items()]
