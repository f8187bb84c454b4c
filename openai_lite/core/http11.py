"""HTTP/1.1 for the client side, without I/O: request heads out, response events in.

The async transport moves bytes; this module decides what they mean.  Feed whatever the
socket produced (any split, down to single bytes) and pull events until ``NEED_DATA``.
Every way a response can end early is an error here, so a truncated body can never be
mistaken for a complete one (RFC 9112 section 8).
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple, Union

__all__ = [
    "ProtocolError", "Head", "Data", "EndOfMessage", "NeedData", "NEED_DATA", "Event",
    "ResponseParser", "serialize_request",
]


class ProtocolError(Exception):
    """The peer's bytes are not a valid HTTP/1.1 response, or stopped before its end."""


# --------------------------------------------------------------------------- events
class Head:
    """The final (non-1xx) status line and header fields of a response."""

    __slots__ = ("status_code", "reason", "http_version", "headers")

    def __init__(self, status_code: int, reason: str, http_version: str,
                 headers: List[Tuple[str, str]]) -> None:
        self.status_code = status_code
        self.reason = reason
        self.http_version = http_version
        self.headers = headers

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Head) and (
            self.status_code, self.reason, self.http_version, self.headers) == (
            other.status_code, other.reason, other.http_version, other.headers)

    def __repr__(self) -> str:
        # Header values stay out: a misbehaving proxy may echo credentials back.
        names = [k for k, _ in self.headers]
        return f"Head({self.status_code}, {self.reason!r}, {self.http_version!r}, headers={names!r})"


class Data:
    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Data) and self.data == other.data

    def __repr__(self) -> str:
        return f"Data(<{len(self.data)} bytes>)"


class EndOfMessage:
    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EndOfMessage)

    def __hash__(self) -> int:
        return hash(EndOfMessage)

    def __repr__(self) -> str:
        return "EndOfMessage()"


class NeedData:
    """Type of :data:`NEED_DATA`: nothing more can be decided until more bytes (or EOF)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "NEED_DATA"


NEED_DATA = NeedData()
_EOM = EndOfMessage()

Event = Union[Head, Data, EndOfMessage, NeedData]

# --------------------------------------------------------------------------- grammar
# RFC 9110 section 5.6.2: field names and methods are tokens.
_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_TOKEN_STR = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# A space-free status line with an optional reason (RFC 9112 section 4 allows it empty).
_STATUS_LINE = re.compile(rb"HTTP/1\.([0-9]) ([0-9]{3})(?: ([^\x00\r]*))?")
# Smuggling vectors: a bare CR or a NUL inside a value.  Other octets are passed through,
# as http.client does, so odd but harmless servers keep working.
_BAD_FIELD_VALUE = re.compile(rb"[\x00\r]")
_BAD_OUT_VALUE = re.compile(r"[\x00\r\n]")
_BAD_TARGET = re.compile(r"[\x00-\x20\x7f]")
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")
_DIGITS = re.compile(rb"[0-9]{1,19}")

_MAX_CHUNK_LINE = 4096

# body framing kinds / parser states
_HEAD, _LENGTH, _CHUNK_SIZE_LINE, _CHUNK_DATA, _CHUNK_END, _TRAILERS, _CLOSE, _DONE, _ERROR = range(9)


# --------------------------------------------------------------------------- request
def serialize_request(method: str, target: str, headers: List[Tuple[str, str]],
                      body_length: Optional[int]) -> bytes:
    """The request line and header block, ready to be followed by the body.

    ``Content-Length`` is added when ``body_length`` is given and the caller set neither it
    nor ``Transfer-Encoding`` (sending both would let a proxy and the origin disagree on
    where the body ends).  Errors never include header values: they may be credentials.
    """
    if not _TOKEN_STR.fullmatch(method):
        raise ValueError(f"Invalid HTTP method {method!r}")
    if not target or _BAD_TARGET.search(target):
        raise ValueError("Invalid request target: it must be non-empty without spaces or control characters")
    parts = [method, " ", target, " HTTP/1.1\r\n"]
    framed = False
    for name, value in headers:
        if not _TOKEN_STR.fullmatch(name):
            raise ValueError(f"Invalid header name {name!r}")
        if _BAD_OUT_VALUE.search(value):
            raise ValueError(f"Invalid value for header {name!r}: it contains CR, LF or NUL")
        lname = name.lower()
        if lname == "content-length" or lname == "transfer-encoding":
            framed = True
        parts += (name, ": ", value, "\r\n")
    if body_length is not None and not framed:
        if body_length < 0:
            raise ValueError("body_length must not be negative")
        parts += ("Content-Length: ", str(body_length), "\r\n")
    parts.append("\r\n")
    try:
        return "".join(parts).encode("latin-1")
    except UnicodeEncodeError:
        for name, value in headers:
            try:
                value.encode("latin-1")
            except UnicodeEncodeError:
                raise ValueError(f"Value for header {name!r} is not latin-1 encodable") from None
        raise ValueError("Request target is not latin-1 encodable; percent-encode it") from None


# --------------------------------------------------------------------------- response
class ResponseParser:
    """One response on a connection.  ``feed`` bytes, ``feed_eof`` at end of stream, and
    call ``next_event`` until it returns ``NEED_DATA`` or ``EndOfMessage``.

    After the ``EndOfMessage`` further calls return it again.  After a ``ProtocolError``
    further calls raise again: the connection is unusable.
    """

    def __init__(self, *, request_method: str, max_head_bytes: int = 65536, max_headers: int = 256) -> None:
        self._method = request_method.upper()
        self._max_head = max_head_bytes
        self._max_headers = max_headers
        self._buf = bytearray()
        # A fed chunk kept as-is while the buffer is empty, so body bytes usually reach the
        # caller without a single copy (a 200 MB download is then just pointer passing).
        self._direct: Optional[bytes] = None
        self._eof = False
        self._state = _HEAD
        self._scanned = 0  # head bytes already searched for the blank line
        self._remaining = 0  # of the Content-Length body or the current chunk
        self._trailer_bytes = 0
        self._received = 0
        self._body_received = 0
        self._expected: Optional[int] = None
        self._persistent = False
        self._error: Optional[ProtocolError] = None
        self.head: Optional[Head] = None

    # ---------------------------------------------------------------- input
    def feed(self, data: bytes) -> None:
        if self._eof:
            raise RuntimeError("feed() after feed_eof()")
        if not data:
            return
        if type(data) is not bytes:
            data = bytes(data)
        self._received += len(data)
        if self._direct is None and not self._buf:
            self._direct = data
            return
        if self._direct is not None:
            self._buf += self._direct
            self._direct = None
        self._buf += data

    def feed_eof(self) -> None:
        self._eof = True

    # ---------------------------------------------------------------- state
    @property
    def received_bytes(self) -> int:
        """Bytes fed so far: zero at EOF means the server closed without answering."""
        return self._received

    @property
    def is_complete(self) -> bool:
        return self._state == _DONE

    @property
    def keep_alive(self) -> bool:
        """May the connection carry another request?  Only once the message is complete,
        never after a close-delimited body, and not if the server sent bytes past the end
        (we could not tell where the next response would start)."""
        return (self._state == _DONE and self._persistent
                and not self._buf and self._direct is None)

    @property
    def trailing_data(self) -> bytes:
        return bytes(self._buf) + (self._direct or b"")

    def _pending(self) -> int:
        return len(self._buf) + (len(self._direct) if self._direct is not None else 0)

    def _flatten(self) -> bytearray:
        if self._direct is not None:
            self._buf += self._direct
            self._direct = None
        return self._buf

    def _take(self, limit: int) -> bytes:
        """Up to ``limit`` body bytes, as few copies as possible (callers ensure data)."""
        d = self._direct
        if d is not None:
            self._direct = None
            if len(d) <= limit:
                return d
            self._buf += memoryview(d)[limit:]
            return d[:limit]
        buf = self._buf
        if len(buf) <= limit:
            out = bytes(buf)
            buf.clear()
            return out
        out = memoryview(buf)[:limit].tobytes()
        del buf[:limit]
        return out

    def _fail(self, message: str) -> ProtocolError:
        self._state = _ERROR
        self._error = ProtocolError(message)
        return self._error

    # ---------------------------------------------------------------- events
    def next_event(self) -> Event:
        state = self._state
        if state == _LENGTH:
            return self._next_length()
        if state == _CLOSE:
            if self._pending():
                return Data(self._take(self._pending()))
            if self._eof:
                self._state = _DONE
                return _EOM
            return NEED_DATA
        if state == _DONE:
            return _EOM
        if state == _ERROR:
            assert self._error is not None
            raise ProtocolError(*self._error.args)
        if state == _HEAD:
            return self._next_head()
        return self._next_chunked()

    def _next_length(self) -> Event:
        if self._remaining == 0:
            self._state = _DONE
            return _EOM
        if self._pending():
            out = self._take(self._remaining)
            self._remaining -= len(out)
            self._body_received += len(out)
            return Data(out)
        if self._eof:
            raise self._fail(
                f"Server closed the connection before the body was complete: received "
                f"{self._body_received} of {self._expected} bytes")
        return NEED_DATA

    # ---------------------------------------------------------------- head
    def _next_head(self) -> Event:
        while True:
            buf = self._flatten()
            start = max(0, self._scanned - 2)
            crlf = buf.find(b"\n\r\n", start)
            lf = buf.find(b"\n\n", start, crlf if crlf != -1 else len(buf))
            if lf != -1:
                content_end, head_end = lf, lf + 2
            elif crlf != -1:
                content_end, head_end = crlf, crlf + 3
            else:
                if len(buf) > self._max_head:
                    raise self._fail(f"Response head exceeds {self._max_head} bytes")
                if self._eof:
                    if self._received == 0:
                        raise self._fail("Server disconnected without sending a response.")
                    raise self._fail("Server closed the connection in the middle of the response head")
                self._scanned = len(buf)
                return NEED_DATA
            if head_end > self._max_head:
                raise self._fail(f"Response head exceeds {self._max_head} bytes")
            raw = bytes(buf[:content_end])
            del buf[:head_end]
            self._scanned = 0
            head = self._parse_head(raw)
            if head is not None:
                return head
            # A 1xx interim response was skipped; the real one may already be buffered.

    def _parse_head(self, raw: bytes) -> Optional[Head]:
        lines = raw.split(b"\n")
        for i, line in enumerate(lines):
            if line.endswith(b"\r"):
                lines[i] = line = line[:-1]
        m = _STATUS_LINE.fullmatch(lines[0])
        if m is None:
            shown = lines[0][:80].decode("latin-1")
            raise self._fail(f"Invalid status line: {shown!r}")
        minor, status = int(m.group(1)), int(m.group(2))
        if status < 100:
            raise self._fail(f"Invalid status code {status}")
        reason = (m.group(3) or b"").decode("latin-1")
        if len(lines) - 1 > self._max_headers:
            raise self._fail(f"Response has more than {self._max_headers} header fields")
        headers: List[Tuple[str, str]] = []
        for line in lines[1:]:
            if line[:1] in (b" ", b"\t"):
                # RFC 9112 section 5.2: obsolete folding must be rejected or unfolded; a
                # client rejecting it can never disagree with an intermediary about values.
                raise self._fail("Obsolete header line folding is not supported")
            name, sep, value = line.partition(b":")
            if not sep or not _TOKEN.fullmatch(name):
                raise self._fail(f"Invalid header line: {line[:40].decode('latin-1')!r}")
            value = value.strip(b" \t")
            if _BAD_FIELD_VALUE.search(value):
                raise self._fail(f"Invalid characters in header {name.decode('latin-1')!r}")
            headers.append((name.decode("latin-1"), value.decode("latin-1")))
        if 100 <= status < 200:
            if status == 101:
                raise self._fail("Unexpected 101 Switching Protocols: no upgrade was requested")
            return None
        version = f"HTTP/1.{minor}"
        self._frame(status, minor, headers)
        self.head = Head(status, reason, version, headers)
        return self.head

    def _frame(self, status: int, minor: int, headers: List[Tuple[str, str]]) -> None:
        """Decide where the body ends, RFC 9112 section 6.3, in its order."""
        te: List[str] = []
        cl: List[bytes] = []
        conn: List[str] = []
        for name, value in headers:
            lname = name.lower()
            if lname == "transfer-encoding":
                te += [c.strip().lower() for c in value.split(",") if c.strip()]
            elif lname == "content-length":
                cl += [c.strip(" \t").encode("latin-1") for c in value.split(",")]
            elif lname == "connection":
                conn += [c.strip().lower() for c in value.split(",")]
        if minor == 0:
            self._persistent = "keep-alive" in conn and "close" not in conn
        else:
            self._persistent = "close" not in conn

        if self._method == "HEAD" or status in (204, 304) or (
                self._method == "CONNECT" and 200 <= status < 300):
            self._state = _LENGTH
            self._remaining = 0
            if not te and cl:
                self._content_length(cl)  # still refuse nonsense, even unused
            return
        if te:
            # Only plain chunked: another coding would hand the caller undecoded bytes.
            if te != ["chunked"]:
                raise self._fail(f"Unsupported Transfer-Encoding: {', '.join(te)}")
            self._state = _CHUNK_SIZE_LINE
            return
        if cl:
            self._remaining = self._expected = self._content_length(cl)
            self._state = _LENGTH
            return
        self._state = _CLOSE
        self._persistent = False

    def _content_length(self, values: List[bytes]) -> int:
        if not all(_DIGITS.fullmatch(v) for v in values):
            raise self._fail("Invalid Content-Length header")
        lengths = {int(v) for v in values}
        if len(lengths) != 1:
            raise self._fail("Conflicting Content-Length headers")
        return lengths.pop()

    # ---------------------------------------------------------------- chunked
    def _line(self, limit: int) -> Optional[bytes]:
        buf = self._flatten()
        i = buf.find(b"\n", 0, limit + 1)
        if i == -1:
            if len(buf) > limit:
                raise self._fail("Chunk header or trailer line too long")
            return None
        line = bytes(buf[:i])
        del buf[:i + 1]
        return line[:-1] if line.endswith(b"\r") else line

    def _incomplete(self) -> ProtocolError:
        return self._fail("Server closed the connection before the chunked body was complete")

    def _next_chunked(self) -> Event:
        while True:
            state = self._state
            if state == _CHUNK_DATA:
                if self._pending():
                    out = self._take(self._remaining)
                    self._remaining -= len(out)
                    if self._remaining == 0:
                        self._state = _CHUNK_END
                    return Data(out)
            elif state == _CHUNK_SIZE_LINE:
                line = self._line(_MAX_CHUNK_LINE)
                if line is not None:
                    size = line.split(b";", 1)[0].strip(b" \t")  # extensions are ignored
                    if not _CHUNK_SIZE.fullmatch(size):
                        raise self._fail(f"Invalid chunk size line: {line[:40].decode('latin-1')!r}")
                    self._remaining = int(size, 16)
                    self._state = _CHUNK_DATA if self._remaining else _TRAILERS
                    continue
            elif state == _CHUNK_END:
                buf = self._flatten()
                if buf[:2] == b"\r\n" or buf[:1] == b"\n":
                    del buf[:2 if buf[0] == 13 else 1]
                    self._state = _CHUNK_SIZE_LINE
                    continue
                if buf and buf[:1] != b"\r" or len(buf) >= 2:
                    raise self._fail("Missing CRLF after chunk data")
            else:  # _TRAILERS: read and drop; nothing here is ours to act on
                before = len(self._buf) + (len(self._direct) if self._direct is not None else 0)
                line = self._line(_MAX_CHUNK_LINE)
                if line is not None:
                    self._trailer_bytes += before - len(self._buf)
                    if self._trailer_bytes > self._max_head:
                        raise self._fail(f"Trailer section exceeds {self._max_head} bytes")
                    if not line:
                        self._state = _DONE
                        return _EOM
                    continue
            if self._eof:
                raise self._incomplete()
            return NEED_DATA
