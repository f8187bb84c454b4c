"""AsyncTransport against real loopback servers that misbehave on purpose.

Every server here is a RawServer thread speaking raw bytes; handlers that wait do so until
the client closes its socket (so a test also proves the socket was closed) or until a
bounded timeout, never longer.
"""
from __future__ import annotations

import asyncio
import gc
import os
import select
import socket
import ssl
import struct
import subprocess
import sys
import threading
import time
import warnings
from typing import Any, Awaitable, Callable, Dict, List, Optional, Tuple, TypeVar

import pytest

from openai_lite._timeout import Timeout
from openai_lite.transport.async_ import AsyncTransport
from openai_lite.transport.base import (ConnectError, ConnectTimeout, PoolTimeout,
                                        ProxyError, ReadError, ReadTimeout, RemoteProtocolError,
                                        Request, WriteError, WriteTimeout)
from openai_lite.transport.pool import Limits

from .rawserver import RawServer, read_request, response_bytes, serve_forever

T = TypeVar("T")
FAST = Timeout(2.0)


def run(fn: Callable[[], Awaitable[T]], limit: float = 8.0) -> T:
    async def main() -> T:
        return await asyncio.wait_for(fn(), limit)
    return asyncio.run(main())


def get(url: str, timeout: Timeout = FAST, **kw: Any) -> Request:
    return Request(kw.pop("method", "GET"), url, timeout=timeout, **kw)


def drain_until_closed(sock: socket.socket, limit: float = 3.0) -> bool:
    """Read and discard until the client closes; True if it did within ``limit``."""
    sock.settimeout(limit)
    try:
        while sock.recv(65536):
            pass
        return True
    except (socket.timeout, OSError):
        return False


def reply(raw: bytes, *, then_wait: bool = False, closed: Optional[threading.Event] = None) -> Callable[[socket.socket, int], None]:
    def handler(sock: socket.socket, index: int) -> None:
        head, _ = read_request(sock)
        if not head:
            return
        sock.sendall(raw)
        if then_wait and drain_until_closed(sock) and closed is not None:
            closed.set()
    return handler


async def wait_event(event: threading.Event, limit: float = 1.5) -> bool:
    deadline = time.monotonic() + limit
    while not event.is_set() and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    return event.is_set()


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd" if os.path.isdir("/proc/self/fd") else "/dev/fd"))


# --------------------------------------------------------------------------- basics
def test_get_reuses_one_keep_alive_connection_and_writes_headers_as_given() -> None:
    heads: List[bytes] = []

    def handler(sock: socket.socket, index: int) -> None:
        while True:
            head, _ = read_request(sock)
            if not head:
                return
            heads.append(head)
            sock.sendall(response_bytes(body=b'{"ok":true}'))

    async def go() -> None:
        t = AsyncTransport()
        try:
            for _ in range(3):
                r = await t.handle_request(get(server.url + "/v1/x?a=1&b=%20", headers=[("X-Test", "1"), ("x-test", "2")]))
                assert r.status_code == 200 and r.reason_phrase == "OK" and r.http_version == "HTTP/1.1"
                assert await r.aread() == b'{"ok":true}'
                assert r.headers["content-type"] == "application/json"
            assert t._pool.idle_count == 1
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections == 1
    assert heads[0] == (f"GET /v1/x?a=1&b=%20 HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
                        "X-Test: 1\r\nx-test: 2").encode()


def test_answer_that_arrives_whole_is_returned_read_and_frees_the_connection_at_once() -> None:
    import gzip

    plain = b'{"ok":true}'

    def handler(sock: socket.socket, index: int) -> None:
        for body, extra in ((plain, []), (gzip.compress(plain), [("Content-Encoding", "gzip")])):
            head, _ = read_request(sock)
            if not head:
                return
            sock.sendall(response_bytes(body=body, headers=extra))  # head and body in one send

    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await t.handle_request(get(server.url))
            # the connection is back in the pool before anyone reads the body
            assert t._pool.idle_count == 1 and r.is_stream_consumed
            assert r.content == plain and r.num_bytes_downloaded == len(plain)
            assert await r.aread() == plain and [c async for c in r.aiter_bytes()] == [plain]
            r = await t.handle_request(get(server.url))
            assert await r.aread() == plain  # a coded body still goes through the decoder
            assert t._pool.idle_count == 1
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections == 1


def test_answer_that_arrives_whole_with_connection_close_is_not_pooled() -> None:
    def handler(sock: socket.socket, index: int) -> None:
        head, _ = read_request(sock)
        if head:
            sock.sendall(response_bytes(body=b'{"n":%d}' % index, headers=[("Connection", "close")]))
        drain_until_closed(sock)

    async def go() -> None:
        t = AsyncTransport()
        try:
            for n in range(2):
                r = await t.handle_request(get(server.url))
                assert r.content == b'{"n":%d}' % n
                assert t._pool.open_count == 0 and t._pool.idle_count == 0
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections == 2


def test_content_length_for_bodies_and_host_not_duplicated() -> None:
    seen: List[Tuple[bytes, bytes]] = []

    def handler(sock: socket.socket, index: int) -> None:
        while True:
            head, body = read_request(sock)
            if not head:
                return
            seen.append((head, body))
            sock.sendall(response_bytes(body=b"{}"))

    async def go() -> None:
        t = AsyncTransport()
        try:
            for method, content, headers in [("POST", b'{"a":1}', []), ("POST", b"", []), ("POST", None, []),
                                             ("GET", None, [("Host", "example.test")]),
                                             ("PUT", b"x" * 100_000, [])]:
                r = await t.handle_request(get(server.url + "/p", method=method, content=content, headers=headers))
                await r.aread()
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
    assert seen[0][0].endswith(b"Content-Length: 7") and seen[0][1] == b'{"a":1}'
    assert seen[1][0].endswith(b"Content-Length: 0")
    assert seen[2][0].endswith(b"Content-Length: 0")  # POST without body, like httpx
    assert b"Content-Length" not in seen[3][0] and seen[3][0].count(b"Host:") == 1
    assert b"Host: example.test" in seen[3][0]
    assert seen[4][1] == b"x" * 100_000


def test_chunked_response_with_extensions_keeps_connection() -> None:
    raw = (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
           b"5;ext=1\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\nX-Trailer: t\r\n\r\n")

    def handler(sock: socket.socket, index: int) -> None:
        while read_request(sock)[0]:
            sock.sendall(raw)

    async def go() -> None:
        t = AsyncTransport()
        try:
            for _ in range(2):
                r = await t.handle_request(get(server.url))
                chunks = [c async for c in r.aiter_raw()]
                assert b"".join(chunks) == b"hello world"
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections == 1


def test_close_delimited_body_and_no_reuse() -> None:
    async def go() -> None:
        t = AsyncTransport()
        try:
            for _ in range(2):
                r = await t.handle_request(get(server.url))
                assert await r.aread() == b"all of it"
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(reply(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it")) as server:
        run(go)
        assert server.connections == 2


def test_http10_keep_alive_only_when_asked() -> None:
    async def go(raw: bytes) -> int:
        def handler(sock: socket.socket, index: int) -> None:
            while read_request(sock)[0]:
                sock.sendall(raw)
        with RawServer(handler) as server:
            t = AsyncTransport()
            try:
                for _ in range(2):
                    r = await t.handle_request(get(server.url))
                    assert await r.aread() == b"hi"
            finally:
                await t.aclose()
            return server.connections

    assert run(lambda: go(b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nhi")) == 1
    assert run(lambda: go(b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nhi")) == 2


def test_head_interim_and_no_content_responses() -> None:
    answers = [b"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n",
               b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n"]

    def handler(sock: socket.socket, index: int) -> None:
        i = 0
        while read_request(sock)[0]:
            sock.sendall(answers[i % 2])
            i += 1

    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await t.handle_request(get(server.url, method="HEAD"))
            assert r.status_code == 200 and r.headers["content-length"] == "50"
            assert t._pool.idle_count == 1  # nothing to read: back in the pool already
            assert await r.aread() == b""
            r = await t.handle_request(get(server.url, method="POST", content=b"x"))
            assert r.status_code == 204 and await r.aread() == b""
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections == 1


def test_response_usable_after_request_coroutine_and_streams_lazily() -> None:
    release = threading.Event()

    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nfirst")
        release.wait(2)
        sock.sendall(b"-last")
        drain_until_closed(sock)

    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await asyncio.ensure_future(t.handle_request(get(server.url)))
            it = r.aiter_bytes()
            assert await it.__anext__() == b"first"  # arrives before the rest exists
            release.set()
            assert [c async for c in it] == [b"-last"]
            assert r.is_closed and t._pool.idle_count == 1
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)


# --------------------------------------------------------------------------- faults
def test_drop_without_answer_on_fresh_connection_is_not_resent() -> None:
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)

    async def go() -> None:
        t = AsyncTransport()
        try:
            with pytest.raises(RemoteProtocolError, match="disconnected without sending a response"):
                await t.handle_request(get(server.url))
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections == 1


def test_reused_connection_dropped_before_answer_is_resent_once_with_body() -> None:
    bodies: Dict[int, List[bytes]] = {}

    def handler(sock: socket.socket, index: int) -> None:
        bodies[index] = []
        while True:
            head, body = read_request(sock)
            if not head:
                return
            bodies[index].append(body)
            if index == 0 and len(bodies[0]) == 2:
                return  # closed while "idle", the client had already sent the next request
            sock.sendall(response_bytes(body=b"ok"))

    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await t.handle_request(get(server.url, method="POST", content=b"one"))
            assert await r.aread() == b"ok"
            r = await t.handle_request(get(server.url, method="POST", content=b"two"))
            assert await r.aread() == b"ok"
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections == 2
    assert bodies == {0: [b"one", b"two"], 1: [b"two"]}


def test_resend_happens_only_once() -> None:
    def handler(sock: socket.socket, index: int) -> None:
        head, _ = read_request(sock)
        if index == 0:
            sock.sendall(response_bytes(body=b"ok"))
            read_request(sock)  # second request: no answer

    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await t.handle_request(get(server.url))
            await r.aread()
            with pytest.raises(RemoteProtocolError):
                await t.handle_request(get(server.url))
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections == 2


@pytest.mark.parametrize("loop_blocked", [False, True])
def test_idle_connection_closed_by_server_is_not_used(loop_blocked: bool) -> None:
    # loop_blocked: the FIN arrives while the event loop is busy, so asyncio has not seen it
    # yet when the pool is asked; only the zero-timeout poll of the socket can tell.
    per_conn: Dict[int, int] = {}

    def handler(sock: socket.socket, index: int) -> None:
        per_conn[index] = 0
        while True:
            head, _ = read_request(sock, timeout=3)
            if not head:
                return
            per_conn[index] += 1
            sock.sendall(response_bytes(body=b"ok"))
            if index == 0:
                # FIN once the client is idle, but keep reading: a client that ignored it
                # would send its next request here
                time.sleep(0.03)
                sock.shutdown(socket.SHUT_WR)

    async def go() -> None:
        t = AsyncTransport()
        try:
            for _ in range(2):
                r = await t.handle_request(get(server.url))
                assert await r.aread() == b"ok"
                if loop_blocked:
                    time.sleep(0.1)
                else:
                    await asyncio.sleep(0.1)
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections == 2
    assert per_conn == {0: 1, 1: 1}


def test_keepalive_expiry_and_max_keepalive() -> None:
    async def go() -> None:
        t = AsyncTransport(limits=Limits(max_connections=10, max_keepalive_connections=1, keepalive_expiry=0.1))
        try:
            rs = await asyncio.gather(*[t.handle_request(get(server.url)) for _ in range(3)])
            for r in rs:
                await r.aread()
            assert t._pool.idle_count == 1 and t._pool.open_count == 1
            await asyncio.sleep(0.2)
            r = await t.handle_request(get(server.url))
            await r.aread()
            assert t._pool.open_count == 1
        finally:
            await t.aclose()

    with RawServer(serve_forever()) as server:
        run(go)
        assert server.connections == 4  # three at once, then a fresh one after expiry


def test_stall_before_head_is_read_timeout_and_closes_socket() -> None:
    closed = threading.Event()

    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        if drain_until_closed(sock):
            closed.set()

    async def go() -> None:
        t = AsyncTransport()
        try:
            with pytest.raises(ReadTimeout):
                await t.handle_request(get(server.url, timeout=Timeout(2.0, read=0.2)))
            assert await wait_event(closed)
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)


@pytest.mark.parametrize("partial", [b"", b"12345"])
def test_stall_after_head_or_mid_body_is_read_timeout(partial: bytes) -> None:
    closed = threading.Event()
    raw = b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n" + partial

    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await t.handle_request(get(server.url, timeout=Timeout(2.0, read=0.2)))
            assert r.status_code == 200
            got = bytearray()
            with pytest.raises(ReadTimeout):
                async for c in r.aiter_bytes():
                    got += c
            assert bytes(got) == partial
            assert await wait_event(closed)
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(reply(raw, then_wait=True, closed=closed)) as server:
        run(go)


def test_reset_mid_body_is_read_error() -> None:
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789")
        time.sleep(0.1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await t.handle_request(get(server.url))
            with pytest.raises(ReadError):
                await r.aread()
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)


def test_wrong_content_length() -> None:
    async def go(raw: bytes) -> Tuple[Optional[bytes], int]:
        with RawServer(reply(raw)) as server:
            t = AsyncTransport()
            try:
                r = await t.handle_request(get(server.url))
                try:
                    body: Optional[bytes] = await r.aread()
                except RemoteProtocolError as exc:
                    assert "received 5 of 10 bytes" in str(exc)
                    body = None
                return body, t._pool.open_count
            finally:
                await t.aclose()

    # longer than what is sent, then close: an error, never a short body
    assert run(lambda: go(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello")) == (None, 0)
    # shorter than what is sent: the declared length wins and the extra bytes end the connection
    assert run(lambda: go(b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nhello")) == (b"hel", 0)


@pytest.mark.parametrize("raw", [b"HTTP/1.1 2OO OK\r\n\r\n", b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n",
                                 b"SSH-2.0-OpenSSH_9.0\r\n", b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 10000 + b"\r\n"])
def test_malformed_responses_are_remote_protocol_errors(raw: bytes) -> None:
    async def go() -> None:
        t = AsyncTransport()
        try:
            with pytest.raises(RemoteProtocolError):
                await t.handle_request(get(server.url))
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(reply(raw)) as server:
        run(go)


def test_bad_chunked_body_is_remote_protocol_error() -> None:
    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await t.handle_request(get(server.url))
            with pytest.raises(RemoteProtocolError):
                await r.aread()
        finally:
            await t.aclose()

    with RawServer(reply(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nzz\r\n")) as server:
        run(go)


def test_connect_refused_is_connect_error() -> None:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()

    async def go() -> None:
        t = AsyncTransport()
        try:
            with pytest.raises(ConnectError) as info:
                await t.handle_request(get(f"http://127.0.0.1:{port}/"))
            assert not isinstance(info.value, ConnectTimeout)
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    run(go)


def test_tls_handshake_stall_is_connect_timeout() -> None:
    closed = threading.Event()

    def handler(sock: socket.socket, index: int) -> None:
        if drain_until_closed(sock):
            closed.set()

    async def go() -> None:
        t = AsyncTransport(verify=False)
        try:
            with pytest.raises(ConnectTimeout):
                await t.handle_request(get(f"https://127.0.0.1:{server.port}/", timeout=Timeout(2.0, connect=0.2)))
            assert await wait_event(closed)
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)


def test_write_timeout_when_server_does_not_read() -> None:
    release = threading.Event()

    def handler(sock: socket.socket, index: int) -> None:
        sock.recv(10)
        release.wait(3)

    async def go() -> None:
        t = AsyncTransport()
        try:
            with pytest.raises(WriteTimeout):
                await t.handle_request(get(server.url, method="POST", content=b"x" * (32 * 1024 * 1024),
                                           timeout=Timeout(2.0, write=0.2)))
            assert t._pool.open_count == 0
        finally:
            release.set()
            await t.aclose()

    with RawServer(handler) as server:
        run(go)


def test_reset_during_upload_is_write_error() -> None:
    def handler(sock: socket.socket, index: int) -> None:
        sock.recv(10)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    async def go() -> None:
        t = AsyncTransport()
        try:
            with pytest.raises(WriteError):
                await t.handle_request(get(server.url, method="POST", content=b"x" * (32 * 1024 * 1024)))
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)


def test_early_answer_before_reset_during_upload_is_delivered() -> None:
    def handler(sock: socket.socket, index: int) -> None:
        sock.recv(10)
        sock.sendall(b"HTTP/1.1 413 Payload Too Large\r\nContent-Length: 8\r\n\r\ntoo big!")
        time.sleep(0.2)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await t.handle_request(get(server.url, method="POST", content=b"x" * (32 * 1024 * 1024)))
            assert r.status_code == 413 and await r.aread() == b"too big!"
            assert t._pool.open_count == 0  # never reused: the upload did not finish
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)


# --------------------------------------------------------------------------- pool
def test_pool_limit_with_50_concurrent_tasks() -> None:
    lock = threading.Lock()
    active = [0, 0]  # now, max

    def handler(sock: socket.socket, index: int) -> None:
        while True:
            head, _ = read_request(sock)
            if not head:
                return
            with lock:
                active[0] += 1
                active[1] = max(active[1], active[0])
            time.sleep(0.005)
            with lock:
                active[0] -= 1
            sock.sendall(response_bytes(body=b"ok"))

    async def go() -> None:
        t = AsyncTransport(limits=Limits(max_connections=5, max_keepalive_connections=5))

        async def one() -> bytes:
            r = await t.handle_request(get(server.url))
            return await r.aread()

        try:
            assert await asyncio.gather(*[one() for _ in range(50)]) == [b"ok"] * 50
            assert t._pool.open_count <= 5
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections <= 5
    assert active[1] <= 5


def test_pool_timeout_with_50_concurrent_tasks() -> None:
    def handler(sock: socket.socket, index: int) -> None:
        while read_request(sock)[0]:
            time.sleep(0.3)
            sock.sendall(response_bytes(body=b"ok"))

    async def go() -> None:
        t = AsyncTransport(limits=Limits(max_connections=2))

        async def one() -> str:
            try:
                r = await t.handle_request(get(server.url, timeout=Timeout(2.0, pool=0.1)))
                await r.aread()
                return "ok"
            except PoolTimeout:
                return "pool"

        try:
            results = await asyncio.gather(*[one() for _ in range(50)])
            assert results.count("ok") == 2 and results.count("pool") == 48
            assert t._pool.open_count == 2 and t._pool.idle_count == 2
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections == 2


def test_waiter_gets_connection_when_response_closed_early() -> None:
    def handler(sock: socket.socket, index: int) -> None:
        while read_request(sock)[0]:
            sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial")

    async def go() -> None:
        t = AsyncTransport(limits=Limits(max_connections=1))
        try:
            first = await t.handle_request(get(server.url))
            waiter = asyncio.ensure_future(t.handle_request(get(server.url)))
            await asyncio.sleep(0.05)
            assert not waiter.done()
            await first.aclose()  # body unread: socket closed, slot freed
            second = await asyncio.wait_for(waiter, 1)
            assert second.status_code == 200
            await second.aclose()
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections == 2


def test_full_read_returns_connection_and_early_aclose_closes_socket() -> None:
    closed = threading.Event()

    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nab")
        if drain_until_closed(sock):
            closed.set()

    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await t.handle_request(get(server.url))
            assert t._pool.open_count == 1 and t._pool.idle_count == 0
            await r.aclose()
            assert await wait_event(closed)
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)


# --------------------------------------------------------------------------- cancellation
def test_cancel_while_connecting_frees_slot_and_socket() -> None:
    closed = threading.Event()

    def handler(sock: socket.socket, index: int) -> None:
        if drain_until_closed(sock):
            closed.set()

    async def go() -> None:
        t = AsyncTransport(verify=False, limits=Limits(max_connections=1))
        try:
            task = asyncio.ensure_future(t.handle_request(get(f"https://127.0.0.1:{server.port}/")))
            await asyncio.sleep(0.1)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert await wait_event(closed)
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)


def test_cancel_while_waiting_for_head_frees_slot_and_socket() -> None:
    closed = threading.Event()

    def handler(sock: socket.socket, index: int) -> None:
        if index == 0:
            read_request(sock)
            if drain_until_closed(sock):
                closed.set()
            return
        serve_forever()(sock, index)

    async def go() -> None:
        t = AsyncTransport(limits=Limits(max_connections=1))
        try:
            task = asyncio.ensure_future(t.handle_request(get(server.url)))
            await asyncio.sleep(0.1)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert await wait_event(closed)
            assert t._pool.open_count == 0
            r = await t.handle_request(get(server.url, timeout=Timeout(2.0, pool=0.5)))
            assert await r.aread() == b"{}"
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)


def test_cancel_mid_body_frees_slot_and_socket() -> None:
    closed = threading.Event()

    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await t.handle_request(get(server.url))
            reader = asyncio.ensure_future(r.aread())
            await asyncio.sleep(0.1)
            reader.cancel()
            with pytest.raises(asyncio.CancelledError):
                await reader
            assert await wait_event(closed)
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    raw = b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nsome"
    with RawServer(reply(raw, then_wait=True, closed=closed)) as server:
        run(go)


def test_cancel_while_waiting_for_pool() -> None:
    rest = threading.Event()

    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nab")
        rest.wait(2)
        sock.sendall(b"cd")
        serve_forever()(sock, index)

    async def go() -> None:
        t = AsyncTransport(limits=Limits(max_connections=1))
        try:
            first = await t.handle_request(get(server.url))
            waiter = asyncio.ensure_future(t.handle_request(get(server.url)))
            await asyncio.sleep(0.05)
            assert not waiter.done()
            waiter.cancel()
            with pytest.raises(asyncio.CancelledError):
                await waiter
            assert t._pool.open_count == 1
            rest.set()
            assert await first.aread() == b"abcd"
            r = await t.handle_request(get(server.url, timeout=Timeout(2.0, pool=0.3)))
            assert await r.aread() == b"{}"
        finally:
            rest.set()
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections == 1


def test_no_socket_leaks_after_many_requests_errors_and_cancellations() -> None:
    def handler(sock: socket.socket, index: int) -> None:
        while True:
            head, _ = read_request(sock, timeout=3)
            if not head:
                return
            if b"/bad" in head:
                sock.sendall(b"HTTP/1.1 2OO OK\r\n\r\n")
                return
            if b"/stall" in head:
                drain_until_closed(sock)
                return
            if b"/short" in head:
                sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
                return
            sock.sendall(response_bytes(body=b"ok"))

    async def go() -> None:
        t = AsyncTransport(limits=Limits(max_connections=8))

        async def one(path: str) -> None:
            try:
                r = await t.handle_request(get(server.url + path, timeout=Timeout(2.0, read=0.2)))
                await r.aread()
            except (RemoteProtocolError, ReadTimeout):
                pass

        try:
            for round_ in range(4):
                paths = ["/ok"] * 20 + ["/bad"] * 5 + ["/stall"] * 3 + ["/short"] * 5
                tasks = [asyncio.ensure_future(one(p)) for p in paths]
                cancel = [asyncio.ensure_future(one("/stall")) for _ in range(5)]
                await asyncio.sleep(0.05)
                for c in cancel:
                    c.cancel()
                await asyncio.gather(*tasks, *cancel, return_exceptions=True)
                assert t._pool.open_count == t._pool.idle_count <= 8
        finally:
            await t.aclose()

    before = open_fds()
    with RawServer(handler) as server:
        run(go)
    assert open_fds() <= before  # server sockets are counted too, so only after stop()


# --------------------------------------------------------------------------- lifecycle
def test_closed_transport_refuses_requests() -> None:
    t = AsyncTransport()  # built outside any event loop

    async def go() -> None:
        assert not t.is_closed
        await t.aclose()
        assert t.is_closed
        with pytest.raises(RuntimeError, match=r"^Cannot send a request, as the client has been closed\.$"):
            await t.handle_request(get("http://127.0.0.1:1/"))
        await t.aclose()

    run(go)


def test_aclose_wakes_pool_waiters_and_closes_busy_connections() -> None:
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nsome")
        drain_until_closed(sock)

    async def go() -> None:
        t = AsyncTransport(limits=Limits(max_connections=1))
        r = await t.handle_request(get(server.url))
        waiter = asyncio.ensure_future(t.handle_request(get(server.url)))
        await asyncio.sleep(0.05)
        await t.aclose()
        with pytest.raises(RuntimeError, match="client has been closed"):
            await asyncio.wait_for(waiter, 1)
        with pytest.raises((RemoteProtocolError, ReadError)):
            await r.aread()

    with RawServer(handler) as server:
        run(go)


def test_one_transport_across_successive_event_loops() -> None:
    t = AsyncTransport()

    async def one() -> bytes:
        r = await t.handle_request(get(server.url))
        return await r.aread()

    # A socket whose loop is closed can only be shut down, not closed, by us; asyncio's
    # transport object releases the descriptor (with a ResourceWarning) when collected.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        with RawServer(serve_forever()) as server:
            assert run(one) == b"{}"
            assert run(one) == b"{}"  # the first loop's pooled socket is not used from the second
            run(t.aclose)
            assert server.connections == 2
        del t
        gc.collect()


# --------------------------------------------------------------------------- TLS
@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Tuple[str, str]:
    d = tmp_path_factory.mktemp("tls")
    cert, key = str(d / "cert.pem"), str(d / "key.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
         "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,digitalSignature,keyCertSign"],
        check=True, capture_output=True, timeout=20)
    return cert, key


def tls_server_ctx(certs: Tuple[str, str]) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(*certs)
    return ctx


def test_tls_default_verification_rejects_self_signed(certs: Tuple[str, str]) -> None:
    async def go() -> None:
        t = AsyncTransport(trust_env=False)
        try:
            with pytest.raises(ConnectError) as info:
                await t.handle_request(get(server.url))
            assert isinstance(info.value.__cause__, ssl.SSLError)
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(serve_forever(), tls=tls_server_ctx(certs)) as server:
        run(go)


def test_tls_with_ca_path_works_and_reuses(certs: Tuple[str, str]) -> None:
    async def go() -> None:
        t = AsyncTransport(verify=certs[0], trust_env=False)
        try:
            for _ in range(2):
                r = await t.handle_request(get(server.url + "/secure"))
                assert r.status_code == 200 and await r.aread() == b'{"tls":1}'
        finally:
            await t.aclose()

    with RawServer(serve_forever(body=b'{"tls":1}'), tls=tls_server_ctx(certs)) as server:
        run(go)
        assert server.connections == 1


# --------------------------------------------------------------------------- proxies
def relay(a: socket.socket, b: socket.socket, limit: float = 4.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([a, b], [], [], 0.1)
        for s in ready:
            try:
                data = s.recv(65536)
            except OSError:
                return
            if not data:
                return
            (b if s is a else a).sendall(data)


def proxy_handler(log: List[bytes], *, refuse: bool = False) -> Callable[[socket.socket, int], None]:
    def handler(sock: socket.socket, index: int) -> None:
        while True:
            head, _ = read_request(sock)
            if not head:
                return
            log.append(head)
            if head.startswith(b"CONNECT "):
                if refuse:
                    sock.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n")
                    return
                host, _, port = head.split(b" ")[1].decode().rpartition(":")
                upstream = socket.create_connection((host, int(port)), timeout=2)
                try:
                    sock.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    relay(sock, upstream)
                finally:
                    upstream.close()
                return
            sock.sendall(response_bytes(body=b'{"via":"proxy"}'))
    return handler


def test_http_proxy_uses_absolute_form_and_proxy_authorization() -> None:
    log: List[bytes] = []

    async def go() -> None:
        t = AsyncTransport(proxy=f"http://user:p%40ss@127.0.0.1:{proxy.port}")
        try:
            for _ in range(2):
                r = await t.handle_request(get("http://origin.invalid:8080/v1/models?x=1"))
                assert await r.aread() == b'{"via":"proxy"}'
        finally:
            await t.aclose()

    with RawServer(proxy_handler(log)) as proxy:
        run(go)
        assert proxy.connections == 1
    first = log[0].split(b"\r\n")
    assert first[0] == b"GET http://origin.invalid:8080/v1/models?x=1 HTTP/1.1"
    assert b"Host: origin.invalid:8080" in first
    assert b"Proxy-Authorization: Basic dXNlcjpwQHNz" in first  # user:p@ss


def test_https_through_connect_tunnel(certs: Tuple[str, str]) -> None:
    log: List[bytes] = []
    origin_heads: List[bytes] = []

    def origin_handler(sock: socket.socket, index: int) -> None:
        while True:
            head, _ = read_request(sock)
            if not head:
                return
            origin_heads.append(head)
            sock.sendall(response_bytes(body=b'{"tunnel":true}'))

    async def go() -> None:
        t = AsyncTransport(proxy=f"http://u:secret@127.0.0.1:{proxy.port}", verify=certs[0], trust_env=False)
        try:
            for _ in range(2):
                r = await t.handle_request(get(f"https://127.0.0.1:{origin.port}/v1/x"))
                assert await r.aread() == b'{"tunnel":true}'
        finally:
            await t.aclose()

    with RawServer(origin_handler, tls=tls_server_ctx(certs)) as origin, RawServer(proxy_handler(log)) as proxy:
        run(go)
        assert proxy.connections == 1 and origin.connections == 1
    assert log[0].startswith(f"CONNECT 127.0.0.1:{origin.port} HTTP/1.1\r\n".encode())
    assert b"Proxy-Authorization: Basic dTpzZWNyZXQ=" in log[0]
    assert len(log) == 1
    assert origin_heads[0].startswith(b"GET /v1/x HTTP/1.1\r\n")
    assert all(b"Proxy-Authorization" not in h for h in origin_heads)


def test_connect_refused_by_proxy_is_proxy_error(certs: Tuple[str, str]) -> None:
    async def go() -> None:
        t = AsyncTransport(proxy=f"http://127.0.0.1:{proxy.port}", verify=certs[0])
        try:
            with pytest.raises(ProxyError, match="407") as info:
                await t.handle_request(get("https://127.0.0.1:9/"))
            assert isinstance(info.value, ConnectError)
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(proxy_handler([], refuse=True)) as proxy:
        run(go)


def test_environment_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)
    log: List[bytes] = []

    async def fetch(t: AsyncTransport, url: str) -> bytes:
        try:
            r = await t.handle_request(get(url))
            return await r.aread()
        finally:
            await t.aclose()

    with RawServer(proxy_handler(log)) as proxy, RawServer(serve_forever(body=b"direct")) as direct:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        assert run(lambda: fetch(AsyncTransport(), direct.url + "/a")) == b'{"via":"proxy"}'
        assert run(lambda: fetch(AsyncTransport(trust_env=False), direct.url + "/b")) == b"direct"
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        assert run(lambda: fetch(AsyncTransport(), direct.url + "/c")) == b"direct"
    assert len(log) == 1 and log[0].startswith(f"GET {direct.url}/a HTTP/1.1".encode())


def test_local_address_is_used() -> None:
    peers: List[str] = []

    def handler(sock: socket.socket, index: int) -> None:
        peers.append(sock.getpeername()[0])
        serve_forever()(sock, index)

    async def go() -> None:
        t = AsyncTransport(local_address="127.0.0.1")
        try:
            r = await t.handle_request(get(server.url))
            await r.aread()
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
    assert peers == ["127.0.0.1"]


def test_reprs_and_errors_hide_proxy_credentials() -> None:
    t = AsyncTransport(proxy="http://user:hunter2@127.0.0.1:1")

    async def go() -> None:
        try:
            with pytest.raises(ConnectError) as info:
                await t.handle_request(get("http://example.invalid/"))
            assert "hunter2" not in str(info.value) and "hunter2" not in repr(info.value)
        finally:
            await t.aclose()

    run(go)
    assert "hunter2" not in repr(t)


def test_unsolicited_bytes_on_idle_connection_prevent_reuse() -> None:
    per_conn: Dict[int, int] = {}

    def handler(sock: socket.socket, index: int) -> None:
        per_conn[index] = 0
        while True:
            head, _ = read_request(sock, timeout=3)
            if not head:
                return
            per_conn[index] += 1
            sock.sendall(response_bytes(body=b"ok"))
            if index == 0:
                time.sleep(0.02)
                sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nstray")

    async def go() -> None:
        t = AsyncTransport()
        try:
            for _ in range(2):
                r = await t.handle_request(get(server.url))
                assert await r.aread() == b"ok"
                await asyncio.sleep(0.1)
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections == 2
    assert per_conn == {0: 1, 1: 1}


def test_request_with_connection_close_is_not_pooled() -> None:
    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await t.handle_request(get(server.url, headers=[("Connection", "close")]))
            assert await r.aread() == b"{}"
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(serve_forever()) as server:
        run(go)


def test_socket_options_are_set() -> None:
    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await t.handle_request(get(server.url))
            (conn,) = t._live
            sock = conn.transport.get_extra_info("socket")
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
            assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)
            if hasattr(socket, "TCP_KEEPIDLE"):
                assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE) == 60
                assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT) == 5
            await r.aread()
        finally:
            await t.aclose()

    with RawServer(serve_forever()) as server:
        run(go)


def tls_relay_proxy(log: List[bytes]) -> Callable[[socket.socket, int], None]:
    """Like proxy_handler, for a proxy reached over TLS: relaying must drain what the TLS
    object already decrypted, which select() cannot see."""
    def handler(sock: socket.socket, index: int) -> None:
        head, _ = read_request(sock)
        log.append(head)
        if not head.startswith(b"CONNECT "):
            sock.sendall(response_bytes(body=b'{"via":"tls-proxy"}'))
            return
        host, _, port = head.split(b" ")[1].decode().rpartition(":")
        upstream = socket.create_connection((host, int(port)), timeout=2)
        try:
            sock.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            deadline = time.monotonic() + 4
            sock.settimeout(2)
            while time.monotonic() < deadline:
                pending = isinstance(sock, ssl.SSLSocket) and sock.pending()
                ready = [sock] if pending else select.select([sock, upstream], [], [], 0.1)[0]
                for s in ready:
                    data = s.recv(65536)
                    if not data:
                        return
                    (upstream if s is sock else sock).sendall(data)
        except (OSError, ValueError):  # ValueError: RawServer.stop() closed sock under us
            return
        finally:
            upstream.close()
    return handler


def test_https_proxy(certs: Tuple[str, str]) -> None:
    log: List[bytes] = []

    async def go() -> None:
        t = AsyncTransport(proxy=f"https://127.0.0.1:{proxy.port}", verify=certs[0], trust_env=False)
        try:
            r = await t.handle_request(get("http://origin.invalid/x"))
            assert await r.aread() == b'{"via":"tls-proxy"}'
            url = f"https://127.0.0.1:{origin.port}/y"
            if sys.version_info >= (3, 11):
                r = await t.handle_request(get(url))
                assert await r.aread() == b"{}"
            else:
                with pytest.raises(ProxyError, match="3.11"):
                    await t.handle_request(get(url))
            assert t._pool.open_count == t._pool.idle_count
        finally:
            await t.aclose()

    with RawServer(serve_forever(), tls=tls_server_ctx(certs)) as origin, \
            RawServer(tls_relay_proxy(log), tls=tls_server_ctx(certs)) as proxy:
        run(go)
    assert log[0].startswith(b"GET http://origin.invalid/x HTTP/1.1")
    assert log[1].startswith(b"CONNECT 127.0.0.1:")


# --------------------------------------------------------------------------- hot-path machinery
def test_short_read_timeout_after_long_ones_on_the_same_connection() -> None:
    # Timers are per connection and re-armed lazily; a wait whose deadline is earlier than
    # the pending timer must still get its own, earlier, timer.
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(response_bytes(body=b"ok"))
        read_request(sock)
        drain_until_closed(sock)

    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await t.handle_request(get(server.url, timeout=Timeout(30.0)))
            assert await r.aread() == b"ok"
            start = time.monotonic()
            with pytest.raises(ReadTimeout):
                await t.handle_request(get(server.url, timeout=Timeout(30.0, read=0.2)))
            assert time.monotonic() - start < 1.5
            assert t._pool.open_count == 0
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections == 1


def test_read_timeout_is_per_wait_not_per_response() -> None:
    # Bytes every 0.1 s for 0.8 s with a 0.3 s read timeout: never 0.3 s of silence, so no
    # timeout, although the pending timer fires (and re-arms) several times meanwhile.
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\n")
        for i in range(8):
            time.sleep(0.1)
            sock.sendall(b"%d" % i)
        read_request(sock)
        time.sleep(0.1)
        sock.sendall(response_bytes(body=b"again"))

    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await t.handle_request(get(server.url, timeout=Timeout(5.0, read=0.3)))
            assert await r.aread() == b"01234567"
            r = await t.handle_request(get(server.url, timeout=Timeout(5.0, read=0.3)))
            assert await r.aread() == b"again"
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
        assert server.connections == 1


@pytest.mark.parametrize("tls", [False, True])
def test_concurrent_responses_never_mix(tls: bool, certs: Tuple[str, str]) -> None:
    # Every connection of a transport receives into one shared buffer; 40 tasks with
    # distinct, partly large bodies must each get exactly their own bytes.
    def handler(sock: socket.socket, index: int) -> None:
        while True:
            head, _ = read_request(sock)
            if not head:
                return
            n = int(head.split(b" ")[1].rsplit(b"/", 1)[1])
            body = (b"%d:" % n) * (1 + (n % 7) * 20000)
            sock.sendall(response_bytes(body=body))

    async def go() -> None:
        t = AsyncTransport(verify=certs[0], trust_env=False)

        async def one(n: int) -> None:
            for _ in range(3):
                r = await t.handle_request(get(f"{server.url}/n/{n}"))
                assert await r.aread() == (b"%d:" % n) * (1 + (n % 7) * 20000)

        try:
            await asyncio.gather(*[one(n) for n in range(40)])
            assert t._pool.open_count == t._pool.idle_count <= 40
        finally:
            await t.aclose()

    with RawServer(handler, tls=tls_server_ctx(certs) if tls else None) as server:
        run(go, limit=30)


def test_big_body_read_slowly_stays_bounded_and_reuses() -> None:
    size = 6 * 1024 * 1024
    payload = bytes(range(256)) * (size // 256)

    def handler(sock: socket.socket, index: int) -> None:
        while True:
            head, _ = read_request(sock)
            if not head:
                return
            sock.sendall(response_bytes(body=payload if b"/big" in head else b"small"))

    async def go() -> None:
        t = AsyncTransport()
        try:
            r = await t.handle_request(get(server.url + "/big"))
            (conn,) = t._live
            got = bytearray()
            paused = False
            async for chunk in r.aiter_raw():
                got += chunk
                paused = paused or conn.read_paused
                assert conn.size <= 2 * 1024 * 1024  # flow control: not the whole body
                await asyncio.sleep(0.001)
            assert bytes(got) == payload
            assert paused
            r = await t.handle_request(get(server.url + "/small"))
            assert await r.aread() == b"small"
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go, limit=30)
        assert server.connections == 1


def test_remembered_request_heads_follow_headers_and_urls() -> None:
    async def go() -> None:
        t = AsyncTransport()
        try:
            for path, headers in [("/a", [("X-A", "1")]), ("/a", [("X-A", "2")]), ("/b?q=1", [("X-A", "1")]),
                                  ("/a", [("X-A", "1")]), ("/a", [("x-a", "1")])]:
                r = await t.handle_request(get(server.url + path, headers=headers))
                assert await r.aread() == b"{}"
            assert t._pool.open_count == 1
            r = await t.handle_request(get(server.url + "/a", headers=[("X-A", "1"), ("Connection", "close")]))
            assert await r.aread() == b"{}"
            assert t._pool.open_count == 0
            r = await t.handle_request(get(server.url + "/a", headers=[["X-A", "list"]]))  # type: ignore[list-item]
            assert await r.aread() == b"{}"
            r = await t.handle_request(get(server.url + "/a", method="POST", content=b"12345",
                                           headers=[("X-A", "1")]))
            assert await r.aread() == b"{}"
            r = await t.handle_request(get(server.url + "/a", method="POST", content=b"123",
                                           headers=[("X-A", "1")]))
            assert await r.aread() == b"{}"
        finally:
            await t.aclose()

    with RawServer(serve_forever()) as server:
        run(go)
        assert server.connections == 2  # the "Connection: close" one was not pooled


def test_request_heads_on_the_wire() -> None:
    seen: List[bytes] = []

    def handler(sock: socket.socket, index: int) -> None:
        while True:
            head, body = read_request(sock)
            if not head:
                return
            seen.append(head + b"|" + body)
            sock.sendall(response_bytes(body=b"ok"))

    async def go() -> None:
        t = AsyncTransport()
        try:
            for req in [get(server.url + "/x?y=1", headers=[("X-A", "1")]),
                        get(server.url + "/x?y=1", headers=[("X-A", "2")]),
                        get(server.url + "/x?y=1", headers=[("X-A", "1")]),
                        get(server.url + "/p", method="POST", content=b"abc", headers=[("X-A", "1")]),
                        get(server.url + "/p", method="POST", content=b"abcdef", headers=[("X-A", "1")]),
                        get(server.url + "/p", method="POST", headers=[("Host", "other")])]:
                r = await t.handle_request(req)
                assert await r.aread() == b"ok"
        finally:
            await t.aclose()

    with RawServer(handler) as server:
        run(go)
    host = f"Host: 127.0.0.1:{server.port}".encode()
    assert seen == [
        b"GET /x?y=1 HTTP/1.1\r\n" + host + b"\r\nX-A: 1|",
        b"GET /x?y=1 HTTP/1.1\r\n" + host + b"\r\nX-A: 2|",
        b"GET /x?y=1 HTTP/1.1\r\n" + host + b"\r\nX-A: 1|",
        b"POST /p HTTP/1.1\r\n" + host + b"\r\nX-A: 1\r\nContent-Length: 3|abc",
        b"POST /p HTTP/1.1\r\n" + host + b"\r\nX-A: 1\r\nContent-Length: 6|abcdef",
        b"POST /p HTTP/1.1\r\nHost: other\r\nContent-Length: 0|",
    ]


def test_invalid_header_is_refused_before_any_connection() -> None:
    async def go() -> None:
        t = AsyncTransport()
        try:
            for headers in ([("X-A", "a\r\nInjected: 1")], [("X-A", "b\nC\x00d")], [("Bad Name", "v")],
                            [("X-A", "b\nC\x00d")]):  # twice: a refused head is never remembered
                with pytest.raises(ValueError):
                    await t.handle_request(get("http://127.0.0.1:1/", headers=headers))
            assert t._pool.open_count == 0 and not t._prepared
        finally:
            await t.aclose()

    run(go)
