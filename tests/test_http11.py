"""The sans-IO HTTP/1.1 codec: every response is fed whole, byte by byte and in random
splits, because a parser that only works on friendly chunk boundaries fails in production."""
from __future__ import annotations

import random
import time
from typing import List, Optional, Tuple

import pytest

from openai_lite.core.http11 import (NEED_DATA, Data, EndOfMessage, Head, ProtocolError,
                                     ResponseParser, end_head, serialize_fields, serialize_request)

Result = Tuple[Head, bytes, bool]


def _splits(raw: bytes) -> List[List[bytes]]:
    """The same bytes as one piece, one byte at a time, and in several random splits."""
    out = [[raw], [raw[i:i + 1] for i in range(len(raw))]]
    rng = random.Random(1234)
    for _ in range(5):
        cuts = sorted(rng.sample(range(1, len(raw)), min(len(raw) - 1, rng.randint(1, 8))))
        bounds = [0] + cuts + [len(raw)]
        out.append([raw[a:b] for a, b in zip(bounds, bounds[1:])])
    return out


def _run(chunks: List[bytes], *, method: str = "GET", eof: bool = True, **kw: int) -> Tuple[Optional[Head], bytes, bool, ResponseParser]:
    p = ResponseParser(request_method=method, **kw)
    head: Optional[Head] = None
    body = bytearray()
    done = False

    def drain() -> None:
        nonlocal head, done
        while not done:
            ev = p.next_event()
            if ev is NEED_DATA:
                return
            if isinstance(ev, Head):
                assert head is None
                head = ev
            elif isinstance(ev, Data):
                assert head is not None and ev.data
                body.extend(ev.data)
            else:
                assert isinstance(ev, EndOfMessage)
                done = True

    for c in chunks:
        p.feed(c)
        drain()
    if eof and not done:
        p.feed_eof()
        drain()
    assert done
    return head, bytes(body), p.keep_alive, p


# (name, method, raw, status, reason, version, headers, body, keep_alive, needs_eof)
VALID = [
    ("content-length", "GET",
     b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello",
     200, "OK", "HTTP/1.1", [("Content-Type", "text/plain"), ("Content-Length", "5")], b"hello", True, False),
    ("chunked-ext-trailers", "GET",
     b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;foo=bar\r\nhello\r\n6 ; x=\"y\"\r\n world\r\n"
     b"0\r\nX-Trailer: 1\r\nX-Other: 2\r\n\r\n",
     200, "OK", "HTTP/1.1", [("Transfer-Encoding", "chunked")], b"hello world", True, False),
    ("chunked-uppercase-hex", "GET",
     b"HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n",
     200, "OK", "HTTP/1.1", [("Transfer-Encoding", "Chunked")], b"0123456789", True, False),
    ("chunked-wins-over-length", "GET",
     b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
     200, "OK", "HTTP/1.1", [("Content-Length", "100"), ("Transfer-Encoding", "chunked")], b"abc", True, False),
    ("close-delimited", "GET",
     b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end",
     200, "OK", "HTTP/1.1", [("Content-Type", "text/plain")], b"until the end", False, True),
    ("http10-length", "GET",
     b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nhi",
     200, "OK", "HTTP/1.0", [("Content-Length", "2")], b"hi", False, False),
    ("http10-keep-alive", "GET",
     b"HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nhi",
     200, "OK", "HTTP/1.0", [("Connection", "Keep-Alive"), ("Content-Length", "2")], b"hi", True, False),
    ("http10-close-delimited", "GET",
     b"HTTP/1.0 200 OK\r\n\r\nold school",
     200, "OK", "HTTP/1.0", [], b"old school", False, True),
    ("connection-close", "GET",
     b"HTTP/1.1 200 OK\r\nConnection: keep-alive, Close\r\nContent-Length: 1\r\n\r\nx",
     200, "OK", "HTTP/1.1", [("Connection", "keep-alive, Close"), ("Content-Length", "1")], b"x", False, False),
    ("204-no-body", "GET",
     b"HTTP/1.1 204 No Content\r\nX-A: b\r\n\r\n",
     204, "No Content", "HTTP/1.1", [("X-A", "b")], b"", True, False),
    ("304-ignores-length", "GET",
     b"HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n",
     304, "Not Modified", "HTTP/1.1", [("Content-Length", "10")], b"", True, False),
    ("head-ignores-length", "HEAD",
     b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n",
     200, "OK", "HTTP/1.1", [("Content-Length", "10")], b"", True, False),
    ("connect-2xx-no-body", "CONNECT",
     b"HTTP/1.1 200 Connection established\r\n\r\n",
     200, "Connection established", "HTTP/1.1", [], b"", True, False),
    ("100-continue-skipped", "POST",
     b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok",
     201, "Created", "HTTP/1.1", [("Content-Length", "2")], b"ok", True, False),
    ("103-early-hints-skipped", "GET",
     b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 100 Continue\r\n\r\n"
     b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
     200, "OK", "HTTP/1.1", [("Content-Length", "0")], b"", True, False),
    ("empty-reason-with-space", "GET",
     b"HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n",
     200, "", "HTTP/1.1", [("Content-Length", "0")], b"", True, False),
    ("no-reason", "GET",
     b"HTTP/1.1 404\r\nContent-Length: 3\r\n\r\nnop",
     404, "", "HTTP/1.1", [("Content-Length", "3")], b"nop", True, False),
    ("reason-with-spaces", "GET",
     b"HTTP/1.1 500 Internal  Server Error\r\nContent-Length: 0\r\n\r\n",
     500, "Internal  Server Error", "HTTP/1.1", [("Content-Length", "0")], b"", True, False),
    ("bare-lf-lines", "GET",
     b"HTTP/1.1 200 OK\nContent-Length: 3\nX-Y: z\n\nabc",
     200, "OK", "HTTP/1.1", [("Content-Length", "3"), ("X-Y", "z")], b"abc", True, False),
    ("duplicate-equal-lengths", "GET",
     b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 3, 3\r\n\r\nabc",
     200, "OK", "HTTP/1.1", [("Content-Length", "3"), ("Content-Length", "3, 3")], b"abc", True, False),
    ("value-whitespace-and-obs-text", "GET",
     b"HTTP/1.1 200 OK\r\nX-Pad: \t padded \t\r\nX-Latin: caf\xe9\r\nX-Empty:\r\nContent-Length: 0\r\n\r\n",
     200, "OK", "HTTP/1.1", [("X-Pad", "padded"), ("X-Latin", "caf\xe9"), ("X-Empty", ""), ("Content-Length", "0")],
     b"", True, False),
    ("zero-length", "POST",
     b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
     200, "OK", "HTTP/1.1", [("Content-Length", "0")], b"", True, False),
]


@pytest.mark.parametrize("case", VALID, ids=[c[0] for c in VALID])
def test_valid_responses_in_every_split(case: tuple) -> None:  # type: ignore[type-arg]
    name, method, raw, status, reason, version, headers, body, keep_alive, needs_eof = case
    for chunks in _splits(raw):
        head, got, ka, _ = _run(chunks, method=method, eof=needs_eof)
        assert head == Head(status, reason, version, headers), name
        assert got == body
        assert ka is keep_alive


@pytest.mark.parametrize("case", [c for c in VALID if not c[9]], ids=[c[0] for c in VALID if not c[9]])
def test_trailing_garbage_is_not_body_and_forbids_reuse(case: tuple) -> None:  # type: ignore[type-arg]
    name, method, raw, status, reason, version, headers, body, keep_alive, needs_eof = case
    for chunks in _splits(raw + b"GARBAGE\r\n\r\n"):
        head, got, ka, p = _run(chunks, method=method, eof=False)
        assert head is not None and head.status_code == status
        assert got == body
        assert ka is False  # we could not know where the next response starts
    assert p.trailing_data.endswith(b"GARBAGE\r\n\r\n")


def test_end_of_message_is_sticky_and_needs_no_eof() -> None:
    p = ResponseParser(request_method="GET")
    p.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx")
    assert isinstance(p.next_event(), Head)
    assert p.next_event() == Data(b"x")
    assert p.next_event() == EndOfMessage()
    assert p.next_event() == EndOfMessage()
    assert p.is_complete and p.keep_alive


def test_close_delimited_needs_eof_to_end() -> None:
    p = ResponseParser(request_method="GET")
    p.feed(b"HTTP/1.1 200 OK\r\n\r\nab")
    assert isinstance(p.next_event(), Head)
    assert p.next_event() == Data(b"ab")
    assert p.next_event() is NEED_DATA
    assert not p.keep_alive
    p.feed_eof()
    assert p.next_event() == EndOfMessage()
    assert not p.keep_alive


def test_keep_alive_false_before_the_end() -> None:
    p = ResponseParser(request_method="GET")
    p.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\na")
    p.next_event()
    p.next_event()
    assert p.next_event() is NEED_DATA
    assert not p.keep_alive


# (name, method, raw, feed_eof, parser kwargs)
ERRORS = [
    ("status-letters", "GET", b"HTTP/1.1 2OO OK\r\n\r\n", False, {}),
    ("status-http2", "GET", b"HTTP/2 200 OK\r\n\r\n", False, {}),
    ("status-no-space", "GET", b"HTTP/1.1 200OK\r\n\r\n", False, {}),
    ("status-double-space", "GET", b"HTTP/1.1  200 OK\r\n\r\n", False, {}),
    ("status-four-digits", "GET", b"HTTP/1.1 2000 OK\r\n\r\n", False, {}),
    ("status-below-100", "GET", b"HTTP/1.1 099 Weird\r\n\r\n", False, {}),
    ("status-icy", "GET", b"ICY 200 OK\r\n\r\n", False, {}),
    ("status-lowercase", "GET", b"http/1.1 200 OK\r\n\r\n", False, {}),
    ("status-empty-line", "GET", b"\r\nHTTP/1.1 200 OK\r\n\r\n", False, {}),
    ("http09-body", "GET", b"<html>hello</html>\n\n", False, {}),
    ("status-bare-cr", "GET", b"HTTP/1.1 200 O\rK\r\n\r\n", False, {}),
    ("switching-protocols", "GET", b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\n\r\n", False, {}),
    ("header-folding-first", "GET", b"HTTP/1.1 200 OK\r\n X-A: a\r\nContent-Length: 0\r\n\r\n", False, {}),
    ("header-folding-nul", "GET", b"HTTP/1.1 200 OK\r\nX-A: a\r\n b\x00\r\nContent-Length: 0\r\n\r\n", False, {}),
    ("header-no-colon", "GET", b"HTTP/1.1 200 OK\r\nNoColon\r\nContent-Length: 0\r\n\r\n", False, {}),
    ("header-space-before-colon", "GET", b"HTTP/1.1 200 OK\r\nContent-Length : 0\r\n\r\n", False, {}),
    ("header-empty-name", "GET", b"HTTP/1.1 200 OK\r\n: x\r\nContent-Length: 0\r\n\r\n", False, {}),
    ("header-nul", "GET", b"HTTP/1.1 200 OK\r\nX-A: a\x00b\r\nContent-Length: 0\r\n\r\n", False, {}),
    ("header-bare-cr", "GET", b"HTTP/1.1 200 OK\r\nX-A: a\rb\r\nContent-Length: 0\r\n\r\n", False, {}),
    ("length-conflict", "GET", b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", False, {}),
    ("length-conflict-list", "GET", b"HTTP/1.1 200 OK\r\nContent-Length: 5, 6\r\n\r\nhello!", False, {}),
    ("length-letters", "GET", b"HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n", False, {}),
    ("length-negative", "GET", b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", False, {}),
    ("length-plus", "GET", b"HTTP/1.1 200 OK\r\nContent-Length: +5\r\n\r\nhello", False, {}),
    ("length-inner-space", "GET", b"HTTP/1.1 200 OK\r\nContent-Length: 1 0\r\n\r\n", False, {}),
    ("length-empty", "GET", b"HTTP/1.1 200 OK\r\nContent-Length:\r\n\r\n", False, {}),
    ("length-huge", "GET", b"HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\n", False, {}),
    ("length-bad-on-head", "HEAD", b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n", False, {}),
    ("length-truncated", "GET", b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello", True, {}),
    ("length-no-body-at-all", "GET", b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", True, {}),
    ("te-gzip", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nxx", True, {}),
    ("te-gzip-chunked", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", False, {}),
    ("te-chunked-twice", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", False, {}),
    ("chunk-size-letters", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", False, {}),
    ("chunk-size-negative", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n0\r\n\r\n", False, {}),
    ("chunk-size-0x", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n", False, {}),
    ("chunk-size-empty", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\r\nhello\r\n0\r\n\r\n", False, {}),
    ("chunk-size-overflow", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + b"f" * 17 + b"\r\n", False, {}),
    ("chunk-missing-crlf", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloX\r\n0\r\n\r\n", False, {}),
    ("chunk-data-too-long", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n", False, {}),
    ("chunk-line-too-long", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;" + b"e" * 5000 + b"\r\nhello\r\n", False, {}),
    ("chunk-eof-mid-data", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel", True, {}),
    ("chunk-eof-before-size", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n", True, {}),
    ("chunk-eof-before-crlf", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r", True, {}),
    ("chunk-eof-in-trailers", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-T: 1\r\n", True, {}),
    ("chunk-eof-after-last", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n", True, {}),
    ("chunk-trailers-too-big", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n" + b"X-T: 12345678\r\n" * 20 + b"\r\n", False, {"max_head_bytes": 200}),
    ("eof-empty", "GET", b"", True, {}),
    ("eof-in-status-line", "GET", b"HTTP/1.1 20", True, {}),
    ("eof-in-headers", "GET", b"HTTP/1.1 200 OK\r\nContent-Len", True, {}),
    ("eof-after-interim", "GET", b"HTTP/1.1 100 Continue\r\n\r\n", True, {}),
    ("head-too-big", "GET", b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 300 + b"\r\n\r\n", False, {"max_head_bytes": 256}),
    ("head-too-big-no-end", "GET", b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 300, False, {"max_head_bytes": 256}),
    ("too-many-headers", "GET", b"HTTP/1.1 200 OK\r\n" + b"X-H: v\r\n" * 11 + b"\r\n", False, {"max_headers": 10}),
]


@pytest.mark.parametrize("case", ERRORS, ids=[c[0] for c in ERRORS])
def test_protocol_errors_in_every_split(case: tuple) -> None:  # type: ignore[type-arg]
    name, method, raw, eof, kw = case
    for chunks in (_splits(raw) if raw else [[]]):
        with pytest.raises(ProtocolError):
            _run(chunks, method=method, eof=eof, **kw)


def test_errors_are_sticky() -> None:
    p = ResponseParser(request_method="GET")
    p.feed(b"HTTP/1.1 2OO OK\r\n\r\n")
    with pytest.raises(ProtocolError, match="Invalid status line"):
        p.next_event()
    with pytest.raises(ProtocolError, match="Invalid status line"):
        p.next_event()
    assert not p.keep_alive


def test_eof_without_any_byte_says_disconnected() -> None:
    p = ResponseParser(request_method="GET")
    p.feed_eof()
    with pytest.raises(ProtocolError, match="disconnected without sending a response"):
        p.next_event()
    assert p.received_bytes == 0


def test_truncated_body_error_says_how_much() -> None:
    p = ResponseParser(request_method="GET")
    p.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello")
    p.feed_eof()
    assert isinstance(p.next_event(), Head)
    assert p.next_event() == Data(b"hello")
    with pytest.raises(ProtocolError, match="received 5 of 10 bytes"):
        p.next_event()


def test_head_limit_counts_the_whole_head_not_the_body() -> None:
    body = b"x" * 10000
    raw = b"HTTP/1.1 200 OK\r\nContent-Length: 10000\r\n\r\n" + body
    head, got, _, _ = _run([raw], eof=False, max_head_bytes=100)
    assert head is not None and got == body


def test_feed_after_eof_is_a_bug() -> None:
    p = ResponseParser(request_method="GET")
    p.feed_eof()
    with pytest.raises(RuntimeError):
        p.feed(b"x")


def test_reprs_hide_header_values_and_body() -> None:
    h = Head(200, "OK", "HTTP/1.1", [("Set-Cookie", "secret-session")])
    assert "secret-session" not in repr(h) and "Set-Cookie" in repr(h)
    assert "secret" not in repr(Data(b"secret")) and repr(NEED_DATA) == "NEED_DATA"


def test_large_content_length_body_is_passed_through_without_copies() -> None:
    chunk = b"x" * 65536
    n = 200 * 1024 * 1024 // len(chunk)
    p = ResponseParser(request_method="GET")
    p.feed(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % (n * len(chunk)))
    assert isinstance(p.next_event(), Head)
    total = 0
    start = time.perf_counter()
    for _ in range(n):
        p.feed(chunk)
        ev = p.next_event()
        assert isinstance(ev, Data)
        assert ev.data is chunk  # the fed object itself: no copy at all
        total += len(ev.data)
        assert p.next_event() is NEED_DATA or total == n * len(chunk)
    assert p.next_event() == EndOfMessage()
    assert total == 200 * 1024 * 1024
    assert time.perf_counter() - start < 1.0


def test_large_chunked_body_parses_fast() -> None:
    # 1 MiB chunks read 64 KiB at a time: chunk boundaries fall mid-read, so this exercises
    # the buffered path too.  A per-byte loop would take minutes here.
    payload = b"y" * (1024 * 1024)
    group = (b"100000\r\n" + payload + b"\r\n") * 3  # 3 chunks: read boundaries drift across them
    pieces = [group[i:i + 65536] for i in range(0, len(group), 65536)]
    p = ResponseParser(request_method="GET")
    p.feed(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
    assert isinstance(p.next_event(), Head)
    total = 0
    done = False
    start = time.perf_counter()
    for piece in pieces * 67 + [b"0\r\n\r\n"]:
        p.feed(piece)
        while True:
            ev = p.next_event()
            if ev is NEED_DATA:
                break
            if isinstance(ev, EndOfMessage):
                done = True
                break
            assert isinstance(ev, Data)
            total += len(ev.data)
    assert done and total == 201 * len(payload)
    assert time.perf_counter() - start < 1.5


# --------------------------------------------------------------------------- serialize_request
def test_serialize_request_basic_and_content_length() -> None:
    out = serialize_request("POST", "/v1/x?a=1", [("Host", "api"), ("Content-Type", "application/json")], 12)
    assert out == (b"POST /v1/x?a=1 HTTP/1.1\r\nHost: api\r\nContent-Type: application/json\r\n"
                   b"Content-Length: 12\r\n\r\n")
    assert serialize_request("GET", "/", [], None) == b"GET / HTTP/1.1\r\n\r\n"
    assert serialize_request("POST", "/", [], 0).endswith(b"Content-Length: 0\r\n\r\n")


def test_serialize_request_keeps_callers_framing_headers() -> None:
    out = serialize_request("POST", "/", [("content-length", "3")], 3)
    assert out.count(b"ength") == 1 and b"content-length: 3\r\n" in out
    out = serialize_request("POST", "/", [("Transfer-Encoding", "chunked")], 3)
    assert b"Content-Length" not in out


def test_serialize_request_writes_headers_as_given() -> None:
    out = serialize_request("GET", "http://h/x", [("X-a", "1"), ("X-a", "2"), ("x-B", "caf\xe9")], None)
    assert out == b"GET http://h/x HTTP/1.1\r\nX-a: 1\r\nX-a: 2\r\nx-B: caf\xe9\r\n\r\n"


@pytest.mark.parametrize("value", ["a\r\nInjected: 1", "a\nb", "a\rb", "a\x00b"])
def test_serialize_request_rejects_injection_without_echoing_value(value: str) -> None:
    secret = "Bearer sk-SECRET" + value
    with pytest.raises(ValueError) as info:
        serialize_request("GET", "/", [("Authorization", secret)], None)
    assert "SECRET" not in str(info.value) and "Authorization" in str(info.value)


@pytest.mark.parametrize("name", ["Bad Name", "X:Y", "X\r\nY", "", "X\x00"])
def test_serialize_request_rejects_bad_names(name: str) -> None:
    with pytest.raises(ValueError):
        serialize_request("GET", "/", [(name, "v")], None)


@pytest.mark.parametrize("method,target", [("GE T", "/"), ("", "/"), ("GET", "/a b"), ("GET", ""),
                                           ("GET", "/\r\nX: y"), ("GET", "/\x00")])
def test_serialize_request_rejects_bad_request_line(method: str, target: str) -> None:
    with pytest.raises(ValueError):
        serialize_request(method, target, [], None)


def test_serialize_request_non_latin1_value_hides_value() -> None:
    with pytest.raises(ValueError) as info:
        serialize_request("GET", "/", [("Authorization", "sk-\u2603SECRET")], None)
    assert "SECRET" not in str(info.value) and info.value.__cause__ is None
    assert info.value.__suppress_context__


# --------------------------------------------------------------------------- fast paths
# serialize_fields and the head parser each try one whole-block pass first and fall back to
# field-by-field code; these check the two can never disagree.
def _reference_fields(method: str, target: str, headers: List[Tuple[str, str]]) -> Tuple[bytes, bool]:
    framed = any(k.lower() in ("content-length", "transfer-encoding") for k, _ in headers)
    lines = "".join(f"{k}: {v}\r\n" for k, v in headers)
    return f"{method} {target} HTTP/1.1\r\n{lines}".encode("latin-1"), framed


def test_serialize_fields_matches_field_by_field_on_random_valid_headers() -> None:
    rng = random.Random(7)
    name_chars = "!#$%&'*+-.^_`|~09azAZ"
    value_chars = " \t:;,=\"/\x01\x7f\xe9abcXYZ019"
    for _ in range(2000):
        headers = [("".join(rng.choice(name_chars) for _ in range(rng.randint(1, 12))),
                    "".join(rng.choice(value_chars) for _ in range(rng.randint(0, 20))))
                   for _ in range(rng.randint(1, 8))]
        if rng.random() < 0.2:
            headers.insert(rng.randrange(len(headers) + 1), (rng.choice(["Content-Length", "transfer-ENCODING"]), "1"))
        assert serialize_fields("POST", "/x", headers) == _reference_fields("POST", "/x", headers)


@pytest.mark.parametrize("headers", [
    [("A", "b\nC\x00d")],                   # separators smuggled into a value
    [("X\nY", "v\nZ")],                      # ... into a name and a value
    [("A", "1"), ("B\x00C", "2")],
    [("A", "1\x00"), ("B", "2")],
    [("A", "x\n"), ("B", "2")],
])
def test_serialize_fields_cannot_be_fooled_by_separators(headers: List[Tuple[str, str]]) -> None:
    with pytest.raises(ValueError):
        serialize_fields("GET", "/", headers)


def test_default_host_is_added_first_unless_given() -> None:
    assert serialize_request("GET", "/", [("X", "1")], None, default_host="h:1") == \
        b"GET / HTTP/1.1\r\nHost: h:1\r\nX: 1\r\n\r\n"
    assert serialize_request("GET", "/", [], None, default_host="h") == b"GET / HTTP/1.1\r\nHost: h\r\n\r\n"
    for given in ("Host", "host", "HOST"):
        out = serialize_request("GET", "/", [("X", "1"), (given, "mine")], None, default_host="h")
        assert out == f"GET / HTTP/1.1\r\nX: 1\r\n{given}: mine\r\n\r\n".encode()
    with pytest.raises(ValueError, match="Host"):
        serialize_request("GET", "/", [("X", "1")], None, default_host="h\r\nX: y")


def test_end_head() -> None:
    fields, framed = serialize_fields("POST", "/", [("A", "1")])
    assert not framed
    assert end_head(fields, framed, 5) == b"POST / HTTP/1.1\r\nA: 1\r\nContent-Length: 5\r\n\r\n"
    assert end_head(fields, framed, None) == b"POST / HTTP/1.1\r\nA: 1\r\n\r\n"
    with pytest.raises(ValueError):
        end_head(fields, framed, -1)
    fields, framed = serialize_fields("POST", "/", [("Content-Length", "5")])
    assert framed and end_head(fields, framed, 5) == b"POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\n"


_TOKEN = set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _fields_one_by_one(block: str) -> List[Tuple[str, str]]:
    """RFC 9112 field lines read the plain way, as the reference for the parser's fast
    path: a token, a colon, the value without surrounding blanks, no NUL or CR in it; a
    line starting with a blank continues the field before it."""
    fields: List[Tuple[str, str]] = []
    for line in block.split("\n"):
        if line[:1] in (" ", "\t"):  # obsolete folding: one space joins it to the field before
            more = line.strip(" \t")
            if not fields or "\x00" in more or "\r" in more:
                raise ValueError(line)
            name, value = fields[-1]
            fields[-1] = (name, f"{value} {more}" if value and more else value or more)
            continue
        name, sep, value = line.partition(":")
        if not sep or not name or not set(name) <= _TOKEN:
            raise ValueError(line)
        value = value.strip(" \t")
        if "\x00" in value or "\r" in value:
            raise ValueError(line)
        fields.append((name, value))
    return fields


def test_head_fast_path_matches_field_by_field_on_random_lines() -> None:
    rng = random.Random(11)
    pieces = ["X-A", "connection", "Set-Cookie", ":", " ", "\t", "a", "b c", "\xe9", "\x0b", ",", "1",
              "\r", "\x00", "(", "Z"]
    for _ in range(3000):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 5))]
        block = "\n".join(lines)
        try:
            expected: object = _fields_one_by_one(block)
        except ValueError as exc:
            expected = str(exc)
        raw = ("HTTP/1.1 204 No Content\r\n" + block.replace("\n", "\r\n")).encode("latin-1")
        p = ResponseParser(request_method="GET")
        try:
            head = p._parse_head(raw)
            assert head is not None
            got: object = head.headers
        except ProtocolError as exc:
            got = str(exc)
        if isinstance(expected, str) and isinstance(got, str):
            continue  # both refuse
        assert got == expected, (block, got, expected)


def test_known_field_name_without_colon_is_still_refused() -> None:
    ok = ResponseParser(request_method="GET")._parse_head(b"HTTP/1.1 204 No Content\r\nX-Seen: 1")
    assert ok is not None and ok.headers == [("X-Seen", "1")]
    for bad in (b"X-Seen", b"X-Seen : 2", b"X-Seen: a\rb", b"X-Seen: a\x00b"):
        with pytest.raises(ProtocolError):
            ResponseParser(request_method="GET")._parse_head(b"HTTP/1.1 204 No Content\r\nA: 1\r\n" + bad)


def test_folded_lines_are_joined_with_one_space() -> None:
    # as http.client and h11 (so the official SDK) read them, on both of our transports
    p = ResponseParser(request_method="GET")
    p.feed(b"HTTP/1.1 200 OK\r\nX-Folded: a\r\n b\r\n\t c \r\nX-Empty:\r\n more\r\nContent-Length: 0\r\n\r\n")
    head = p.next_event()
    assert isinstance(head, Head)
    assert head.headers == [("X-Folded", "a b c"), ("X-Empty", "more"), ("Content-Length", "0")]
    assert head.index == {"x-folded": ["a b c"], "x-empty": ["more"], "content-length": ["0"]}
    assert p.next_event() == EndOfMessage()


def test_remembered_field_names_stay_bounded() -> None:
    from openai_lite.core import http11

    for i in range(http11._NAMES_SIZE * 3):
        head = ResponseParser(request_method="GET")._parse_head(b"HTTP/1.1 204 No Content\r\nX-N%d: v" % i)
        assert head is not None and head.index == {"x-n%d" % i: ["v"]}
        assert len(http11._NAMES) <= http11._NAMES_SIZE


# --------------------------------------------------------------------------- whole buffered body
def test_take_buffered_body_when_exactly_the_body_is_buffered() -> None:
    p = ResponseParser(request_method="POST")
    p.feed(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1}")
    head = p.next_event()
    assert isinstance(head, Head)
    assert head.index == {"content-type": ["application/json"], "content-length": ["7"]}
    assert p.take_buffered_body() == b'{"a":1}'
    assert p.is_complete and p.keep_alive
    assert p.next_event() == EndOfMessage()


@pytest.mark.parametrize("raw", [
    b"HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n{\"a\"",  # not all there yet
    b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nabEXTRA",  # bytes past the end
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n",  # not length-framed
    b"HTTP/1.1 200 OK\r\n\r\nab",  # close-delimited
])
def test_take_buffered_body_declines_and_changes_nothing(raw: bytes) -> None:
    p = ResponseParser(request_method="GET")
    p.feed(raw)
    assert isinstance(p.next_event(), Head)
    assert p.take_buffered_body() is None
    assert not p.is_complete
    events = []
    p.feed_eof()
    while True:
        try:
            e = p.next_event()
        except ProtocolError:
            break
        events.append(e)
        if e is NEED_DATA or e == EndOfMessage():
            break
    assert any(isinstance(e, Data) for e in events)  # the body is still there for the event path


def test_empty_and_no_body_responses_are_taken_whole() -> None:
    for method, raw in (("GET", b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"),
                        ("HEAD", b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n"),
                        ("GET", b"HTTP/1.1 204 No Content\r\n\r\n")):
        p = ResponseParser(request_method=method)
        p.feed(raw)
        assert isinstance(p.next_event(), Head)
        assert p.take_buffered_body() == b""
        assert p.is_complete and p.keep_alive


@pytest.mark.parametrize("values, coded", [
    ([], False), (["identity"], False), (["gzip"], True), (["gzip", "identity"], True), ([" GZIP "], True),
])
def test_content_coding_is_noticed(values: List[str], coded: bool) -> None:
    p = ResponseParser(request_method="GET")
    p.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n"
           + b"".join(b"Content-Encoding: " + v.encode() + b"\r\n" for v in values) + b"\r\n")
    assert isinstance(p.next_event(), Head)
    assert p.content_coded is coded


def test_index_keeps_every_value_of_a_repeated_name_in_order() -> None:
    p = ResponseParser(request_method="GET")
    p.feed(b"HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nContent-Length: 0\r\nset-cookie: b=2\r\nX-One: 1\r\n\r\n")
    head = p.next_event()
    assert isinstance(head, Head)
    assert head.index == {"set-cookie": ["a=1", "b=2"], "content-length": ["0"], "x-one": ["1"]}
