"""Differential test: the same raw responses, over a real socket, to http.client and to
AsyncTransport (and so core/http11.py).  Where the standard library accepts a response we
must produce the same status, headers and body; where it fails we must fail too.  The few
places where we are deliberately stricter are listed apart, each with its reason."""
from __future__ import annotations

import asyncio
import http.client
import socket
from typing import Iterator, List, Optional, Tuple

import pytest

from openai_lite._timeout import Timeout
from openai_lite.transport.async_ import AsyncTransport
from openai_lite.transport.base import Request, TransportError

from .rawserver import RawServer, read_request

Outcome = Tuple[str, Optional[Tuple[int, str, str, List[Tuple[str, str]], bytes]]]

CASES = [
    # (id, method, raw response, expected outcome on both: "ok" or "error")
    ("content-length", "GET",
     b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"a\": true}", "ok"),
    ("chunked-extensions", "GET",
     b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;name=value\r\nWiki\r\n5;a;b=\"c\"\r\npedia\r\n0\r\n\r\n", "ok"),
    ("chunked-trailers", "GET",
     b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-Checksum: 1\r\nX-More: 2\r\n\r\n", "ok"),
    ("chunked-uppercase-hex", "GET",
     b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1A\r\n" + b"z" * 26 + b"\r\n0\r\n\r\n", "ok"),
    ("chunked-beats-length", "GET",
     b"HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n", "ok"),
    ("close-delimited", "GET",
     b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nread until the server closes", "ok"),
    ("http10-close-delimited", "GET",
     b"HTTP/1.0 200 OK\r\nServer: old\r\n\r\nold body", "ok"),
    ("http10-length", "GET",
     b"HTTP/1.0 201 Created\r\nContent-Length: 3\r\n\r\nnew", "ok"),
    ("204", "GET",
     b"HTTP/1.1 204 No Content\r\nX-Request-Id: abc\r\n\r\n", "ok"),
    ("304-with-length", "GET",
     b"HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n", "ok"),
    ("head-with-length", "HEAD",
     b"HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n", "ok"),
    ("100-continue", "GET",
     b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", "ok"),
    ("no-reason", "GET",
     b"HTTP/1.1 200\r\nContent-Length: 1\r\n\r\nx", "ok"),
    ("bare-lf", "GET",
     b"HTTP/1.1 200 OK\nContent-Length: 4\nX-A: b\n\nbody", "ok"),
    ("length-shorter-than-data", "GET",
     b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nbodyEXTRA", "ok"),
    ("value-whitespace", "GET",
     b"HTTP/1.1 200 OK\r\nX-Pad:   padded\r\nX-Tab:\tvalue\r\nContent-Length: 0\r\n\r\n", "ok"),
    ("repeated-headers", "GET",
     b"HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nContent-Length: 0\r\n\r\n", "ok"),
    ("error-status-json", "GET",
     b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nContent-Length: 17\r\n\r\n{\"error\": \"slow\"}", "ok"),
    ("truncated-length", "GET",
     b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly a little", "error"),
    ("truncated-chunk", "GET",
     b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nshort", "error"),
    ("truncated-before-last-chunk", "GET",
     b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n", "error"),
    ("empty-response", "GET", b"", "error"),
    ("bad-status-code", "GET", b"HTTP/1.1 2OO OK\r\nContent-Length: 0\r\n\r\n", "error"),
    ("two-digit-status", "GET", b"HTTP/1.1 99 Odd\r\nContent-Length: 0\r\n\r\n", "error"),
    ("not-http", "GET", b"SSH-2.0-OpenSSH_9.6\r\n\r\n", "error"),
    ("http2-status-line", "GET", b"HTTP/2 200 OK\r\nContent-Length: 0\r\n\r\n", "error"),
    ("bad-chunk-size", "GET", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n", "error"),
    ("huge-header", "GET", b"HTTP/1.1 200 OK\r\nX-Huge: " + b"h" * 70000 + b"\r\nContent-Length: 0\r\n\r\n", "error"),
    ("too-many-headers", "GET",
     b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-H%d: v\r\n" % i for i in range(300)) + b"Content-Length: 0\r\n\r\n", "error"),
]

# http.client accepts these; we refuse them on purpose.
STRICTER = [
    # two different lengths: a request-smuggling vector (RFC 9112 section 6.3, item 5)
    ("conflicting-lengths", b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\nabcde"),
    # http.client silently falls back to reading until close, hiding the server bug
    ("invalid-length", b"HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\nabc"),
    # Python's int() reads "0x5" as hex; RFC 9112 chunk sizes are bare hex digits
    ("chunk-size-0x", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x3\r\nabc\r\n0\r\n\r\n"),
    # http.client takes a head cut off by EOF for a complete one with an empty body
    ("truncated-head", b"HTTP/1.1 200 OK\r\nX-Request-Id: 1\r\nContent-Len"),
    # the last chunk's terminating CRLF never came: the message is incomplete
    ("eof-in-trailer-section", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n"),
]


class _Scripted:
    """One loopback server for the whole module: each connection gets ``raw`` and a close."""

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


def via_http_client(port: int, method: str) -> Outcome:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        conn.request(method, "/diff")
        resp = conn.getresponse()
        body = resp.read()
        version = {10: "HTTP/1.0", 11: "HTTP/1.1"}[resp.version]
        # email's parser keeps trailing whitespace; RFC 9110 section 5.5 says it is not part
        # of the value
        headers = [(k, v.rstrip(" \t")) for k, v in resp.getheaders()]
        return "ok", (resp.status, resp.reason.strip(), version, headers, body)
    except (http.client.HTTPException, OSError, ValueError):
        return "error", None
    finally:
        conn.close()


def via_transport(port: int, method: str) -> Outcome:
    async def go() -> Outcome:
        t = AsyncTransport(trust_env=False)
        try:
            r = await t.handle_request(Request(method, f"http://127.0.0.1:{port}/diff", timeout=Timeout(2.0)))
            body = await r.aread()
            return "ok", (r.status_code, r.reason_phrase.strip(), r.http_version, r.headers.multi_items(), body)
        except TransportError:
            return "error", None
        finally:
            await t.aclose()

    return asyncio.run(asyncio.wait_for(go(), 5))


@pytest.mark.parametrize("name,method,raw,expected", CASES, ids=[c[0] for c in CASES])
def test_same_result_as_http_client(scripted: _Scripted, name: str, method: str, raw: bytes, expected: str) -> None:
    scripted.raw = raw
    reference = via_http_client(scripted.server.port, method)
    ours = via_transport(scripted.server.port, method)
    assert reference[0] == expected, f"http.client: {reference}"
    assert ours == reference


@pytest.mark.parametrize("name,raw", STRICTER, ids=[c[0] for c in STRICTER])
def test_deliberately_stricter_than_http_client(scripted: _Scripted, name: str, raw: bytes) -> None:
    scripted.raw = raw
    assert via_http_client(scripted.server.port, "GET")[0] == "ok"
    assert via_transport(scripted.server.port, "GET") == ("error", None)


def test_folded_header_is_unfolded(scripted: _Scripted) -> None:
    # Obsolete folding (RFC 9112 section 5.2) is joined with one space, as h11 (the SDK's
    # parser) does and as the sync transport does; http.client keeps the raw CRLF in the
    # value, so it is no reference here.
    scripted.raw = b"HTTP/1.1 200 OK\r\nX-Folded: a\r\n b\r\n\tc\r\nContent-Length: 0\r\n\r\n"
    outcome = via_transport(scripted.server.port, "GET")
    assert outcome[1] is not None and outcome[1][3] == [("X-Folded", "a b c"), ("Content-Length", "0")]


def test_case_list_is_broad() -> None:
    assert len(CASES) >= 25
    assert {c[3] for c in CASES} == {"ok", "error"}
