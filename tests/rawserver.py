"""A loopback TCP server whose connections are driven by a test-supplied script.

Used for fault tests: resets, stalls, truncated bodies, bad status lines, idle closes.
Each accepted connection runs ``handler(sock, index)`` in its own daemon thread.
"""
from __future__ import annotations

import socket
import ssl
import threading
from typing import Callable, List, Optional, Tuple

Handler = Callable[[socket.socket, int], None]


def read_request(sock: socket.socket, timeout: float = 5.0) -> Tuple[bytes, bytes]:
    """Read one request (head, body) using Content-Length or chunked framing."""
    sock.settimeout(timeout)
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            return buf, b""
        buf += chunk
    head, _, rest = buf.partition(b"\r\n\r\n")
    length = 0
    chunked = False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        if name.strip().lower() == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        body = b""
        data = rest
        while True:
            while b"\r\n" not in data:
                data += sock.recv(65536)
            size_line, _, data = data.partition(b"\r\n")
            size = int(size_line.split(b";")[0], 16)
            while len(data) < size + 2:
                data += sock.recv(65536)
            body += data[:size]
            data = data[size + 2:]
            if size == 0:
                return head, body
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    return head, rest[:length]


def response_bytes(status: int = 200, body: bytes = b"{}", headers: Optional[List[Tuple[str, str]]] = None,
                   reason: str = "OK", content_type: str = "application/json") -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"]
    hdrs = list(headers or [])
    names = {k.lower() for k, _ in hdrs}
    if "content-type" not in names and content_type:
        hdrs.append(("Content-Type", content_type))
    if "content-length" not in names and "transfer-encoding" not in names:
        hdrs.append(("Content-Length", str(len(body))))
    lines += [f"{k}: {v}" for k, v in hdrs]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class RawServer:
    def __init__(self, handler: Handler, *, tls: Optional[ssl.SSLContext] = None, host: str = "127.0.0.1") -> None:
        self.handler = handler
        self.tls = tls
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, 0))
        self._sock.listen(128)
        self.host = host
        self.port: int = self._sock.getsockname()[1]
        self.connections = 0
        self.requests: List[bytes] = []  # request heads seen, for assertions
        self._threads: List[threading.Thread] = []
        self._open: List[socket.socket] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)

    @property
    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://{self.host}:{self.port}"

    def start(self) -> "RawServer":
        self._acceptor.start()
        return self

    def _accept_loop(self) -> None:
        self._sock.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            with self._lock:
                index = self.connections
                self.connections += 1
            if self.tls is not None:
                try:
                    conn.settimeout(5)
                    conn = self.tls.wrap_socket(conn, server_side=True)
                except (ssl.SSLError, OSError):
                    conn.close()
                    continue
            self._open.append(conn)
            t = threading.Thread(target=self._run, args=(conn, index), daemon=True)
            t.start()
            self._threads.append(t)

    def _run(self, conn: socket.socket, index: int) -> None:
        try:
            self.handler(conn, index)
        except (OSError, ssl.SSLError):
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass

    def stop(self) -> None:
        self._stop.set()
        try:
            self._sock.close()
        except OSError:
            pass
        for c in self._open:
            try:
                c.shutdown(socket.SHUT_RDWR)  # wakes a handler blocked in recv
            except OSError:
                pass
            try:
                c.close()
            except OSError:
                pass
        self._acceptor.join(2)
        for t in self._threads:
            t.join(2)

    def __enter__(self) -> "RawServer":
        return self.start()

    def __exit__(self, *a: object) -> None:
        self.stop()


def serve_forever(status: int = 200, body: bytes = b"{}", headers: Optional[List[Tuple[str, str]]] = None) -> Handler:
    """A keep-alive handler that answers every request on the connection the same way."""
    def handler(sock: socket.socket, index: int) -> None:
        while True:
            head, _ = read_request(sock)
            if not head:
                return
            sock.sendall(response_bytes(status, body, headers))
    return handler
