"""The sync transport: blocking sockets kept alive in a thread-safe pool.

Only bytes move here.  The request head is serialised in one join and checked with one
scan; the response head is read here, then parsed and framed (RFC 9112 section 6.3) by
``parse_head`` and ``frame`` of ``core/http11.py``, the functions the async side uses.
Which connection may be reused, and when, is asked of :class:`pool.PoolState`; which
proxy applies is asked of :func:`proxy.select_proxy`.

This module is imported on the first request.  It needs neither ``http.client`` nor
``ssl``: TLS modules load only when an https URL (or proxy) is used.
"""
from __future__ import annotations

import os
import re
import select
import socket
import sys
import threading
import time
import weakref
from collections import deque
from typing import (TYPE_CHECKING, Any, Deque, Dict, Iterator, List, Optional, Tuple, Type,
                    Union)
from urllib.parse import quote, urlsplit

from .base import (ConnectError, ConnectTimeout, Headers, PoolTimeout, ProxyError, ReadError,
                   ReadTimeout, RemoteProtocolError, Request, Response, SyncByteStream,
                   TransportError, WriteError, WriteTimeout, _rechunk)
from ..core.http11 import BODY_CHUNKED, BODY_LENGTH, ProtocolError, frame, parse_head
from .dial import open_socket
from .pool import DEFAULT_LIMITS, Limits, Origin, PoolState
from .proxy import Proxy, _env_has_proxy, origin_of, parse_proxy, select_proxy
from .tls import CertTypes, VerifyTypes, create_ssl_context

if TYPE_CHECKING:
    import ssl

    from .._timeout import Timeout

__all__ = ["SyncTransport"]

_CLOSED_MESSAGE = "Cannot send a request, as the client has been closed."
# One recv at most this big: a 200 MB download never sits in memory at once.
_CHUNK_SIZE = 64 * 1024
# Head and body go out in one send up to this size; a bigger body is sent on its own so
# that it is never copied.
_SMALL_BODY = 64 * 1024
_MAX_HEAD = 64 * 1024
_MAX_HEADERS = 256
_MAX_CHUNK_LINE = 4096
# socket.timeout is only an alias of TimeoutError from 3.10 on.
_TIMEOUTS: Tuple[Type[BaseException], ...] = (socket.timeout, TimeoutError)
_UNSET: Any = object()  # a socket timeout not yet known
# Bodies longer than this are read with the socket non-blocking (see _BodyStream._nonblocking).
_LONG_BODY = 1 << 20
_WOULD_BLOCK: Tuple[Type[BaseException], ...] = (BlockingIOError, InterruptedError)
_WANT_WRITE: Tuple[Type[BaseException], ...] = ()


def _tls_errors() -> None:
    """Add SSL's would-block errors once a TLS socket exists (``ssl`` is not imported
    for plain HTTP)."""
    global _WOULD_BLOCK, _WANT_WRITE
    import ssl
    _WOULD_BLOCK = (BlockingIOError, InterruptedError, ssl.SSLWantReadError, ssl.SSLWantWriteError)
    _WANT_WRITE = (ssl.SSLWantWriteError,)

_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_FORBIDDEN_IN_VALUE = re.compile(r"[\r\n\0]")
_BAD_TARGET = re.compile(r"[\x00-\x20\x7f]")
_CHUNK_HEX = re.compile(rb"[0-9A-Fa-f]{1,16}")
_HEX_DIGITS = b"0123456789abcdefABCDEF"
# A chunk-size line as servers send it: hex digits, maybe extensions, CRLF.
_CHUNK_LINE = re.compile(rb"([0-9A-Fa-f]{1,16})(?:;[^\r\n]*)?\r\n")


def _socket_options() -> List[Tuple[int, int, int]]:
    # NODELAY: a big body is written apart from the head and Nagle would hold it back for a
    # delayed ACK.  Keepalive probes: long generations sit silent for minutes, and NATs and
    # load balancers drop flows they think are idle (the SDK's values).
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


# --------------------------------------------------------------------------- URLs, proxies
# url -> (scheme, host, port, authority, target); a client sends to a handful of URLs.
_UrlInfo = Tuple[str, str, int, str, str]
_URLS: Dict[str, _UrlInfo] = {}


def _parse_url(url: str) -> _UrlInfo:
    info = _URLS.get(url)
    if info is not None:
        return info
    try:
        scheme, host, port = origin_of(url)
    except ValueError as exc:
        raise ConnectError(str(exc)) from None
    parts = urlsplit(url)
    ahost = _ascii_host(parts.hostname or "")
    authority = ahost if parts.port is None else f"{ahost}:{parts.port}"
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    if not target.isascii():
        target = quote(target, safe="!#$%&'()*+,/:;=?@[]~")
    if _BAD_TARGET.search(target) or _BAD_TARGET.search(authority):
        raise ValueError("The request URL contains whitespace or control characters")
    info = (scheme, host, port, authority, target)
    if "@" not in parts.netloc:  # never keep credentials around
        if len(_URLS) >= 512:
            _URLS.clear()
        _URLS[url] = info
    return info


def _env_may_have_proxy() -> bool:
    """False when no environment variable name contains "_proxy": one join and one scan,
    not a str decode per variable (``proxy._env_has_proxy`` costs ~8 us a request)."""
    data = getattr(os.environ, "_data", None)
    if type(data) is dict:
        try:
            return b"_proxy" in b"\0".join(data).lower()  # POSIX: bytes keys
        except TypeError:
            try:
                return "_proxy" in "\0".join(data).lower()  # Windows: str keys
            except TypeError:
                pass
    return _env_has_proxy()


def _where(origin: Origin) -> str:
    scheme, host, port, proxy = origin
    via = f" via proxy {proxy.host}:{proxy.port}" if isinstance(proxy, Proxy) else ""
    return f"{_ascii_host(host)}:{port}{via}"


# --------------------------------------------------------------------------- request head
# Header names already checked, and their lower-case form.
_NAMES: Dict[str, str] = {}
_METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}
_FRAMING_OUT = frozenset(("host", "content-length", "transfer-encoding", "proxy-authorization", "connection"))


def _name_lower(name: Any) -> str:
    """A header name's lower-case form, after checking it is an HTTP token."""
    if not isinstance(name, str) or not _TOKEN.fullmatch(name):
        # Cut at the first space or colon: "Authorization: Bearer ..." was a whole
        # header passed as a name, and the rest of it is a credential.
        shown = re.split(r"[\s:]", name, maxsplit=1)[0][:40] if isinstance(name, str) else name
        raise ValueError(f"Invalid header name {shown!r}: header names must be HTTP tokens")
    lname = name.lower()
    if len(_NAMES) < 4096:
        _NAMES[name] = lname
    return lname


def _check_values(headers: List[Tuple[str, str]]) -> None:
    """The slow path: find the header that made the fast check fail, and say which."""
    for name, value in headers:
        _name_lower(name)
        if not isinstance(value, str):
            raise TypeError(f"Header {name!r} must have a str value, not {type(value).__name__}")
        # The value itself stays out of the message: it may be a credential.
        if _FORBIDDEN_IN_VALUE.search(value):
            raise ValueError(f"Invalid value for header {name!r}: CR, LF and NUL are not allowed")
        try:
            value.encode("latin-1")
        except UnicodeEncodeError:
            raise ValueError(f"Invalid value for header {name!r}: only Latin-1 characters can be sent") from None


def _build_head(request: Request, scheme: str, authority: str, target: str,
                proxy: Optional[Proxy]) -> Tuple[bytes, bool]:
    """The request line and header block, checked, and whether it asks to close.

    Every value goes into one string, and one scan of it refuses CR, LF and NUL anywhere
    but at the line ends we put there ourselves; requests built by hand get the same
    check as the client's."""
    method = request.method
    if type(method) is not str or method not in _METHODS:
        if not isinstance(method, str) or not _TOKEN.fullmatch(method):
            raise ValueError(f"Invalid HTTP method {method!r}")
    if proxy is not None and scheme == "http":
        # A plain-HTTP proxy is told the whole URL (RFC 9112 absolute-form).
        target = f"{scheme}://{authority}{target}"
    headers = request.headers
    parts = [method, " ", target, " HTTP/1.1\r\n", "", "", ""]  # Host goes in slots 4-6
    have_host = framed = have_proxy_auth = close = False
    names = _NAMES
    try:
        for name, value in headers:
            lname = names.get(name)
            if lname is None:
                lname = _name_lower(name)
            if lname in _FRAMING_OUT:
                if lname == "host":
                    have_host = True
                elif lname == "connection":
                    close = close or "close" in value.lower()
                elif lname == "proxy-authorization":
                    have_proxy_auth = True
                else:
                    framed = True
            parts += (name, ": ", value, "\r\n")
        lines = len(headers) + 2  # request line, headers, blank line
        if not have_host:
            parts[4:7] = ("Host: ", authority, "\r\n")
            lines += 1
        body = request.content
        if not framed:
            if body is not None:
                parts += ("Content-Length: ", str(len(body)), "\r\n")
                lines += 1
            elif method in ("POST", "PUT", "PATCH"):
                # Some servers and proxies answer 411 to a body-less POST without it (httpx adds it too).
                parts.append("Content-Length: 0\r\n")
                lines += 1
        if proxy is not None and scheme == "http" and proxy.auth_header and not have_proxy_auth:
            parts += ("Proxy-Authorization: ", proxy.auth_header, "\r\n")
            lines += 1
        parts.append("\r\n")
        text = "".join(parts)
        if text.count("\n") != lines or text.count("\r") != lines or "\0" in text:
            raise ValueError
        return text.encode("latin-1"), close
    except (TypeError, ValueError, AttributeError, UnicodeEncodeError):
        _check_values(headers)  # raises with the header's name (never its value)
        raise ValueError("Invalid request head") from None


# --------------------------------------------------------------------------- response head
class _Disconnected(RemoteProtocolError):
    """EOF before the first byte of a response: on a reused socket, safe to resend."""


class _Answer:
    """A parsed response head, its framing, and the bytes read past it."""

    __slots__ = ("status", "reason", "minor", "headers", "index", "length", "chunked",
                 "persistent", "buf", "pos")

    def __init__(self, status: int, reason: str, minor: int, headers: List[Tuple[str, str]],
                 index: Dict[str, List[str]]) -> None:
        self.status = status
        self.reason = reason
        self.minor = minor
        self.headers = headers
        self.index = index
        self.length: Optional[int] = None  # None: chunked or read until close
        self.chunked = False
        self.persistent = False
        self.buf = b""
        self.pos = 0


def _check_head(data: bytes, content_end: int, method: str) -> _Answer:
    """Status line and headers of ``data[:content_end]``, checked, plus the body framing:
    the same two functions of ``core/http11.py`` that the async side uses."""
    try:
        status, reason, minor, headers, index = parse_head(data[:content_end], _MAX_HEADERS)
        how, length, persistent, _coded = frame(method, status, minor, index)
    except ProtocolError as exc:
        raise RemoteProtocolError(str(exc)) from None
    answer = _Answer(status, reason, minor, headers, index)
    answer.persistent = persistent
    if how == BODY_LENGTH:
        answer.length = length
    elif how == BODY_CHUNKED:
        answer.chunked = True
    return answer


def _read_answer(sock: socket.socket, method: str) -> _Answer:
    """Read until a final (non-1xx) response head is complete and parse it.  Bytes past the
    head stay in ``answer.buf[answer.pos:]``."""
    recv = sock.recv
    data = recv(_CHUNK_SIZE)
    if not data:
        raise _Disconnected("Server disconnected without sending a response.")
    while True:
        crlf = data.find(b"\n\r\n")
        lf = data.find(b"\n\n", 0, crlf if crlf >= 0 else len(data))
        if lf >= 0:
            content_end, head_end = lf, lf + 2
        elif crlf >= 0:
            content_end, head_end = crlf, crlf + 3
        else:
            if len(data) > _MAX_HEAD:
                raise RemoteProtocolError(f"Response head exceeds {_MAX_HEAD} bytes")
            more = recv(_CHUNK_SIZE)
            if not more:
                raise RemoteProtocolError("Server closed the connection in the middle of the response head")
            data += more
            continue
        if head_end > _MAX_HEAD:
            raise RemoteProtocolError(f"Response head exceeds {_MAX_HEAD} bytes")
        answer = _check_head(data, content_end, method)
        if 100 <= answer.status < 200:
            if answer.status == 101:
                raise RemoteProtocolError("Unexpected 101 Switching Protocols: no upgrade was requested")
            # An interim response: the final one may already be here.
            data = data[head_end:]
            if not data:
                data = recv(_CHUNK_SIZE)
                if not data:
                    raise RemoteProtocolError("Server closed the connection after an interim response")
            continue
        answer.buf = data
        answer.pos = head_end
        return answer


# --------------------------------------------------------------------------- connections
class _Connection:
    """One socket to one origin (through its proxy, if any).

    ``connect`` does socket options, the CONNECT tunnel and TLS under one connect
    deadline; it is only ever called explicitly, so a dead keep-alive socket is never
    silently replaced halfway through a request.
    """

    __slots__ = ("origin", "proxy", "ssl_context", "connect_timeout", "bind_address", "host",
                 "port", "requests", "broken", "sock", "raw", "timeout", "poller")

    def __init__(self, origin: Origin, proxy: Optional[Proxy],
                 ssl_context: "Optional[ssl.SSLContext]", connect_timeout: Optional[float],
                 source_address: Optional[Tuple[str, int]]) -> None:
        scheme, host, port, _ = origin
        self.host, self.port = (proxy.host, proxy.port) if proxy is not None else (host, port)
        self.origin = origin
        self.proxy = proxy
        self.ssl_context = ssl_context
        self.connect_timeout = connect_timeout
        self.bind_address = source_address
        self.requests = 0
        self.broken = False  # the request body was cut short: the framing is lost
        self.sock: Optional[socket.socket] = None
        self.raw: Optional[socket.socket] = None  # kept after close, for shutdown()
        self.timeout: Any = _UNSET  # the socket's current timeout, to skip no-op settimeout
        self.poller: Any = None

    def connect(self) -> None:
        scheme, host, port, _ = self.origin
        limit = self.connect_timeout
        deadline = None if limit is None else time.monotonic() + limit
        sock = open_socket(self.host, self.port, deadline, self.bind_address)
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
        self.timeout = _UNSET
        if hasattr(select, "poll"):  # select() cannot watch descriptors above FD_SETSIZE
            poller = select.poll()
            poller.register(sock, select.POLLIN)
            self.poller = poller

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
        if not _WANT_WRITE:
            _tls_errors()
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
        try:
            # The proxy sends nothing after its reply until our TLS hello.
            reply = _read_answer(sock, "CONNECT")
        except RemoteProtocolError as exc:
            raise ProxyError(f"Malformed reply from the proxy to CONNECT {authority}: {exc!r}") from None
        if not 200 <= reply.status < 300:
            raise ProxyError(f"The proxy refused CONNECT {authority}: {reply.status} {reply.reason}")
        if reply.pos < len(reply.buf):
            raise ProxyError(f"Malformed reply from the proxy to CONNECT {authority}: bytes after the head")

    def wait(self, timeout: Optional[float], writable: bool = False) -> None:
        """Until the (non-blocking) socket is readable, or writable; TimeoutError after
        ``timeout`` seconds."""
        sock = self.sock
        if sock is None:
            raise ReadError("The connection was closed while the response was being read")
        poller = self.poller
        if poller is not None and not writable:
            ready = bool(poller.poll(None if timeout is None else timeout * 1000))
        elif writable:
            ready = bool(select.select([], [sock], [], timeout)[1])
        else:
            ready = bool(select.select([sock], [], [], timeout)[0])
        if not ready:
            raise socket.timeout("timed out")

    def set_timeout(self, value: Optional[float]) -> None:
        # settimeout is a system call each time (it switches O_NONBLOCK).
        if value != self.timeout:
            assert self.sock is not None
            self.sock.settimeout(value)
            self.timeout = value

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
            poller = self.poller
            if poller is not None:
                return not poller.poll(0)
            readable, _, _ = select.select([sock], [], [], 0)
            return not readable
        except (OSError, ValueError):
            return False

    def close(self) -> None:
        sock, self.sock = self.sock, None
        if sock is not None:
            sock.close()

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
_GONE: Tuple[Type[BaseException], ...] = (BrokenPipeError, ConnectionResetError,
                                          ConnectionAbortedError, _Disconnected)


def _server_gone(exc: BaseException) -> bool:
    """How a keep-alive socket the server already closed fails on its next use: the write
    hits a reset or broken pipe, or the read finds EOF or a reset."""
    if isinstance(exc, _GONE):
        return True
    ssl = sys.modules.get("ssl")  # loaded if any TLS socket exists
    return ssl is not None and isinstance(exc, (ssl.SSLEOFError, ssl.SSLZeroReturnError))


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
    if phase == "write":
        return WriteError(f"Error sending the request to {where}: {exc}")
    return ReadError(f"Error reading the response from {where}: {exc}")


class _Resend(Exception):
    """A reused socket turned out dead before any response byte: safe to send again."""


# --------------------------------------------------------------------------- body stream
class _BodyStream(SyncByteStream):
    """Raw body chunks of one response; gives the socket back to the pool only when the
    body was read to its end, and closes it in every other case."""

    def __init__(self, transport: "SyncTransport", conn: _Connection, answer: _Answer,
                 keep_alive: bool, origin: Origin) -> None:
        self._transport = transport
        self._conn = conn
        self._keep_alive = keep_alive
        self._origin = origin
        # Bytes read past the head, from _pos on; b"" once there are none.
        self._buf = answer.buf if answer.pos < len(answer.buf) else b""
        self._pos = answer.pos if self._buf else 0
        self._expected = answer.length  # None: chunked (answer.chunked) or until close
        self._chunked = answer.chunked
        self._remaining = answer.length or 0
        self._received = 0
        # chunked decoding state
        self._chunk_left = 0  # data bytes left in the current chunk
        self._after_data = False  # the CRLF closing a chunk's data is next
        self._trailers = False  # inside the trailer section
        self._trailer_bytes = 0
        self._eom = False  # the last chunk and trailers were read
        self._done = False
        self._done_lock = threading.Lock()  # close() may race the reader thread finishing
        self.response: Any = None  # weakref to the Response, to set its elapsed at the end
        self.started = 0.0
        self._read_timeout: Optional[float] = None  # once the socket is non-blocking
        if self._expected == 0:
            self._finish()

    # ------------------------------------------------------------ reading
    def _recv(self, size: int) -> bytes:
        conn = self._conn
        sock = conn.sock
        if sock is None:
            raise ReadError("The connection was closed while the response was being read")
        try:
            if conn.timeout != 0.0:
                return sock.recv(size)  # the socket's timeout applies (poll, then recv)
            while True:  # non-blocking: recv first, wait only when nothing is there
                try:
                    return sock.recv(size)
                except _WOULD_BLOCK as exc:
                    conn.wait(self._read_timeout, isinstance(exc, _WANT_WRITE))
        except Exception as exc:
            raise _map_error(exc, "read", _where(self._origin)) from exc

    def _nonblocking(self) -> None:
        """For a long body: each recv then costs one system call, not a poll and a recv
        (the next request's _exchange restores the timeouts)."""
        conn = self._conn
        if conn.sock is not None and conn.timeout != 0.0:
            self._read_timeout = conn.timeout
            conn.set_timeout(0.0)

    def _short(self) -> RemoteProtocolError:
        return RemoteProtocolError(
            f"The response body ended early: received {self._received} of "
            f"{self._expected} bytes announced by Content-Length")

    def _take_buffered(self, limit: int) -> bytes:
        """Up to ``limit`` bytes read along with the head (no copy when all are wanted)."""
        buf, pos = self._buf, self._pos
        end = pos + limit
        if pos == 0 and end >= len(buf):
            out = buf
        else:
            out = buf[pos:end]
        self._pos = pos + len(out)
        if self._pos >= len(buf):
            self._buf, self._pos = b"", 0
        return out

    def __iter__(self) -> Iterator[bytes]:
        if self._chunked:
            return self._iter_chunked()
        return self._iter_plain(_CHUNK_SIZE, False)

    def iter_chunks(self, size: int) -> Iterator[bytes]:
        if size <= 0:
            raise ValueError("chunk_size must be a positive integer")
        if self._chunked:
            return _rechunk(self._iter_chunked(), size)
        return self._iter_plain(size, True)

    def _iter_plain(self, size: int, exact: bool) -> Iterator[bytes]:
        """Content-Length or read-until-close bodies, in recv-sized pieces, or with
        ``exact`` in pieces of exactly ``size`` bytes (the last may be shorter), each
        built from one recv when the socket has that much, else from a few, joined."""
        if self._done:
            return
        expected = self._expected
        try:
            if expected is None or self._remaining > _LONG_BODY:
                self._nonblocking()
            while True:
                want = size if expected is None else min(size, self._remaining)
                if want <= 0:
                    break
                if self._buf:
                    part = self._take_buffered(want)
                else:
                    part = self._recv(want)
                    if not part:
                        if expected is not None:
                            raise self._short()
                        break
                eof = False
                if exact and len(part) < want:
                    parts = [part]
                    got = len(part)
                    while got < want:
                        more = self._recv(want - got)
                        if not more:
                            eof = True
                            break
                        parts.append(more)
                        got += len(more)
                    part = b"".join(parts)
                self._received += len(part)
                if expected is not None:
                    self._remaining -= len(part)
                yield part
                if eof:  # the server closed while an exact piece was being filled
                    if expected is not None:
                        raise self._short()
                    break
            self._finish()
        finally:
            if not self._done:  # an error, or the consumer walked away mid-body
                self._abort()

    def _iter_chunked(self) -> Iterator[bytes]:
        if self._done:
            return
        try:
            while True:
                if self._buf:
                    out = self._decode_chunks()
                    if out:
                        yield out
                    if self._eom:
                        break
                if not self._buf and self._chunk_left and not self._after_data:
                    # Inside a chunk's data with nothing buffered: hand recv's bytes over as
                    # they are, up to the chunk's end.
                    data = self._recv(min(self._chunk_left, _CHUNK_SIZE))
                    if not data:
                        raise RemoteProtocolError("Server closed the connection before the chunked body was complete")
                    self._chunk_left -= len(data)
                    self._received += len(data)
                    if not self._chunk_left:
                        self._after_data = True
                    yield data
                    continue
                data = self._recv(_CHUNK_SIZE)
                if not data:
                    raise RemoteProtocolError("Server closed the connection before the chunked body was complete")
                self._buf = self._buf[self._pos:] + data if self._buf else data
                self._pos = 0
            self._finish()
        finally:
            if not self._done:
                self._abort()

    def _decode_chunks(self) -> bytes:
        """Decode every complete piece of chunked framing in the buffer; return the data
        (joined when several chunks arrived in one read, as SSE events usually do)."""
        buf, pos = self._buf, self._pos
        end = len(buf)
        out: List[bytes] = []
        match_line = _CHUNK_LINE.match
        if not (self._chunk_left or self._after_data or self._trailers):
            # The usual case first: whole "hex-size CRLF data CRLF" chunks.  Anything
            # else (the last chunk, extensions, a chunk not all here, bad framing) is left
            # to the careful loop below.
            find, startswith = buf.find, buf.startswith
            while True:
                i = find(b"\r\n", pos, pos + 18)
                if i <= pos:
                    break
                digits = buf[pos:i]
                if digits.strip(_HEX_DIGITS):  # int() would also take "0x", "_" and spaces
                    break
                start = i + 2
                stop = start + int(digits, 16)
                if stop == start or not startswith(b"\r\n", stop):
                    break
                out.append(buf[start:stop])
                pos = stop + 2
        while pos < end:
            left = self._chunk_left
            if left:
                stop = pos + left
                if stop > end:
                    stop = end
                out.append(buf[pos:stop] if pos or stop != end else buf)
                self._chunk_left = left - (stop - pos)
                pos = stop
                if self._chunk_left:
                    break
                self._after_data = True
                continue
            if self._after_data:
                if buf.startswith(b"\r\n", pos):
                    pos += 2
                elif buf.startswith(b"\n", pos):
                    pos += 1
                elif end - pos == 1 and buf[pos] == 13:
                    break  # the LF is still on its way
                else:
                    raise RemoteProtocolError("Missing CRLF after chunk data")
                self._after_data = False
                continue
            if self._trailers:
                i = buf.find(b"\n", pos, pos + _MAX_CHUNK_LINE + 1)
                if i < 0:
                    if end - pos > _MAX_CHUNK_LINE:
                        raise RemoteProtocolError("Chunk header or trailer line too long")
                    break
                line_len = i - pos
                self._trailer_bytes += line_len + 1
                if self._trailer_bytes > _MAX_HEAD:
                    raise RemoteProtocolError(f"Trailer section exceeds {_MAX_HEAD} bytes")
                pos = i + 1
                if line_len == 0 or (line_len == 1 and buf[i - 1] == 13):
                    self._eom = True  # the message is complete
                    break
                continue  # trailers are read and dropped: nothing here is ours to act on
            m = match_line(buf, pos)
            if m is not None:
                size = int(m.group(1), 16)
                pos = m.end()
            else:
                i = buf.find(b"\n", pos, pos + _MAX_CHUNK_LINE + 1)
                if i < 0:
                    if end - pos > _MAX_CHUNK_LINE:
                        raise RemoteProtocolError("Chunk header or trailer line too long")
                    break
                line = buf[pos:i]
                pos = i + 1
                if line.endswith(b"\r"):
                    line = line[:-1]
                hex_size = line.split(b";", 1)[0].strip(b" \t")  # extensions are ignored
                if not _CHUNK_HEX.fullmatch(hex_size):
                    raise RemoteProtocolError(f"Invalid chunk size line: {line[:40].decode('latin-1')!r}")
                size = int(hex_size, 16)
            if size:
                self._chunk_left = size
            else:
                self._trailers = True
        if pos >= end:
            self._buf, self._pos = b"", 0
        else:
            self._buf, self._pos = buf, pos
        if not out:
            return b""
        data = out[0] if len(out) == 1 else b"".join(out)
        self._received += len(data)
        return data

    def read_all(self) -> bytes:
        """The whole body at once: for a Content-Length body usually one slice of the
        bytes read with the head, no iteration at all."""
        if self._done:
            return b""
        if self._chunked or self._expected is None:
            return b"".join(self)
        try:
            need = self._remaining
            buf = self._buf
            if len(buf) - self._pos >= need:
                out = self._take_buffered(need)
                self._received += need
                self._remaining = 0
            else:
                parts = [self._take_buffered(need)] if buf else []
                got = len(parts[0]) if parts else 0
                while got < need:
                    more = self._recv(min(need - got, _CHUNK_SIZE))
                    if not more:
                        self._received += got
                        raise self._short()
                    parts.append(more)
                    got += len(more)
                out = b"".join(parts)
                self._received += got
                self._remaining = 0
            self._finish()
            return out
        finally:
            if not self._done:
                self._abort()

    # ------------------------------------------------------------ ending
    def _complete(self) -> bool:
        if self._chunked:
            return self._eom
        return self._expected is not None and self._remaining <= 0

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
        # Bytes past the end of the message: we could not tell where the next one starts.
        self._transport._release(self._conn, self._keep_alive and not self._buf)
        self._closed_hook()

    def _abort(self) -> None:
        # Draining an unwanted body could take forever; a new connection is cheaper.
        if not self._claim():
            return
        self._conn.shutdown()
        self._conn.close()
        self._transport._release(self._conn, False)
        self._closed_hook()

    def _closed_hook(self) -> None:
        ref, self.response = self.response, None
        if ref is not None:
            r = ref()
            if r is not None:
                r.elapsed = time.monotonic() - self.started

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
        expiry = limits.keepalive_expiry
        self._sweep_every = float("inf") if expiry is None else min(1.0, expiry / 4)
        self._next_sweep = 0.0

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
        url = request.url
        scheme, host, port, authority, target = _URLS.get(url) or _parse_url(url)
        proxy = self._proxy
        if proxy is None and self._trust_env and _env_may_have_proxy():
            proxy = select_proxy(url, None, True)
        head, close = _build_head(request, scheme, authority, target, proxy)
        origin: Origin = (scheme, host, port, proxy)
        timeout = request.timeout
        method = request.method
        started = time.monotonic()

        conn = self._acquire(origin, timeout, fresh=False)
        try:
            answer = self._exchange(conn, head, request.content, timeout, method)
        except _Resend:
            # Not a retry: the request never reached a live server.  Once, and on a new
            # socket, which _exchange never offers to resend.
            conn = self._acquire(origin, timeout, fresh=True)
            answer = self._exchange(conn, head, request.content, timeout, method)

        keep_alive = answer.persistent and not (close or conn.broken)
        stream = _BodyStream(self, conn, answer, keep_alive, origin)
        response = Response(
            answer.status, stream=stream, headers=Headers._parsed(answer.headers, answer.index),
            request=request, reason_phrase=answer.reason,
            http_version="HTTP/1.0" if answer.minor == 0 else "HTTP/1.1")
        response.elapsed = time.monotonic() - started
        if not stream._done:
            # A weak reference: no cycle, so a dropped response is collectable at once.
            stream.response = weakref.ref(response)
            stream.started = started
        return response

    def _exchange(self, conn: _Connection, head: bytes, body: Optional[bytes], timeout: "Timeout",
                  method: str) -> _Answer:
        """Connect if new, send the head and body, read the status line and headers.
        On any failure the connection is closed and its slot given back."""
        reused = conn.requests > 0
        phase = "connect"
        try:
            if conn.sock is None:
                conn.connect()
            sock = conn.sock
            assert sock is not None
            phase = "write"
            conn.set_timeout(timeout.write)
            if not body:
                sock.sendall(head)
            elif len(body) <= _SMALL_BODY:
                sock.sendall(head + body)  # one segment for the usual small JSON body
            else:
                sock.sendall(head)  # a separate send, so a big body is never copied
                sock.sendall(body)
            phase = "read"
            conn.set_timeout(timeout.read)
            answer = _read_answer(sock, method)
        except BaseException as exc:
            if phase == "write" and isinstance(exc, OSError) and not isinstance(exc, _TIMEOUTS):
                early = self._early_response(conn, timeout, method)
                if early is not None:
                    conn.requests += 1
                    conn.broken = True
                    return early
            conn.shutdown()
            conn.close()
            self._release(conn, False)
            if not isinstance(exc, Exception):
                raise
            if reused and phase != "connect" and _server_gone(exc):
                raise _Resend() from exc
            raise _map_error(exc, phase, _where(conn.origin)) from exc
        conn.requests += 1
        return answer

    @staticmethod
    def _early_response(conn: _Connection, timeout: "Timeout", method: str) -> Optional[_Answer]:
        """A server may answer (413, 401...) and hang up before taking the whole body;
        that answer is worth more to the caller than the broken pipe it caused."""
        try:
            if conn.sock is None:
                return None
            conn.set_timeout(timeout.read)
            return _read_answer(conn.sock, method)
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
                if now >= self._next_sweep:
                    # Idle sockets of every origin past their expiry (those of this origin
                    # are also checked by take_idle); a few times per expiry period is enough.
                    to_close += self._pool.expire(now)
                    self._next_sweep = now + self._sweep_every
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
            proxy = origin[3] if isinstance(origin[3], Proxy) else None
            ctx = self._context() if origin[0] == "https" or (
                proxy is not None and proxy.scheme == "https") else None
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
