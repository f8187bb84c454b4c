"""HTTP/1.1 for the client side, without I/O: request heads out, response events in.

The async transport moves bytes; this module decides what they mean.  Feed whatever the
socket produced (any split, down to single bytes) and pull events until ``NEED_DATA``.
Every way a response can end early is an error here, so a truncated body can never be
mistaken for a complete one (RFC 9112 section 8).
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple, Union

__all__ = [
    "ProtocolError", "Head", "Data", "EndOfMessage", "NeedData", "NEED_DATA", "Event",
    "ResponseParser", "serialize_request", "serialize_fields", "end_head", "parse_head", "frame",
    "BODY_LENGTH", "BODY_CHUNKED", "BODY_CLOSE",
]


class ProtocolError(Exception):
    """The peer's bytes are not a valid HTTP/1.1 response, or stopped before its end."""


# --------------------------------------------------------------------------- events
class Head:
    """The final (non-1xx) status line and header fields of a response."""

    __slots__ = ("status_code", "reason", "http_version", "headers", "index")

    def __init__(self, status_code: int, reason: str, http_version: str,
                 headers: List[Tuple[str, str]], index: Optional[Dict[str, List[str]]] = None) -> None:
        self.status_code = status_code
        self.reason = reason
        self.http_version = http_version
        self.headers = headers
        # lower-case name -> values, built while framing (None when made by hand)
        self.index = index

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
_TOKEN_CLASS = r"[!#$%&'*+\-.^_`|~0-9A-Za-z]"
_TOKEN_STR = re.compile(_TOKEN_CLASS + "+")
# A space-free status line with an optional reason (RFC 9112 section 4 allows it empty).
# Heads are decoded as latin-1 once, so these work on str, one char per octet.
_STATUS_LINE = re.compile(r"HTTP/1\.([0-9]) ([0-9]{3})(?: ([^\x00\r]*))?")
_VERSIONS = tuple(f"HTTP/1.{i}" for i in range(10))
# Field names already seen to be tokens, with their lower-case form: a server sends the
# same dozen names on every answer, so each costs one lookup instead of a regex match.
# Bounded, as a server may invent names.
_NAMES: Dict[str, str] = {}
_NAMES_SIZE = 512
_BAD_OUT_VALUE = re.compile(r"[\x00\r\n]")
_BAD_TARGET = re.compile(r"[\x00-\x20\x7f]")
# Request headers flattened as name NUL value LF name NUL value ...: neither separator can
# be in a valid name or value, so a full match plus the right separator counts proves every
# field valid in one pass.
_FLAT_HEADERS = re.compile(
    _TOKEN_CLASS + r"+\x00[^\x00\r\n]*(?:\n" + _TOKEN_CLASS + r"+\x00[^\x00\r\n]*)*")
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")
_DIGITS = re.compile(r"[0-9]{1,19}")

_MAX_CHUNK_LINE = 4096

# body framing kinds / parser states
_HEAD, _LENGTH, _CHUNK_SIZE_LINE, _CHUNK_DATA, _CHUNK_END, _TRAILERS, _CLOSE, _DONE, _ERROR = range(9)


# --------------------------------------------------------------------------- request
def serialize_request(method: str, target: str, headers: List[Tuple[str, str]],
                      body_length: Optional[int], *, default_host: Optional[str] = None) -> bytes:
    """The request line and header block, ready to be followed by the body.

    ``Content-Length`` is added when ``body_length`` is given and the caller set neither it
    nor ``Transfer-Encoding`` (sending both would let a proxy and the origin disagree on
    where the body ends).  ``default_host`` becomes a leading ``Host`` field unless the
    caller set one.  Errors never include header values: they may be credentials.
    """
    fields, framed = serialize_fields(method, target, headers, default_host=default_host)
    return end_head(fields, framed, body_length)


def end_head(fields: bytes, framed: bool, body_length: Optional[int]) -> bytes:
    """``fields`` from :func:`serialize_fields`, completed into a head for a body of
    ``body_length`` bytes (``None``: no body and no ``Content-Length``)."""
    if body_length is None or framed:
        return fields + b"\r\n"
    if body_length < 0:
        raise ValueError("body_length must not be negative")
    return b"%sContent-Length: %d\r\n\r\n" % (fields, body_length)


def serialize_fields(method: str, target: str, headers: List[Tuple[str, str]], *,
                     default_host: Optional[str] = None) -> Tuple[bytes, bool]:
    """The request line and the header fields, each ending in CRLF but without the blank
    line that ends the head, and whether the caller framed the body itself (set
    ``Content-Length`` or ``Transfer-Encoding``).  See :func:`serialize_request`."""
    if not _TOKEN_STR.fullmatch(method):
        raise ValueError(f"Invalid HTTP method {method!r}")
    if not target or _BAD_TARGET.search(target):
        raise ValueError("Invalid request target: it must be non-empty without spaces or control characters")
    n = len(headers)
    if n and (default_host is None or not _BAD_OUT_VALUE.search(default_host)):
        # One pass over all fields instead of one per field; anything it does not accept
        # goes through the loop below, which finds the culprit.
        try:
            flat = "\n".join(map("\x00".join, headers))
        except TypeError:
            flat = ""
        if _FLAT_HEADERS.fullmatch(flat) and flat.count("\n") == n - 1 and flat.count("\x00") == n:
            low = flat.lower()
            lines = [method, " ", target, " HTTP/1.1\r\n"]
            if default_host is not None and not (low.startswith("host\x00") or "\nhost\x00" in low):
                lines += ("Host: ", default_host, "\r\n")
            lines += (flat.replace("\x00", ": ").replace("\n", "\r\n"), "\r\n")
            framed = (low.startswith(("content-length\x00", "transfer-encoding\x00"))
                      or "\ncontent-length\x00" in low or "\ntransfer-encoding\x00" in low)
            try:
                return "".join(lines).encode("latin-1"), framed
            except UnicodeEncodeError:
                pass  # the loop below names the offending field
    if default_host is not None and not any(
            isinstance(name, str) and name.lower() == "host" for name, _ in headers):
        headers = [("Host", default_host), *headers]
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
    try:
        return "".join(parts).encode("latin-1"), framed
    except UnicodeEncodeError:
        for name, value in headers:
            try:
                value.encode("latin-1")
            except UnicodeEncodeError:
                raise ValueError(f"Value for header {name!r} is not latin-1 encodable") from None
        raise ValueError("Request target is not latin-1 encodable; percent-encode it") from None


# --------------------------------------------------------------------------- response head
# Both transports read heads with these two functions: the async one through
# ResponseParser, the sync one on the bytes it received itself.

def parse_head(raw: bytes, max_headers: int = 256) -> Tuple[int, str, int, List[Tuple[str, str]], Dict[str, List[str]]]:
    """The status line and header fields of ``raw``, a response head without the blank line
    that ends it: (status, reason, minor version, fields, lower-case name -> values).

    Lines may end in CRLF or a bare LF.  An obsolete folded line (RFC 9112 section 5.2)
    is joined to the field before it with one space, as http.client and h11 do.  A bare
    CR or a NUL, a name that is not a token and a line without a colon raise
    ``ProtocolError``.
    """
    text = raw.decode("latin-1")
    if "\r" in text:
        # each line loses one CR before its LF (the last line: before the blank line)
        text = text.replace("\r\n", "\n")
        if text.endswith("\r"):
            text = text[:-1]
    nl = text.find("\n")
    if nl == -1:
        status_line, block = text, ""
    else:
        status_line, block = text[:nl], text[nl + 1:]
    m = _STATUS_LINE.fullmatch(status_line)
    if m is None:
        raise ProtocolError(f"Invalid status line: {status_line[:80]!r}")
    minor, status = int(m.group(1)), int(m.group(2))
    if status < 100:
        raise ProtocolError(f"Invalid status code {status}")
    reason = (m.group(3) or "").strip()
    lines = block.split("\n") if nl != -1 else []
    if len(lines) > max_headers:
        raise ProtocolError(f"Response has more than {max_headers} header fields")
    checked = "\r" not in block and "\x00" not in block
    headers: List[Tuple[str, str]] = []
    index: Dict[str, List[str]] = {}
    names = _NAMES
    for line in lines:
        name, sep, value = line.partition(":")
        lname = names.get(name)
        if lname is None or not sep or not checked:
            # a name not seen before, a folded line, or something to refuse
            if line[:1] in (" ", "\t"):
                _unfold(line, headers, index)
                continue
            if not sep or not _TOKEN_STR.fullmatch(name):
                raise ProtocolError(f"Invalid header line: {line[:40]!r}")
            if "\x00" in value or "\r" in value:
                raise ProtocolError(f"Invalid characters in header {name!r}")
            lname = names.get(name)
            if lname is None:
                if len(names) >= _NAMES_SIZE:
                    names.clear()
                lname = names[name] = name.lower()
        value = value.strip(" \t")
        headers.append((name, value))
        values = index.get(lname)
        if values is None:
            index[lname] = [value]
        else:
            values.append(value)  # a repeated name (Set-Cookie...): every value kept
    return status, reason, minor, headers, index


def _unfold(line: str, headers: List[Tuple[str, str]], index: Dict[str, List[str]]) -> None:
    if not headers:
        raise ProtocolError("Invalid header line: a continuation line comes first")
    if "\x00" in line or "\r" in line:
        raise ProtocolError("Invalid characters in a folded header line")
    name, value = headers[-1]
    more = line.strip(" \t")
    joined = f"{value} {more}" if value and more else value or more
    headers[-1] = (name, joined)
    index[name.lower()][-1] = joined


# How a response body ends (RFC 9112 section 6.3): after a known length, with the last
# chunk, or when the server closes the connection.
BODY_LENGTH, BODY_CHUNKED, BODY_CLOSE = range(3)


def frame(method: str, status: int, minor: int,
          index: Dict[str, List[str]]) -> Tuple[int, int, bool, bool]:
    """Where the body of a final response ends, in RFC 9112 section 6.3's order, from the
    head's index: (BODY_LENGTH / BODY_CHUNKED / BODY_CLOSE, the length (0 unless
    BODY_LENGTH), may the connection carry another request, is the body content-coded)."""
    get = index.get
    te: List[str] = []
    cl: List[str] = []
    conn: List[str] = []
    for value in get("content-length", ()):
        cl += value.split(",")
    for value in get("connection", ()):
        if value == "keep-alive":  # what nearly every server sends
            conn.append(value)
        else:
            conn += [c.strip().lower() for c in value.split(",")]
    for value in get("transfer-encoding", ()):
        te += [c.strip().lower() for c in value.split(",") if c.strip()]
    coded = False
    for value in get("content-encoding", ()):
        if value.strip().lower() not in ("", "identity"):
            coded = True
    if minor == 0:
        persistent = "keep-alive" in conn and "close" not in conn
    else:
        persistent = "close" not in conn

    if method == "HEAD" or status in (204, 304) or status < 200 or (
            method == "CONNECT" and 200 <= status < 300):
        if not te and cl:
            _content_length(cl)  # still refuse nonsense, even unused
        return BODY_LENGTH, 0, persistent, coded
    if te:
        # Only plain chunked: another coding would hand the caller undecoded bytes.
        if te != ["chunked"]:
            raise ProtocolError(f"Unsupported Transfer-Encoding: {', '.join(te)}")
        return BODY_CHUNKED, 0, persistent, coded
    if cl:
        value = cl[0]
        if len(cl) == 1 and len(value) <= 19 and value.isascii() and value.isdigit():
            length = int(value)  # the usual single plain number
        else:
            length = _content_length(cl)
        return BODY_LENGTH, length, persistent, coded
    return BODY_CLOSE, 0, False, coded


def _content_length(values: List[str]) -> int:
    values = [v.strip(" \t") for v in values]
    if not all(_DIGITS.fullmatch(v) for v in values):
        raise ProtocolError("Invalid Content-Length header")
    lengths = {int(v) for v in values}
    if len(lengths) != 1:
        # two different lengths are a request-smuggling vector (RFC 9112 6.3, item 5)
        raise ProtocolError("Conflicting Content-Length headers")
    return lengths.pop()


# --------------------------------------------------------------------------- response
class ResponseParser:
    """One response on a connection.  ``feed`` bytes, ``feed_eof`` at end of stream, and
    call ``next_event`` until it returns ``NEED_DATA`` or ``EndOfMessage``.

    After the ``EndOfMessage`` further calls return it again.  After a ``ProtocolError``
    further calls raise again: the connection is unusable.
    """

    # Defaults on the class: a parser is made per response, and most of its state only
    # changes on the less usual paths.
    # A fed chunk kept as-is while the buffer is empty, so body bytes usually reach the
    # caller without a single copy (a 200 MB download is then just pointer passing).
    _direct: Optional[bytes] = None
    _eof = False
    _scanned = 0  # head bytes already searched for the blank line
    _remaining = 0  # of the Content-Length body or the current chunk
    _trailer_bytes = 0
    _received = 0
    _body_received = 0
    _expected: Optional[int] = None
    _persistent = False
    _error: Optional[ProtocolError] = None
    head: Optional[Head] = None
    # the body needs decoding (gzip...) before use, so it is never handed over as final
    content_coded = False

    def __init__(self, *, request_method: str, max_head_bytes: int = 65536, max_headers: int = 256) -> None:
        self._method = request_method.upper()
        self._max_head = max_head_bytes
        self._max_headers = max_headers
        self._buf = bytearray()
        self._state = _HEAD

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

    def take_buffered_body(self) -> Optional[bytes]:
        """The whole Content-Length body, ending the message, if it is already buffered
        exactly (no byte past it); else ``None`` and nothing changes.  A typical JSON
        answer arrives with its head in one read: this skips the event per piece."""
        if self._state != _LENGTH or self._pending() != self._remaining:
            return None
        out = self._take(self._remaining) if self._remaining else b""
        self._body_received += len(out)
        self._remaining = 0
        self._state = _DONE
        return out

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
            direct = self._direct
            if direct is not None and not self._buf:
                buf: Union[bytes, bytearray] = direct  # the usual case: searched in place, no copy
            else:
                buf = self._flatten()
            start = self._scanned - 2 if self._scanned > 2 else 0
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
            if isinstance(buf, bytes):  # it is ``direct``
                raw = buf[:content_end]
                self._direct = buf[head_end:] if head_end < len(buf) else None
            else:
                raw = bytes(buf[:content_end])
                del buf[:head_end]
            self._scanned = 0
            head = self._parse_head(raw)
            if head is not None:
                return head
            # A 1xx interim response was skipped; the real one may already be buffered.

    def _parse_head(self, raw: bytes) -> Optional[Head]:
        try:
            status, reason, minor, headers, index = parse_head(raw, self._max_headers)
            if status < 200:
                if status == 101:
                    raise ProtocolError("Unexpected 101 Switching Protocols: no upgrade was requested")
                return None
            how, length, self._persistent, self.content_coded = frame(self._method, status, minor, index)
        except ProtocolError as exc:
            raise self._fail(str(exc)) from None
        if how == BODY_LENGTH:
            self._remaining = self._expected = length
            self._state = _LENGTH
        elif how == BODY_CHUNKED:
            self._state = _CHUNK_SIZE_LINE
        else:
            self._state = _CLOSE
        self.head = Head(status, reason, _VERSIONS[minor], headers, index)
        return self.head

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
