"""A blocking WebSocket client connection: a plain or TLS socket driving
``core.websocket.ClientProtocol``.

One thread may receive while others send (the usual shape: a microphone thread sends
audio, the main thread reads events); sends are serialised by a lock.  No background
thread: keepalive pings go out while a receiver waits and the line has been quiet for
``ping_interval``; a missing pong fails the connection with 1011 (as ``websockets``).
"""
from __future__ import annotations

import select
import socket
import threading
import time
from typing import Any, Generator, List, Optional, Tuple, TypeVar, Union

from .. import _exceptions as exc
from ..core import websocket as ws
from ..core.flow import Call
from ..transport.dial import open_socket
from ._shared import (DEBUG, ConnectPlan, Headers, Query, WSOptions, host_header, log, origin, redacted,
                      request_target)

__all__ = ["SyncWebSocket", "ProxyError", "dial", "run_credentials"]

T = TypeVar("T")
_READ = 65536


class ProxyError(ws.InvalidHandshake):
    """The proxy refused or broke the CONNECT tunnel."""


def _remaining(deadline: Optional[float]) -> Optional[float]:
    if deadline is None:
        return None
    left = deadline - time.monotonic()
    if left <= 0:
        raise socket.timeout("timed out")
    return left


def _proxy_for(options: WSOptions, scheme: str, host: str, port: int) -> Any:
    from ..transport.proxy import parse_proxy, select_proxy

    if options.proxy is None or options.proxy is False:
        return None
    if isinstance(options.proxy, str):
        return parse_proxy(options.proxy)
    http_scheme = "https" if scheme == "wss" else "http"
    authority = f"[{host}]" if ":" in host else host
    return select_proxy(f"{http_scheme}://{authority}:{port}/", None, trust_env=True)


def connect_request(host: str, port: int, proxy: Any) -> Tuple[str, bytes]:
    authority = (f"[{host}]" if ":" in host else host) + f":{port}"
    lines = [f"CONNECT {authority} HTTP/1.1", f"Host: {authority}"]
    if proxy.auth_header:
        lines.append(f"Proxy-Authorization: {proxy.auth_header}")
    return authority, ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


def check_tunnel(head: ws.HTTPResponseHead, rest: bytes, authority: str) -> None:
    if not 200 <= head.status_code < 300:
        raise ProxyError(f"proxy refused the tunnel to {authority}: HTTP {head.status_code}")
    if rest:
        raise ProxyError("proxy sent data before the tunnel was used")


def _dial_socket(url: str, options: WSOptions, deadline: Optional[float]) -> socket.socket:
    scheme, host, port = origin(url)
    proxy = _proxy_for(options, scheme, host, port)
    if proxy is not None and proxy.scheme != "http":
        raise exc.OpenAIError("Only http:// proxies are supported for WebSocket connections")
    target = (proxy.host, proxy.port) if proxy is not None else (host, port)
    _remaining(deadline)  # already past it: fail before any lookup
    sock = open_socket(target[0], target[1], deadline, None)
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if proxy is not None:
            authority, request = connect_request(host, port, proxy)
            sock.sendall(request)
            reader = ws.ResponseHeadReader()
            while True:
                sock.settimeout(_remaining(deadline))
                chunk = sock.recv(_READ)
                if not chunk:
                    raise ProxyError("proxy closed the connection during CONNECT")
                got = reader.feed(chunk)
                if got is not None:
                    check_tunnel(got[0], got[1], authority)
                    break
        if scheme == "wss":
            ctx = options.ssl_context
            if ctx is None:
                from ..transport.tls import create_ssl_context

                ctx = create_ssl_context()
            sock.settimeout(_remaining(deadline))
            sock = ctx.wrap_socket(sock, server_hostname=options.server_hostname or host)
    except BaseException:
        sock.close()
        raise
    return sock


class SyncWebSocket:
    """An open client connection (after the opening handshake)."""

    def __init__(self, sock: socket.socket, protocol: ws.ClientProtocol, options: WSOptions,
                 subprotocol: Optional[str] = None) -> None:
        self._sock = sock
        self._proto = protocol
        self._opts = options
        self.subprotocol = subprotocol
        self._send_lock = threading.RLock()  # held from encoding a frame to writing it
        self._recv_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._done = threading.Event()  # the socket is closed
        self._last_rx = time.monotonic()
        self._ping: Optional[Tuple[bytes, Optional[float]]] = None  # (payload, deadline)

    # ------------------------------------------------------------------ opening
    @classmethod
    def connect(cls, url: str, headers: List[Tuple[str, str]], options: WSOptions) -> "SyncWebSocket":
        """Open a connection; a redirect is not followed (it raises ``InvalidStatus``)."""
        deadline = None if options.open_timeout is None else time.monotonic() + options.open_timeout
        try:
            sock = _dial_socket(url, options, deadline)
        except socket.timeout as e:
            raise TimeoutError("timed out during opening handshake") from e
        try:
            key = ws.new_key()
            request = ws.handshake_request(host=host_header(url), target=request_target(url), key=key,
                                           headers=headers, subprotocols=options.subprotocols)
            sock.settimeout(_remaining(deadline))
            sock.sendall(request)
            reader = ws.ResponseHeadReader()
            while True:
                sock.settimeout(_remaining(deadline))
                chunk = sock.recv(_READ)
                if not chunk:
                    reader.feed_eof()
                got = reader.feed(chunk)
                if got is not None:
                    break
            head, rest = got
            subprotocol = ws.check_handshake(head, key, options.subprotocols, rest)
            sock.settimeout(None)
            protocol = ws.ClientProtocol(max_size=options.max_size)
            protocol.receive_data(rest)
            return cls(sock, protocol, options, subprotocol)
        except socket.timeout as e:
            sock.close()
            raise TimeoutError("timed out during opening handshake") from e
        except BaseException:
            sock.close()
            raise

    # ------------------------------------------------------------------ state
    @property
    def closed(self) -> bool:
        return self._done.is_set()

    @property
    def close_code(self) -> Optional[int]:
        return None if self._proto.close_rcvd is None else self._proto.close_rcvd.code

    def _teardown(self) -> None:
        with self._state_lock:
            if self._done.is_set():
                return
            self._done.set()
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._sock.close()

    def _write(self, data: bytes) -> None:
        """Send under the send lock; a broken socket ends the connection."""
        if not data:
            return
        with self._send_lock:
            if self._done.is_set():
                raise self._proto.closed_exception()
            try:
                self._sock.sendall(data)
            except OSError as e:
                self._proto.receive_eof()
                self._teardown()
                raise ws.ConnectionClosedError(self._proto.close_rcvd, self._proto.close_sent) from e

    def _flush_auto(self) -> None:
        try:
            with self._send_lock:
                self._write(self._proto.data_to_send())
        except ws.ConnectionClosed:
            pass

    # ------------------------------------------------------------------ receiving
    def recv(self) -> Tuple[bytes, bool]:
        """The next message as (payload, is_text); raises ``ConnectionClosed`` at the end."""
        with self._recv_lock:
            while True:
                event = self._next_event()
                if isinstance(event, ws.Message):
                    return event.data, event.is_text
                if event is None:
                    if self._proto.state == ws.CLOSED:
                        self._finish()
                        raise self._proto.closed_exception()
                    self._read_more(keepalive=True)

    def _next_event(self) -> Optional[ws.Event]:
        # Under the send lock: a close frame received here changes what senders may do.
        with self._send_lock:
            try:
                event = self._proto.next_event()
            except ws.ProtocolError as e:
                self._flush_auto()
                self._teardown()
                raise self._proto.closed_exception() from e
            if isinstance(event, (ws.Ping, ws.Close)):
                self._flush_auto()  # the pong, or the echo of the close
        if isinstance(event, ws.Pong) and self._ping is not None and event.payload == self._ping[0]:
            self._ping = None
        return event

    def _read_more(self, *, keepalive: bool, deadline: Optional[float] = None) -> None:
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
        if not self._wait_readable(timeout):
            if deadline is not None and time.monotonic() >= deadline:
                raise socket.timeout("timed out")
            if keepalive and self._proto.state == ws.OPEN:
                self._keepalive()
            return
        try:
            data = self._sock.recv(_READ)
        except (OSError, ValueError):
            data = b""
        self._last_rx = time.monotonic()
        if data:
            self._proto.receive_data(data)
        else:
            self._proto.receive_eof()
            self._teardown()

    def _keepalive(self) -> None:
        if self._ping is not None:
            if self._ping[1] is not None and time.monotonic() >= self._ping[1]:
                log(DEBUG, "WebSocket keepalive ping timed out")
                self._ping = None
                try:
                    with self._send_lock:
                        self._write(self._proto.fail(1011, "keepalive ping timeout"))
                except ws.ConnectionClosed:
                    pass
                self._teardown()
            return
        import os

        payload = os.urandom(4)
        timeout = self._opts.ping_timeout
        self._ping = (payload, None if timeout is None else time.monotonic() + timeout)
        try:
            with self._send_lock:
                self._write(self._proto.send_ping(payload))
        except ws.ConnectionClosed:
            pass

    def _wait_readable(self, timeout: Optional[float]) -> bool:
        if self._done.is_set():
            return True  # the recv that follows reports the end
        try:
            pending = getattr(self._sock, "pending", None)
            if pending is not None and pending():
                return True  # decrypted bytes already inside the TLS layer
            ready, _, _ = select.select([self._sock], [], [], timeout)
        except (OSError, ValueError):
            return True
        return bool(ready)

    def _finish(self, deadline: Optional[float] = None) -> None:
        """After the close frames were exchanged, give the server (which closes the TCP
        connection first, RFC 6455 §7.1.1) up to ``close_timeout`` to do so, then close."""
        if self._done.is_set():
            return
        if deadline is None and self._opts.close_timeout is not None:
            deadline = time.monotonic() + self._opts.close_timeout
        try:
            while not self._done.is_set() and not self._proto.eof:
                self._read_more(keepalive=False, deadline=deadline)
        except socket.timeout:
            pass
        self._teardown()

    # ------------------------------------------------------------------ sending
    def send(self, data: Union[str, bytes]) -> None:
        """A text frame for ``str``, a binary frame for ``bytes``."""
        with self._send_lock:
            self._write(self._proto.send_text(data) if isinstance(data, str)
                        else self._proto.send_binary(bytes(data)))

    def ping(self, payload: bytes = b"") -> None:
        with self._send_lock:
            self._write(self._proto.send_ping(payload))

    # ------------------------------------------------------------------ closing
    def close(self, code: int = 1000, reason: str = "") -> None:
        """The closing handshake, bounded by ``close_timeout``; then the socket is closed.
        Messages arriving meanwhile are dropped (unless another thread is receiving)."""
        try:
            with self._send_lock:
                self._write(self._proto.send_close(code, reason))
        except ws.ConnectionClosed:
            self._teardown()
            return
        timeout = self._opts.close_timeout
        deadline = None if timeout is None else time.monotonic() + timeout
        if self._recv_lock.acquire(timeout=-1 if timeout is None else timeout):
            try:
                while not self._done.is_set():
                    try:
                        event = self._next_event()
                    except ws.ConnectionClosed:
                        break
                    if event is None:
                        if self._proto.state == ws.CLOSED:
                            self._finish(deadline)
                            break
                        try:
                            self._read_more(keepalive=False, deadline=deadline)
                        except socket.timeout:
                            break
            finally:
                self._recv_lock.release()
        else:
            self._done.wait(None if deadline is None else max(0.0, deadline - time.monotonic()))
        self._teardown()


# --------------------------------------------------------------------------- dialing
def run_credentials(flow: Generator[Call, Any, T]) -> T:
    """Drive a credential flow: run each provider it asks for, synchronously."""
    try:
        command = next(flow)
        while True:
            command = flow.send(command.fn())
    except StopIteration as stop:
        result: T = stop.value
        return result


def dial(plan: ConnectPlan, options: WSOptions, extra_query: Query, extra_headers: Headers) -> SyncWebSocket:
    auth = run_credentials(plan.auth_flow(extra_headers))
    url = plan.url(extra_query)
    headers = plan.headers(auth, extra_headers, options)
    log(DEBUG, "Connecting to %s", redacted(url))
    return SyncWebSocket.connect(url, headers, options)
