"""The sync transport against real loopback servers: reuse, faults, timeouts, the pool."""
from __future__ import annotations

import gc
import os
import socket
import struct
import threading
import time
import tracemalloc
from typing import Callable, Iterator, List, Optional

import pytest

from openai_lite._timeout import Timeout
from openai_lite.transport.base import (ConnectError, ConnectTimeout, PoolTimeout, ReadError,
                                        ReadTimeout, RemoteProtocolError, Request, Response,
                                        TransportError, WriteTimeout)
from openai_lite.transport.pool import Limits
from openai_lite.transport.sync import SyncTransport
from tests.rawserver import RawServer, read_request, response_bytes, serve_forever

TIMEOUT = Timeout(3.0)


class Server(RawServer):
    """RawServer whose stop() also wakes handlers blocked in recv or in ``stall``, so that
    each test ends as soon as it is done (close() alone does not wake a blocked recv)."""

    def __init__(self, *args: object, **kw: object) -> None:
        super().__init__(*args, **kw)  # type: ignore[arg-type]
        self.stopping = threading.Event()

    def __enter__(self) -> "Server":
        self.start()
        return self

    def stall(self, seconds: float = 3.0) -> None:
        self.stopping.wait(seconds)

    def stop(self) -> None:
        self.stopping.set()
        for c in [self._sock] + list(self._open):  # shutdown wakes the acceptor too (Linux)
            try:
                c.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        super().stop()


# --------------------------------------------------------------------------- helpers
@pytest.fixture(autouse=True)
def no_env_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    # A proxy configured in the environment would swallow our loopback requests.
    for key in list(os.environ):
        if key.lower().endswith("_proxy"):
            monkeypatch.delenv(key)


@pytest.fixture
def transport() -> Iterator[SyncTransport]:
    t = SyncTransport()
    yield t
    t.close()


def get(url: str, *, method: str = "GET", headers: Optional[List[tuple[str, str]]] = None,
        content: Optional[bytes] = None, timeout: Timeout = TIMEOUT) -> Request:
    return Request(method, url, headers=headers or [], content=content, timeout=timeout)


def fetch(t: SyncTransport, url: str, **kw: object) -> tuple[Response, bytes]:
    resp = t.handle_request(get(url, **kw))  # type: ignore[arg-type]
    with resp:
        body = b"".join(resp.stream or [])
    return resp, body


def rst(sock: socket.socket) -> None:
    """Close with a TCP reset instead of a FIN."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def client_sockets(server_port: int) -> int:
    """Open client-side sockets connected to ``server_port``, counted by the kernel.

    CLOSE_WAIT counts: the server hung up but we never closed our end, i.e. a leak.
    """
    count = 0
    with open("/proc/net/tcp") as f:
        next(f)
        for line in f:
            fields = line.split()
            remote, state = fields[2], fields[3]
            if int(remote.split(":")[1], 16) == server_port and state in ("01", "08"):
                count += 1
    return count


def wait_for(predicate: Callable[[], bool], timeout: float = 1.5) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


def script(*per_connection: Callable[[socket.socket], None]) -> Callable[[socket.socket, int], None]:
    """Connection i runs per_connection[i]; later connections run the last one."""
    def handler(sock: socket.socket, index: int) -> None:
        per_connection[min(index, len(per_connection) - 1)](sock)
    return handler


def answer(n: int = 1, body: bytes = b"ok", headers: Optional[List[tuple[str, str]]] = None
           ) -> Callable[[socket.socket], None]:
    def run(sock: socket.socket) -> None:
        for _ in range(n):
            head, _ = read_request(sock)
            if not head:
                return
            sock.sendall(response_bytes(200, body, headers))
    return run


def recording_server(seen: List[bytes], body: bytes = b"ok") -> Callable[[socket.socket, int], None]:
    def handler(sock: socket.socket, index: int) -> None:
        while True:
            head, req_body = read_request(sock)
            if not head:
                return
            seen.append(head + b"\r\n\r\n" + req_body)
            sock.sendall(response_bytes(200, body))
    return handler


# --------------------------------------------------------------------------- keep-alive
def test_keep_alive_reuses_one_socket(transport: SyncTransport) -> None:
    with Server(serve_forever(body=b'{"n":1}')) as srv:
        for _ in range(5):
            resp, body = fetch(transport, srv.url + "/v1/x")
            assert resp.status_code == 200 and body == b'{"n":1}'
            assert resp.http_version == "HTTP/1.1" and resp.reason_phrase == "OK"
        assert srv.connections == 1
        assert client_sockets(srv.port) == 1


def test_idle_socket_closed_by_server_is_replaced(transport: SyncTransport) -> None:
    closed = threading.Event()

    def first(sock: socket.socket) -> None:
        answer(1)(sock)
        sock.close()
        closed.set()

    with Server(script(first, answer(5))) as srv:
        fetch(transport, srv.url)
        assert closed.wait(2)
        time.sleep(0.05)  # let the FIN arrive
        resp, body = fetch(transport, srv.url)
        assert body == b"ok" and srv.connections == 2


def test_idle_socket_with_stray_bytes_is_not_reused(transport: SyncTransport) -> None:
    # Without the readability check the stray bytes would be read as the next response.
    sent = threading.Event()

    def first(sock: socket.socket) -> None:
        answer(1)(sock)
        time.sleep(0.1)  # after the client has read the real response
        sock.sendall(b"HTTP/1.1 500 stray\r\nContent-Length: 5\r\n\r\nstray")
        sent.set()
        answer(5, body=b"stale")(sock)

    with Server(script(first, answer(5, body=b"fresh"))) as srv:
        fetch(transport, srv.url)
        assert sent.wait(2)
        time.sleep(0.05)
        resp, body = fetch(transport, srv.url)
        assert (resp.status_code, body) == (200, b"fresh")
        assert srv.connections == 2


def test_reused_socket_reset_before_response_is_resent_once(transport: SyncTransport) -> None:
    seen: List[bytes] = []

    def first(sock: socket.socket) -> None:
        answer(1)(sock)
        head, _ = read_request(sock)
        seen.append(head)
        rst(sock)

    def second(sock: socket.socket) -> None:
        head, _ = read_request(sock)
        seen.append(head)
        sock.sendall(response_bytes(200, b"second"))

    with Server(script(first, second)) as srv:
        fetch(transport, srv.url + "/one")
        resp, body = fetch(transport, srv.url + "/two", method="POST", content=b"{}")
        assert body == b"second"
        assert srv.connections == 2
        assert [h.split(b"\r\n")[0] for h in seen] == [b"POST /two HTTP/1.1"] * 2


def test_resend_happens_only_once(transport: SyncTransport) -> None:
    def first(sock: socket.socket) -> None:
        answer(1)(sock)
        read_request(sock)  # then hang up without answering

    def later(sock: socket.socket) -> None:
        read_request(sock)

    with Server(script(first, later)) as srv:
        fetch(transport, srv.url)
        with pytest.raises(RemoteProtocolError, match="without sending a response"):
            fetch(transport, srv.url)
        assert srv.connections == 2


@pytest.mark.parametrize("how, error", [("reset", ReadError), ("close", RemoteProtocolError)])
def test_fresh_socket_failure_is_not_resent(transport: SyncTransport, how: str, error: type) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        if how == "reset":
            rst(sock)

    with Server(handler) as srv:
        with pytest.raises(error):
            fetch(transport, srv.url, method="POST", content=b"x")
        assert srv.connections == 1
        assert client_sockets(srv.port) == 0


def test_connection_close_response_is_not_reused(transport: SyncTransport) -> None:
    with Server(serve_forever(headers=[("Connection", "close")])) as srv:
        for _ in range(3):
            assert fetch(transport, srv.url)[1] == b"{}"
        assert srv.connections == 3
        assert wait_for(lambda: client_sockets(srv.port) == 0)


def test_request_asking_for_close_does_not_pool_the_socket(transport: SyncTransport) -> None:
    with Server(serve_forever()) as srv:
        for _ in range(2):
            fetch(transport, srv.url, headers=[("Connection", "close")])
        assert srv.connections == 2
        assert client_sockets(srv.port) == 0


def test_http10_close_delimited_body(transport: SyncTransport) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n" + b"a" * 100_000)

    with Server(handler) as srv:
        resp, body = fetch(transport, srv.url)
        assert resp.http_version == "HTTP/1.0" and body == b"a" * 100_000
        fetch(transport, srv.url)
        assert srv.connections == 2
        assert client_sockets(srv.port) == 0


def test_chunked_body_with_extensions_and_trailer(transport: SyncTransport) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        for _ in range(2):
            read_request(sock)
            sock.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                         b"5;ext=1\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\nX-Trailer: t\r\n\r\n")

    with Server(handler) as srv:
        for _ in range(2):
            assert fetch(transport, srv.url)[1] == b"hello world"
        assert srv.connections == 1  # a chunked body read to its end leaves the socket reusable


def test_head_and_204_have_no_body_and_keep_the_socket(transport: SyncTransport) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        head, _ = read_request(sock)
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n")
        read_request(sock)
        sock.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        read_request(sock)
        sock.sendall(b"HTTP/1.1 204 No Content\r\n\r\n")
        read_request(sock)
        sock.sendall(response_bytes(200, b"last"))

    with Server(handler) as srv:
        for _ in range(2):
            resp = transport.handle_request(get(srv.url, method="HEAD"))
            resp.close()  # closing without reading must not cost the socket
        assert fetch(transport, srv.url, method="DELETE")[0].status_code == 204
        assert fetch(transport, srv.url)[1] == b"last"
        assert srv.connections == 1


# --------------------------------------------------------------------------- request head
def test_request_head_goes_out_as_given(transport: SyncTransport) -> None:
    seen: List[bytes] = []
    with Server(recording_server(seen)) as srv:
        fetch(transport, srv.url + "/v1/chat?x=1", method="POST", content=b'{"a":1}',
              headers=[("X-Zeta", "1"), ("authorization", "Bearer sk-x"), ("X-Alpha", "a"), ("X-Alpha", "b")])
        fetch(transport, srv.url + "/e", method="POST", content=b"", headers=[("Host", "example.test")])
        fetch(transport, srv.url + "/g")
        fetch(transport, srv.url + "/p", method="POST")
    lines = seen[0].split(b"\r\n")
    assert lines[:7] == [b"POST /v1/chat?x=1 HTTP/1.1", f"Host: 127.0.0.1:{srv.port}".encode(),
                         b"X-Zeta: 1", b"authorization: Bearer sk-x", b"X-Alpha: a", b"X-Alpha: b",
                         b"Content-Length: 7"]
    assert seen[0].endswith(b'\r\n\r\n{"a":1}')
    assert not any(line.lower().startswith(b"accept-encoding") for line in lines)
    assert seen[1].split(b"\r\n")[:3] == [b"POST /e HTTP/1.1", b"Host: example.test", b"Content-Length: 0"]
    assert b"content-length" not in seen[2].lower()
    assert b"Content-Length: 0" in seen[3]


@pytest.mark.parametrize("name, value", [
    ("X-Bad", "a\r\nX-Injected: 1"), ("X-Bad", "a\nb"), ("X-Bad", "a\rb"), ("X-Bad", "a\0b"),
    ("X-Bad\r\nX-Injected", "1"), ("X Bad", "1"), ("", "1"), ("X-Bad:", "1"),
    ("Authorization: Bearer sk-secret", "1"), ("X-Bad", "caf\u00e9 \u2603"),
])
def test_header_injection_refused_before_sending(transport: SyncTransport, name: str, value: str) -> None:
    with Server(serve_forever()) as srv:
        with pytest.raises(ValueError) as info:
            transport.handle_request(get(srv.url, headers=[("Authorization", "Bearer sk-secret"), (name, value)]))
        assert "sk-secret" not in str(info.value)
        time.sleep(0.05)
        assert srv.connections == 0


def test_early_answer_to_an_unread_body_is_returned(transport: SyncTransport) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        sock.settimeout(3)
        head = b""
        while b"\r\n\r\n" not in head:
            head += sock.recv(1)  # only the head: the body is never read
        sock.sendall(response_bytes(413, b'{"error":"too big"}', reason="Payload Too Large"))
        sock.close()  # unread data: the kernel answers the rest with a reset

    with Server(handler) as srv:
        resp, body = fetch(transport, srv.url, method="POST", content=b"x" * (16 << 20))
        assert (resp.status_code, body) == (413, b'{"error":"too big"}')
        assert client_sockets(srv.port) == 0
        assert transport._pool.idle_count == 0  # half-sent request: never pooled


def test_large_request_body_is_sent_whole(transport: SyncTransport) -> None:
    seen: List[bytes] = []
    payload = os.urandom(300_000)
    with Server(recording_server(seen)) as srv:
        fetch(transport, srv.url, method="PUT", content=payload)
    assert seen[0].endswith(b"\r\n\r\n" + payload)


def test_response_headers_keep_case_and_repeats(transport: SyncTransport) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(b"HTTP/1.1 201 Created Here\r\nX-Request-ID: abc\r\nSet-Cookie: a=1\r\n"
                     b"set-cookie: b=2\r\nX-Folded: one\r\n  two\r\nContent-Length: 2\r\n\r\nhi")

    with Server(handler) as srv:
        resp, body = fetch(transport, srv.url)
    assert (resp.status_code, resp.reason_phrase, body) == (201, "Created Here", b"hi")
    assert resp.headers.multi_items() == [("X-Request-ID", "abc"), ("Set-Cookie", "a=1"),
                                          ("set-cookie", "b=2"), ("X-Folded", "one two"),
                                          ("Content-Length", "2")]
    assert resp.headers.get_list("SET-COOKIE") == ["a=1", "b=2"]
    assert resp.elapsed.total_seconds() > 0


def test_unsupported_scheme_is_a_connect_error(transport: SyncTransport) -> None:
    with pytest.raises(ConnectError):
        transport.handle_request(get("ftp://127.0.0.1/x"))


# --------------------------------------------------------------------------- faults
def test_connection_refused(transport: SyncTransport) -> None:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    with pytest.raises(ConnectError) as info:
        transport.handle_request(get(f"http://127.0.0.1:{port}/"))
    assert not isinstance(info.value, ConnectTimeout)


@pytest.fixture
def stalled_dns(monkeypatch: pytest.MonkeyPatch) -> Iterator[List[str]]:
    """A resolver that hangs on names ending in .stall (as a dead DNS server does) and
    records every name asked; other names resolve normally."""
    real = socket.getaddrinfo
    release = threading.Event()
    asked: List[str] = []

    def getaddrinfo(host, port, *args, **kw):  # type: ignore[no-untyped-def]
        asked.append(host)
        if str(host).endswith(".stall"):
            release.wait(10)
            raise socket.gaierror("stalled")
        return real(host, port, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield asked
    release.set()


def test_name_lookup_is_bounded_by_the_connect_timeout(transport: SyncTransport, stalled_dns: List[str]) -> None:
    started = time.monotonic()
    with pytest.raises(ConnectTimeout):
        transport.handle_request(get("http://api.stall/v1/x", timeout=Timeout(5.0, connect=0.3)))
    assert time.monotonic() - started < 1.5
    assert stalled_dns == ["api.stall"]


def test_names_and_addresses_still_connect_through_the_bounded_lookup(transport: SyncTransport, stalled_dns: List[str]) -> None:
    with RawServer(serve_forever(body=b"{}")) as server:
        assert transport.handle_request(get(f"http://localhost:{server.port}/")).read() == b"{}"
        other = SyncTransport()
        try:
            assert other.handle_request(get(f"http://127.0.0.1:{server.port}/")).read() == b"{}"
        finally:
            other.close()
    assert stalled_dns == ["localhost", "127.0.0.1"]


def test_connect_timeout_when_the_listen_queue_is_full(transport: SyncTransport) -> None:
    # Linux drops SYNs to a listener whose accept queue is full, so connect() just waits.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(3):
            c = socket.socket()
            c.setblocking(False)
            c.connect_ex(("127.0.0.1", port))
            fillers.append(c)
        time.sleep(0.05)
        started = time.monotonic()
        with pytest.raises(ConnectTimeout):
            transport.handle_request(get(f"http://127.0.0.1:{port}/", timeout=Timeout(3.0, connect=0.3)))
        assert time.monotonic() - started < 1.5
    finally:
        for c in fillers:
            c.close()
        listener.close()


def test_server_resets_mid_body(transport: SyncTransport) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b"x" * 1000)
        time.sleep(0.2)
        rst(sock)

    with Server(handler) as srv:
        with pytest.raises(ReadError):
            resp = transport.handle_request(get(srv.url))
            with resp:
                for _ in resp.stream or []:
                    pass
        assert client_sockets(srv.port) == 0


def test_stall_before_headers_is_a_read_timeout(transport: SyncTransport) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        srv.stall()

    with Server(handler) as srv:
        started = time.monotonic()
        with pytest.raises(ReadTimeout):
            transport.handle_request(get(srv.url, timeout=Timeout(3.0, read=0.3)))
        assert time.monotonic() - started < 1.0
        assert client_sockets(srv.port) == 0


@pytest.mark.parametrize("sent", [
    b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nhalf\r\n",
])
def test_stall_in_the_body_is_a_read_timeout(transport: SyncTransport, sent: bytes) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(sent)
        srv.stall()

    with Server(handler) as srv:
        resp = transport.handle_request(get(srv.url, timeout=Timeout(3.0, read=0.3)))
        started = time.monotonic()
        with pytest.raises(ReadTimeout):
            with resp:
                for _ in resp.stream or []:
                    pass
        assert time.monotonic() - started < 1.0
        assert client_sockets(srv.port) == 0


def test_write_timeout_when_the_server_does_not_read(transport: SyncTransport) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        srv.stall()

    with Server(handler) as srv:
        started = time.monotonic()
        with pytest.raises(WriteTimeout):
            transport.handle_request(get(srv.url, method="POST", content=b"x" * (64 << 20),
                                         timeout=Timeout(3.0, write=0.3)))
        assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("sent", [
    b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten..",        # short body, then FIN
    b"HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\nbody",
    b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\nContent-Length: 5\r\n\r\nbody",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nbody\r\n0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nshort",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nbody\r\n",  # no last chunk
])
def test_bad_body_framing_is_a_protocol_error(transport: SyncTransport, sent: bytes) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(sent)
        sock.shutdown(socket.SHUT_WR)
        srv.stall()

    with Server(handler) as srv:
        with pytest.raises(RemoteProtocolError):
            resp = transport.handle_request(get(srv.url))
            with resp:
                for _ in resp.stream or []:
                    pass
        assert client_sockets(srv.port) == 0


@pytest.mark.parametrize("sent", [
    b"HTTP/1.1 abc OK\r\n\r\n",
    b"garbage\r\n\r\n",
    b"HTTP/2 200\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nX-Good: 1\r\nthis line has no colon\r\nContent-Length: 0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\n" + b"X-Long: " + b"a" * 70000 + b"\r\n\r\n",
])
def test_malformed_response_head_is_a_protocol_error(transport: SyncTransport, sent: bytes) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(sent)
        srv.stall()

    with Server(handler) as srv:
        with pytest.raises(RemoteProtocolError):
            transport.handle_request(get(srv.url))
        assert client_sockets(srv.port) == 0


# --------------------------------------------------------------------------- pool
def test_pool_timeout_then_slot_handed_to_a_waiter() -> None:
    t = SyncTransport(limits=Limits(max_connections=1, max_keepalive_connections=1))
    with Server(serve_forever(body=b"x" * 10)) as srv:
        held = t.handle_request(get(srv.url))  # holds the only connection until closed
        started = time.monotonic()
        with pytest.raises(PoolTimeout):
            t.handle_request(get(srv.url, timeout=Timeout(3.0, pool=0.2)))
        assert 0.15 < time.monotonic() - started < 1.0

        results: List[bytes] = []
        waiter = threading.Thread(target=lambda: results.append(fetch(t, srv.url)[1]), daemon=True)
        waiter.start()
        time.sleep(0.1)
        assert not results
        held.read()  # body read to its end: the socket goes back and the waiter takes it
        waiter.join(2)
        assert results == [b"x" * 10]
        assert srv.connections == 1
    t.close()


def test_early_closed_response_frees_its_slot() -> None:
    t = SyncTransport(limits=Limits(max_connections=1))
    with Server(serve_forever(body=b"y" * 1_000_000)) as srv:
        for _ in range(3):
            resp = t.handle_request(get(srv.url, timeout=Timeout(3.0, pool=0.5)))
            next(iter(resp.stream or []))
            resp.close()  # not drained: the socket is closed instead
        assert srv.connections == 3
        assert client_sockets(srv.port) == 0
    t.close()


def test_dropped_unclosed_response_frees_its_slot() -> None:
    t = SyncTransport(limits=Limits(max_connections=1))
    with Server(serve_forever(body=b"z" * 100_000)) as srv:
        resp = t.handle_request(get(srv.url))
        del resp
        gc.collect()
        assert fetch(t, srv.url, timeout=Timeout(3.0, pool=0.5))[1] == b"z" * 100_000
    t.close()


def test_close_from_another_thread_wakes_a_blocked_reader(transport: SyncTransport) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nsome")
        srv.stall()

    outcome: List[BaseException] = []

    def reader(resp: Response) -> None:
        try:
            for _ in resp.stream or []:
                pass
        except BaseException as exc:  # noqa: BLE001 - inspected below
            outcome.append(exc)

    with Server(handler) as srv:
        resp = transport.handle_request(get(srv.url, timeout=Timeout(3.0)))
        th = threading.Thread(target=reader, args=(resp,), daemon=True)
        th.start()
        time.sleep(0.1)
        started = time.monotonic()
        resp.close()
        th.join(2)
        assert time.monotonic() - started < 1.0 and not th.is_alive()
        assert outcome and isinstance(outcome[0], TransportError)
        assert client_sockets(srv.port) == 0


def test_threads_share_the_transport_within_limits() -> None:
    t = SyncTransport(limits=Limits(max_connections=4, max_keepalive_connections=4))
    errors: List[BaseException] = []
    bodies: List[bytes] = []

    def worker(n: int) -> None:
        try:
            for i in range(15):
                bodies.append(fetch(t, f"{srv.url}/{n}/{i}")[1])
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    with Server(serve_forever(body=b"shared")) as srv:
        threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(8)]
        for th in threads:
            th.start()
        for th in threads:
            th.join(10)
        assert not errors and bodies == [b"shared"] * 120
        assert srv.connections <= 4
        assert client_sockets(srv.port) <= 4
    t.close()


def test_keepalive_expiry_and_max_keepalive() -> None:
    eofs: List[int] = []

    def handler(sock: socket.socket, index: int) -> None:
        while read_request(sock, timeout=3)[0]:
            sock.sendall(response_bytes(200, b"k"))
        eofs.append(index)

    t = SyncTransport(limits=Limits(max_connections=10, max_keepalive_connections=1, keepalive_expiry=0.2))
    with Server(handler) as srv:
        a = t.handle_request(get(srv.url))
        b = t.handle_request(get(srv.url))  # two in use at once
        a.read()
        b.read()  # only one may stay idle: the other is closed
        assert wait_for(lambda: len(eofs) == 1)
        time.sleep(0.3)
        fetch(t, srv.url)  # the remaining idle one expired: a third connection
        assert srv.connections == 3
        assert wait_for(lambda: len(eofs) == 2)
        time.sleep(0.3)
        # Expired sockets of other origins are closed too, not only the one asked for.
        with Server(serve_forever()) as other:
            with t.handle_request(get(other.url)):  # held, so max_keepalive plays no part
                assert wait_for(lambda: len(eofs) == 3)
    t.close()


def test_close_closes_idle_sockets_and_refuses_new_requests() -> None:
    eof = threading.Event()

    def handler(sock: socket.socket, index: int) -> None:
        while read_request(sock, timeout=3)[0]:
            sock.sendall(response_bytes(200, b"c" * 200_000))
        eof.set()

    t = SyncTransport()
    with Server(handler) as srv:
        in_use = t.handle_request(get(srv.url))
        fetch(t, srv.url)  # a second connection, idle once read
        assert client_sockets(srv.port) == 2
        t.close()
        assert t.is_closed
        assert eof.wait(2)
        assert client_sockets(srv.port) == 1  # the in-use one lives until its response closes
        assert len(in_use.read()) == 200_000
        assert client_sockets(srv.port) == 0
        with pytest.raises(RuntimeError, match="client has been closed"):
            t.handle_request(get(srv.url))


def test_many_requests_errors_and_early_closes_do_not_grow_sockets(transport: SyncTransport) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        while True:
            head, _ = read_request(sock, timeout=3)
            if not head:
                return
            path = head.split(b" ")[1]
            if path == b"/bad":
                sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nshort")
                return
            sock.sendall(response_bytes(200, b"b" * 100_000))

    with Server(handler) as srv:
        for i in range(100):
            if i % 10 == 3:
                with pytest.raises(RemoteProtocolError):
                    fetch(transport, srv.url + "/bad")
            elif i % 10 == 7:
                resp = transport.handle_request(get(srv.url + "/ok"))
                resp.close()
            else:
                assert len(fetch(transport, srv.url + "/ok")[1]) == 100_000
        assert client_sockets(srv.port) <= 1


def test_large_body_streams_with_flat_memory(transport: SyncTransport) -> None:
    size = 50 * 1024 * 1024
    block = b"\xab" * 65536

    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(f"HTTP/1.1 200 OK\r\nContent-Length: {size}\r\n\r\n".encode())
        for _ in range(size // len(block)):
            sock.sendall(block)

    with Server(handler) as srv:
        tracemalloc.start()
        try:
            total = chunks = biggest = 0
            resp = transport.handle_request(get(srv.url))
            with resp:
                for chunk in resp.stream or []:
                    total += len(chunk)
                    chunks += 1
                    biggest = max(biggest, len(chunk))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert total == size and chunks > 100 and biggest <= 65536
    assert peak < 2 * 1024 * 1024


# --------------------------------------------------------------------------- sockets
def test_socket_options_and_local_address(transport: SyncTransport) -> None:
    peers: List[str] = []

    def handler(sock: socket.socket, index: int) -> None:
        peers.append(sock.getpeername()[0])
        serve_forever()(sock, index)

    t = SyncTransport(local_address="127.0.0.2")
    with Server(handler) as srv:
        resp = t.handle_request(get(srv.url))
        sock = resp.stream._conn.sock  # type: ignore[union-attr]
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)
        if hasattr(socket, "TCP_KEEPIDLE"):
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE) == 60
        resp.close()
    t.close()
    assert peers == ["127.0.0.2"]


def test_transport_errors_never_leak_credentials(transport: SyncTransport) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc")

    with Server(handler) as srv:
        with pytest.raises(TransportError) as info:
            fetch(transport, srv.url, headers=[("Authorization", "Bearer sk-very-secret"), ("api-key", "k-secret")])
    text = str(info.value) + repr(info.value) + repr(transport)
    assert "secret" not in text
