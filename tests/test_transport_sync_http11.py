"""The sync transport's own HTTP/1.1 code: request heads, response heads, body framing.

The same raw responses as ``test_http11_differential`` (there checked for the async side
against http.client) go through ``SyncTransport`` here, and the body decoders are fed every
possible split of a message through a scripted socket.
"""
from __future__ import annotations

import gzip
import socket
import threading
import time
from typing import Any, Iterator, List, Optional, Tuple

import pytest

from openai_lite._timeout import Timeout
from openai_lite.transport import sync
from openai_lite.transport.base import ReadTimeout, RemoteProtocolError, Request, Response, TransportError
from openai_lite.transport.sync import SyncTransport
from tests.rawserver import RawServer, read_request, response_bytes, serve_forever
from tests.test_http11_differential import CASES, STRICTER, via_http_client
from tests.test_transport_sync import Server, fetch, get

Outcome = Tuple[str, Optional[Tuple[int, str, str, List[Tuple[str, str]], bytes]]]


# --------------------------------------------------------------------------- differential
class _Scripted:
    def __init__(self) -> None:
        self.raw = b""
        self.server = RawServer(self._handle)

    def _handle(self, sock: socket.socket, index: int) -> None:
        head, _ = read_request(sock, timeout=2)
        if head:
            sock.sendall(self.raw)


@pytest.fixture(scope="module")
def scripted() -> Iterator[_Scripted]:
    s = _Scripted()
    s.server.start()
    try:
        yield s
    finally:
        s.server.stop()


def via_sync(port: int, method: str) -> Outcome:
    t = SyncTransport(trust_env=False)
    try:
        r = t.handle_request(Request(method, f"http://127.0.0.1:{port}/diff", timeout=Timeout(2.0)))
        body = r.read()
        return "ok", (r.status_code, r.reason_phrase.strip(), r.http_version, r.headers.multi_items(), body)
    except TransportError:
        return "error", None
    finally:
        t.close()


@pytest.mark.parametrize("name,method,raw,expected", CASES, ids=[c[0] for c in CASES])
def test_same_result_as_http_client(scripted: _Scripted, name: str, method: str, raw: bytes, expected: str) -> None:
    scripted.raw = raw
    reference = via_http_client(scripted.server.port, method)
    assert reference[0] == expected, f"http.client: {reference}"
    assert via_sync(scripted.server.port, method) == reference


@pytest.mark.parametrize("name,raw", STRICTER, ids=[c[0] for c in STRICTER])
def test_as_strict_as_the_async_parser(scripted: _Scripted, name: str, raw: bytes) -> None:
    scripted.raw = raw
    assert via_sync(scripted.server.port, "GET") == ("error", None)


def test_folded_header_is_unfolded_not_refused(scripted: _Scripted) -> None:
    # One space joins the lines, as h11 (the SDK's parser) does; the async side too.
    scripted.raw = b"HTTP/1.1 200 OK\r\nX-Folded: a\r\n b\r\n\tc\r\nContent-Length: 0\r\n\r\n"
    outcome = via_sync(scripted.server.port, "GET")
    assert outcome[1] is not None and outcome[1][3] == [("X-Folded", "a b c"), ("Content-Length", "0")]


@pytest.mark.parametrize("raw", [
    b"HTTP/1.1 200 OK\r\n X-Starts-Folded: a\r\nContent-Length: 0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nX-Nul: a\x00b\r\nContent-Length: 0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nX-Cr: a\rb\r\nContent-Length: 0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nX Space: a\r\nContent-Length: 0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nabc",
    b"HTTP/1.1 200 OK\r\nContent-Length: +3\r\n\r\nabc",
    b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\n\r\n",
    b"HTTP/1.1 099 Low\r\nContent-Length: 0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXY0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + b"1" * 17 + b"\r\nx\r\n0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n 1_0\r\n" + b"x" * 16 + b"\r\n0\r\n\r\n",
])
def test_more_malformed_responses_are_protocol_errors(scripted: _Scripted, raw: bytes) -> None:
    scripted.raw = raw
    assert via_sync(scripted.server.port, "GET") == ("error", None)


@pytest.mark.parametrize("raw, headers, body", [
    (b"HTTP/1.1 200 OK\r\nX-Trail: v \t\r\nX-Lead:\t  w\r\nContent-Length: 2\r\n\r\nhi",
     [("X-Trail", "v"), ("X-Lead", "w"), ("Content-Length", "2")], b"hi"),
    (b"HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\nhi", [("Content-Length", "2, 2")], b"hi"),
    (b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nhi",
     [("Content-Length", "2"), ("Content-Length", "2")], b"hi"),
    (b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 100 Continue\r\n\r\n"
     b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi", [("Content-Length", "2")], b"hi"),
    (b"HTTP/1.1 200 OK\r\nX-Obs: caf\xe9\r\nContent-Length: 0\r\n\r\n", [("X-Obs", "caf\u00e9"), ("Content-Length", "0")], b""),
    (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\n\r\n2;a=b\r\nhi\r\n0\r\n\r\n",
     [("Transfer-Encoding", "Chunked")], b"hi"),
    (b"HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n2\nhi\n0\n\n", [("Transfer-Encoding", "chunked")], b"hi"),
])
def test_unusual_but_valid_responses(scripted: _Scripted, raw: bytes, headers: List[Tuple[str, str]],
                                     body: bytes) -> None:
    scripted.raw = raw
    outcome = via_sync(scripted.server.port, "GET")
    assert outcome[1] is not None
    assert outcome[1][3] == headers and outcome[1][4] == body


# --------------------------------------------------------------------------- body framing, every split
class FakeSocket:
    """recv() hands out the scripted pieces in order (cut to the size asked for), then EOF."""

    def __init__(self, pieces: List[bytes]) -> None:
        self.pieces = [p for p in pieces if p]
        self.recv_sizes: List[int] = []

    def recv(self, size: int) -> bytes:
        self.recv_sizes.append(size)
        if not self.pieces:
            return b""
        piece = self.pieces.pop(0)
        if len(piece) > size:
            self.pieces.insert(0, piece[size:])
            piece = piece[:size]
        return piece

    def close(self) -> None:
        pass


class FakeConn:
    def __init__(self, sock: FakeSocket) -> None:
        self.sock: Any = sock
        self.raw = None
        self.origin = ("http", "example.test", 80, None)
        self.timeout: Optional[float] = 5.0

    def set_timeout(self, value: Optional[float]) -> None:
        self.timeout = value

    def wait(self, timeout: Optional[float], writable: bool = False) -> None:
        pass  # scripted pieces are always there

    def close(self) -> None:
        self.sock = None

    def shutdown(self) -> None:
        pass


class FakeTransport:
    def __init__(self) -> None:
        self.released: List[bool] = []

    def _release(self, conn: Any, keep_alive: bool) -> None:
        self.released.append(keep_alive)


def body_stream(pieces: List[bytes], method: str = "GET") -> Tuple[Any, FakeTransport, FakeSocket]:
    sock = FakeSocket(pieces)
    answer = sync._read_answer(sock, method)  # type: ignore[arg-type]
    transport = FakeTransport()
    stream = sync._BodyStream(transport, FakeConn(sock), answer, answer.persistent,  # type: ignore[arg-type]
                              ("http", "example.test", 80, None))
    return stream, transport, sock


CHUNKED = (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
           b"5\r\nhello\r\n1;ext=\"x\"\r\n \r\n1a\r\nabcdefghijklmnopqrstuvwxyz\r\n"
           b"3 \r\n123\r\n0\r\nX-Trailer: t\r\n\r\n")
CHUNKED_BODY = b"hello abcdefghijklmnopqrstuvwxyz123"
LENGTH = b"HTTP/1.1 200 OK\r\nContent-Length: 40\r\n\r\n" + bytes(range(65, 105))


def splits(message: bytes) -> Iterator[List[bytes]]:
    for i in range(1, len(message)):
        yield [message[:i], message[i:]]
    for i in range(1, len(message) - 3, 7):
        yield [message[:i], message[i:i + 3], message[i + 3:]]
    yield [message[i:i + 1] for i in range(len(message))]


@pytest.mark.parametrize("how", ["iter", "read_all", "chunks"])
def test_chunked_body_from_every_split(how: str) -> None:
    for pieces in splits(CHUNKED):
        stream, transport, _ = body_stream(pieces)
        if how == "iter":
            got = list(stream)
            assert all(got)
            body = b"".join(got)
        elif how == "read_all":
            body = stream.read_all()
        else:
            got = list(stream.iter_chunks(4))
            assert all(len(c) == 4 for c in got[:-1])
            body = b"".join(got)
        assert body == CHUNKED_BODY, pieces
        assert transport.released == [True], pieces


@pytest.mark.parametrize("how", ["iter", "read_all", "chunks"])
def test_length_body_from_every_split(how: str) -> None:
    for pieces in splits(LENGTH):
        stream, transport, _ = body_stream(pieces)
        if how == "iter":
            body = b"".join(stream)
        elif how == "read_all":
            body = stream.read_all()
        else:
            got = list(stream.iter_chunks(16))
            assert [len(c) for c in got] == [16, 16, 8]
            body = b"".join(got)
        assert body == LENGTH[-40:]
        assert transport.released == [True]


def test_several_chunks_in_one_read_come_out_as_one_piece() -> None:
    events = b"".join(b"%x\r\n%s\r\n" % (len(e), e) for e in [b"data: 1\n\n", b"data: 2\n\n", b"data: 3\n\n"])
    stream, transport, _ = body_stream([b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + events,
                                        b"0\r\n\r\n"])
    assert list(stream) == [b"data: 1\n\ndata: 2\n\ndata: 3\n\n"]
    assert transport.released == [True]


def test_exact_chunks_read_the_socket_in_that_size() -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 300000\r\n\r\n"
    stream, transport, sock = body_stream([head] + [b"x" * 1000] * 300)
    sizes = [len(c) for c in stream.iter_chunks(65536)]
    assert sizes == [65536] * 4 + [300000 - 4 * 65536]
    assert max(sock.recv_sizes) <= 65536 and transport.released == [True]


def test_big_chunk_data_is_passed_on_without_buffering() -> None:
    head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n" % 200000
    stream, transport, _ = body_stream([head] + [b"y" * 50000] * 4 + [b"\r\n0\r\n\r\n"])
    got = list(stream)
    assert b"".join(got) == b"y" * 200000 and max(map(len, got)) <= 65536
    assert transport.released == [True]


@pytest.mark.parametrize("message", [
    CHUNKED[:-2],  # no blank line after the trailers
    CHUNKED[:CHUNKED.index(b"0\r\n")],  # no last chunk
    LENGTH[:-1],  # one byte short
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello",
])
def test_truncated_bodies_are_protocol_errors(message: bytes) -> None:
    for how in ("iter", "read_all"):
        stream, transport, _ = body_stream([message])
        with pytest.raises(RemoteProtocolError):
            if how == "iter":
                list(stream)
            else:
                stream.read_all()
        assert transport.released == [False]


def test_bytes_past_the_message_end_cost_the_socket() -> None:
    for message in (LENGTH + b"EXTRA", CHUNKED + b"EXTRA",
                    b"HTTP/1.1 204 No Content\r\n\r\nEXTRA"):
        stream, transport, _ = body_stream([message])
        stream.read_all()
        assert transport.released == [False]


def test_connection_close_and_http10_framing() -> None:
    stream, transport, _ = body_stream([b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"])
    assert stream.read_all() == b"ok" and transport.released == [False]
    stream, transport, _ = body_stream([b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok"])
    assert stream.read_all() == b"ok" and transport.released == [True]
    stream, transport, _ = body_stream([b"HTTP/1.0 200 OK\r\n\r\nuntil ", b"close"])
    assert stream.read_all() == b"until close" and transport.released == [False]


def test_head_response_has_no_body_whatever_it_says() -> None:
    stream, transport, _ = body_stream([b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"], method="HEAD")
    assert transport.released == [True] and stream.read_all() == b""


def test_response_head_limits() -> None:
    with pytest.raises(RemoteProtocolError, match="more than 256"):
        body_stream([b"HTTP/1.1 200 OK\r\n" + b"X-A: 1\r\n" * 257 + b"\r\n"])
    with pytest.raises(RemoteProtocolError, match="exceeds"):
        body_stream([b"HTTP/1.1 200 OK\r\nX-Big: " + b"b" * 70000])
    with pytest.raises(RemoteProtocolError, match="middle of the response head"):
        body_stream([b"HTTP/1.1 200 OK\r\nX-A: 1\r\n"])
    with pytest.raises(RemoteProtocolError, match="without sending a response"):
        body_stream([])


# --------------------------------------------------------------------------- request head
def test_request_head_checks_are_not_skipped_for_known_names(transport: SyncTransport) -> None:
    seen: List[bytes] = []

    def handler(sock: socket.socket, index: int) -> None:
        while True:
            head, _ = read_request(sock)
            if not head:
                return
            seen.append(head)
            sock.sendall(response_bytes(200, b"ok"))

    with Server(handler) as srv:
        assert fetch(transport, srv.url, headers=[("X-Known", "fine")])[1] == b"ok"
        for value in ("a\r\nX-Injected: 1", "a\nb", "a\rb", "a\0b"):
            with pytest.raises(ValueError, match="X-Known"):
                transport.handle_request(get(srv.url, headers=[("X-Known", value)]))
        with pytest.raises(TypeError, match="X-Known"):
            transport.handle_request(get(srv.url, headers=[("X-Known", 1)]))  # type: ignore
        with pytest.raises(ValueError, match="Latin-1"):
            transport.handle_request(get(srv.url, headers=[("X-Known", "\u2603")]))
        for method in ("GE T", "GET\r\n", ""):
            with pytest.raises(ValueError, match="method"):
                transport.handle_request(get(srv.url, method=method))
        with pytest.raises(ValueError, match="URL"):
            transport.handle_request(get(srv.url + "/a b"))
        assert fetch(transport, srv.url + "/caf\u00e9?q=\u00e9", method="PATCH",
                     headers=[("X-Latin", "caf\u00e9")])[1] == b"ok"
    assert len(seen) == 2
    assert seen[1].split(b"\r\n")[0] == b"PATCH /caf%C3%A9?q=%C3%A9 HTTP/1.1"
    assert b"X-Latin: caf\xe9" in seen[1].split(b"\r\n")
    assert b"Content-Length: 0" in seen[1].split(b"\r\n")


def test_small_body_goes_out_with_the_head_in_one_send(transport: SyncTransport,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    sends: List[int] = []

    class Spy(socket.socket):
        def sendall(self, data: Any, *args: Any) -> None:
            sends.append(len(data))
            super().sendall(data, *args)

    import openai_lite.transport.sync as sync_module

    original = sync_module.open_socket

    def spying(*args: Any, **kw: Any) -> socket.socket:
        s = original(*args, **kw)
        spy = Spy(s.family, s.type, s.proto, fileno=s.detach())
        return spy

    with Server(serve_forever()) as srv:
        monkeypatch.setattr(sync_module, "open_socket", spying)
        fetch(transport, srv.url, method="POST", content=b"x" * 1000)
        fetch(transport, srv.url, method="POST", content=b"y" * 200_000)
        monkeypatch.undo()
    assert len(sends) == 3 and sends[0] > 1000 and sends[2] == 200_000


@pytest.fixture
def transport() -> Iterator[SyncTransport]:
    t = SyncTransport(trust_env=False)
    yield t
    t.close()


# --------------------------------------------------------------------------- through the transport
def test_gzip_body_is_decoded_by_read_and_iter_bytes(transport: SyncTransport) -> None:
    payload = b'{"data": "' + b"z" * 100_000 + b'"}'
    packed = gzip.compress(payload)

    def handler(sock: socket.socket, index: int) -> None:
        for _ in range(2):
            read_request(sock)
            sock.sendall(response_bytes(200, packed, [("Content-Encoding", "gzip")]))

    with Server(handler) as srv:
        assert transport.handle_request(get(srv.url)).read() == payload
        resp = transport.handle_request(get(srv.url))
        pieces = list(resp.iter_bytes(4096))
        assert b"".join(pieces) == payload and all(len(p) == 4096 for p in pieces[:-1])
        assert resp.num_bytes_downloaded == len(packed) and resp.is_closed
        assert srv.connections == 1


def test_response_read_twice_and_iter_after_read(transport: SyncTransport) -> None:
    with Server(serve_forever(body=b"abcdef")) as srv:
        resp = transport.handle_request(get(srv.url))
        assert resp.read() == b"abcdef" and resp.read() == b"abcdef"
        assert list(resp.iter_bytes(4)) == [b"abcd", b"ef"]
        assert list(resp.iter_raw()) == [b"abcdef"]
        assert resp.num_bytes_downloaded == 6 and resp.is_stream_consumed and resp.is_closed
        assert resp.elapsed.total_seconds() > 0


def test_sse_stream_arrives_as_it_is_sent(transport: SyncTransport) -> None:
    go = threading.Event()

    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                     b"b\r\ndata: one\n\n\r\n")
        go.wait(3)
        sock.sendall(b"b\r\ndata: two\n\n\r\n0\r\n\r\n")

    with Server(handler) as srv:
        resp = transport.handle_request(get(srv.url))
        lines = resp.iter_lines()
        assert next(lines) == "data: one"  # not held back waiting for more
        go.set()
        assert list(lines) == ["", "data: two", ""]
        assert resp.is_closed


def test_stale_check_on_a_socket_of_a_high_descriptor(transport: SyncTransport) -> None:
    # poll(), not select(): select() refuses descriptors above FD_SETSIZE.
    with Server(serve_forever(body=b"hi")) as srv:
        fetch(transport, srv.url)
        idle = transport._pool._idle
        conn = next(iter(idle.values()))[0][0]
        assert conn.is_reusable()
        if conn.poller is not None:
            conn.poller = None  # the select() fallback still answers
            assert conn.is_reusable()
        assert fetch(transport, srv.url)[1] == b"hi" and srv.connections == 1


def test_dropping_a_read_response_keeps_nothing_alive(transport: SyncTransport) -> None:
    with Server(serve_forever(body=b"x" * 1000)) as srv:
        for _ in range(50):
            r = transport.handle_request(get(srv.url))
            assert isinstance(r, Response) and len(r.read()) == 1000
        time.sleep(0.01)
        assert srv.connections == 1 and transport._pool.idle_count == 1


# --------------------------------------------------------------------------- long bodies (non-blocking reads)
LONG = 3 * 1024 * 1024


def long_body_server(stall_after: Optional[int] = None, then: Optional[bytes] = None, chunked: bool = False,
                     close_delimited: bool = False) -> Any:
    block = b"L" * 65536

    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        if close_delimited:
            sock.sendall(b"HTTP/1.1 200 OK\r\n\r\n")
        else:
            sock.sendall(f"HTTP/1.1 200 OK\r\nContent-Length: {LONG}\r\n\r\n".encode())
        sent = 0
        while sent < LONG:
            if stall_after is not None and sent >= stall_after:
                time.sleep(3)
                return
            sock.sendall(block)
            sent += len(block)
        if close_delimited:
            return
        if then is not None:
            read_request(sock)
            sock.sendall(then)
            time.sleep(3)  # then stall: the read timeout must apply again
    return handler


@pytest.mark.parametrize("how", ["iter", "chunks"])
def test_long_body_stall_is_a_read_timeout(how: str, transport: SyncTransport) -> None:
    with Server(long_body_server(stall_after=LONG // 2)) as srv:
        resp = transport.handle_request(get(srv.url, timeout=Timeout(3.0, read=0.3)))
        started = time.monotonic()
        got = 0
        with pytest.raises(ReadTimeout):
            with resp:
                for chunk in (resp.stream or []) if how == "iter" else resp.iter_bytes(65536):
                    got += len(chunk)
        assert LONG // 2 <= got < LONG and time.monotonic() - started < 1.5


def test_timeouts_apply_again_after_a_long_body(transport: SyncTransport) -> None:
    head_only = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"  # the body never comes
    with Server(long_body_server(then=head_only)) as srv:
        resp = transport.handle_request(get(srv.url, timeout=Timeout(3.0, read=0.3)))
        assert sum(len(c) for c in resp.iter_bytes(65536)) == LONG
        resp = transport.handle_request(get(srv.url, timeout=Timeout(3.0, read=0.3)))
        started = time.monotonic()
        with pytest.raises(ReadTimeout):
            resp.read()
        assert time.monotonic() - started < 1.5 and srv.connections == 1


def test_long_close_delimited_body(transport: SyncTransport) -> None:
    with Server(long_body_server(close_delimited=True)) as srv:
        resp = transport.handle_request(get(srv.url))
        assert len(resp.read()) == LONG
        assert transport._pool.idle_count == 0
