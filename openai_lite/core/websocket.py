"""The client side of RFC 6455 (WebSocket), without any I/O.

Bytes from the socket go in (``ClientProtocol.receive_data``), events come out
(``next_event``); messages to send come back as bytes for the caller to write.  The sync
and async realtime transports are thin loops around this one state machine, so they
cannot disagree about framing, masking, fragmentation, limits or the close handshake.

Only what a client needs: no extensions (permessage-deflate is never offered, so a
server may not use RSV bits), text and binary messages, ping/pong, close.
"""
from __future__ import annotations

import base64
import codecs
import hashlib
import os
from typing import Callable, List, NamedTuple, Optional, Sequence, Tuple, Union

from .._exceptions import OpenAIError

__all__ = [
    "OP_CONTINUATION", "OP_TEXT", "OP_BINARY", "OP_CLOSE", "OP_PING", "OP_PONG",
    "WebSocketError", "InvalidHandshake", "InvalidStatus", "ProtocolError", "PayloadTooBig",
    "ConnectionClosed", "ConnectionClosedOK", "ConnectionClosedError",
    "Close", "Frame", "Message", "Ping", "Pong", "Event",
    "new_key", "accept_key", "handshake_request", "HTTPResponseHead", "ResponseHeadReader",
    "check_handshake", "mask", "encode_frame", "close_payload", "parse_close_payload",
    "FrameParser", "ClientProtocol", "OPEN", "CLOSING", "CLOSED",
]

OP_CONTINUATION = 0x0
OP_TEXT = 0x1
OP_BINARY = 0x2
OP_CLOSE = 0x8
OP_PING = 0x9
OP_PONG = 0xA
_DATA_OPCODES = (OP_CONTINUATION, OP_TEXT, OP_BINARY)
_KNOWN_OPCODES = frozenset((OP_CONTINUATION, OP_TEXT, OP_BINARY, OP_CLOSE, OP_PING, OP_PONG))

# RFC 6455 §1.3: the fixed GUID a server hashes with the client's key.
_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_MAX_HEAD = 64 * 1024  # a handshake response head larger than this is not a WebSocket server

_CLOSE_NAMES = {
    1000: "OK", 1001: "going away", 1002: "protocol error", 1003: "unsupported data",
    1005: "no status received", 1006: "abnormal closure", 1007: "invalid data",
    1008: "policy violation", 1009: "message too big", 1010: "mandatory extension",
    1011: "internal error", 1012: "service restart", 1013: "try again later",
    1014: "bad gateway", 1015: "TLS handshake failure",
}
# Codes an endpoint may put in a close frame (RFC 6455 §7.4, IANA registry): 1005, 1006
# and 1015 only ever describe a closure locally; 1004 is reserved.
_SENDABLE_RANGE = frozenset((1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014))


def _sendable(code: int) -> bool:
    return code in _SENDABLE_RANGE or 3000 <= code <= 4999


# --------------------------------------------------------------------------- errors
class WebSocketError(OpenAIError):
    """Base of the WebSocket errors (named after the ``websockets`` library's, which the
    official SDK surfaces; these never carry request headers, so never credentials)."""


class InvalidHandshake(WebSocketError):
    """The server's answer to the opening handshake is not a valid WebSocket upgrade."""


class InvalidStatus(InvalidHandshake):
    """The server answered the handshake with an HTTP status other than 101."""

    def __init__(self, status_code: int, reason: str, headers: List[Tuple[str, str]], body: bytes) -> None:
        super().__init__(f"server rejected WebSocket connection: HTTP {status_code}")
        self.status_code = status_code
        self.reason = reason
        self.headers = headers
        self.body = body

    def header(self, name: str) -> Optional[str]:
        name = name.lower()
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None


class ProtocolError(WebSocketError):
    """The peer broke RFC 6455; ``code`` is the close code the client answers with."""

    def __init__(self, message: str, code: int = 1002) -> None:
        super().__init__(message)
        self.code = code


class PayloadTooBig(ProtocolError):
    def __init__(self, message: str) -> None:
        super().__init__(message, 1009)


class Close(NamedTuple):
    """A close frame's content; ``code`` 1005 stands for a frame without a status."""

    code: int
    reason: str = ""

    def describe(self) -> str:
        name = _CLOSE_NAMES.get(self.code, "registered" if 3000 <= self.code < 4000 else
                                "private use" if 4000 <= self.code < 5000 else "unknown")
        text = f"{self.code} ({name})"
        return f"{text} {self.reason}" if self.reason else text


class ConnectionClosed(WebSocketError):
    """Raised by receiving or sending once the connection is closed.

    ``rcvd``/``sent`` are the close frames received from / sent to the server (None when
    there was none); ``code`` is the received code, or 1006 when no close frame arrived.
    """

    def __init__(self, rcvd: Optional[Close], sent: Optional[Close], rcvd_then_sent: Optional[bool] = None) -> None:
        self.rcvd = rcvd
        self.sent = sent
        self.rcvd_then_sent = rcvd_then_sent
        super().__init__(self._describe())

    @property
    def code(self) -> int:
        return self.rcvd.code if self.rcvd is not None else 1006

    @property
    def reason(self) -> str:
        return self.rcvd.reason if self.rcvd is not None else ""

    def _describe(self) -> str:
        if self.rcvd is None and self.sent is None:
            return "no close frame received or sent"
        if self.rcvd is None:
            assert self.sent is not None
            return f"sent {self.sent.describe()}; no close frame received"
        if self.sent is None:
            return f"received {self.rcvd.describe()}; no close frame sent"
        if self.rcvd_then_sent:
            return f"received {self.rcvd.describe()}; then sent {self.sent.describe()}"
        return f"sent {self.sent.describe()}; then received {self.rcvd.describe()}"


class ConnectionClosedOK(ConnectionClosed):
    """Both sides exchanged a close frame with 1000, 1001 or no status (1005)."""


class ConnectionClosedError(ConnectionClosed):
    """Any other ending: an error code, a protocol error, or a dropped connection."""


_OK_CODES = (1000, 1001, 1005)


def closed_error(rcvd: Optional[Close], sent: Optional[Close],
                 rcvd_then_sent: Optional[bool] = None) -> ConnectionClosed:
    if rcvd is not None and sent is not None and rcvd.code in _OK_CODES and sent.code in _OK_CODES:
        return ConnectionClosedOK(rcvd, sent, rcvd_then_sent)
    return ConnectionClosedError(rcvd, sent, rcvd_then_sent)


# --------------------------------------------------------------------------- handshake
def new_key(random_bytes: Callable[[int], bytes] = os.urandom) -> str:
    """A fresh Sec-WebSocket-Key: 16 random bytes, base64 (RFC 6455 §4.1)."""
    return base64.b64encode(random_bytes(16)).decode("ascii")


def accept_key(key: str) -> str:
    """The Sec-WebSocket-Accept a server must answer ``key`` with (RFC 6455 §4.2.2)."""
    return base64.b64encode(hashlib.sha1(key.encode("ascii") + _GUID).digest()).decode("ascii")


_TOKEN_CHARS = frozenset(b"!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _check_header(name: str, value: str) -> None:
    if not name or not set(name.encode("latin-1", "replace")) <= _TOKEN_CHARS:
        raise ValueError(f"Invalid header name {name!r}")
    if any(c in value for c in "\r\n\0"):
        # The value is deliberately not shown: it may be a credential.
        raise ValueError(f"Invalid value for header {name!r}: line breaks and NUL are not allowed")


def handshake_request(*, host: str, target: str, key: str, headers: Sequence[Tuple[str, str]],
                      subprotocols: Sequence[str] = ()) -> bytes:
    """The opening handshake: ``GET target`` with the upgrade headers, then ``headers``."""
    if not target.startswith("/") or any(c in target for c in " \r\n\0"):
        raise ValueError("Invalid request target for the WebSocket handshake")
    lines = [
        f"GET {target} HTTP/1.1",
        f"Host: {host}",
        "Upgrade: websocket",
        "Connection: Upgrade",
        f"Sec-WebSocket-Key: {key}",
        "Sec-WebSocket-Version: 13",
    ]
    if subprotocols:
        lines.append("Sec-WebSocket-Protocol: " + ", ".join(subprotocols))
    for name, value in headers:
        _check_header(name, value)
        lines.append(f"{name}: {value}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")


class HTTPResponseHead(NamedTuple):
    status_code: int
    reason: str
    headers: List[Tuple[str, str]]

    def get(self, name: str) -> Optional[str]:
        """All values of ``name`` joined by ", " (RFC 9110 §5.3), or None."""
        name = name.lower()
        values = [v for k, v in self.headers if k.lower() == name]
        return ", ".join(values) if values else None


class ResponseHeadReader:
    """Collects an HTTP/1.1 response head (handshake answer, or a proxy's CONNECT answer)."""

    def __init__(self) -> None:
        self._buf = bytearray()

    def feed(self, data: bytes) -> Optional[Tuple[HTTPResponseHead, bytes]]:
        """The head and the bytes after it once the blank line has arrived, else None."""
        self._buf += data
        end = self._buf.find(b"\r\n\r\n")
        if end < 0:
            if len(self._buf) > _MAX_HEAD:
                raise InvalidHandshake("HTTP response head is too large")
            return None
        head = bytes(self._buf[:end]).decode("latin-1")
        rest = bytes(self._buf[end + 4:])
        lines = head.split("\r\n")
        parts = lines[0].split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/1.") or not parts[1].isdigit() or len(parts[1]) != 3:
            raise InvalidHandshake(f"invalid HTTP status line: {lines[0][:100]!r}")
        headers: List[Tuple[str, str]] = []
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if not sep or not name or name != name.strip():
                raise InvalidHandshake(f"invalid HTTP header line: {line[:100]!r}")
            headers.append((name, value.strip(" \t")))
        return HTTPResponseHead(int(parts[1]), parts[2] if len(parts) > 2 else "", headers), rest

    def feed_eof(self) -> None:
        raise InvalidHandshake("connection closed while reading HTTP response head")


def _tokens(value: Optional[str]) -> List[str]:
    return [t.strip().lower() for t in (value or "").split(",") if t.strip()]


def check_handshake(head: HTTPResponseHead, key: str, subprotocols: Sequence[str] = (),
                    body: bytes = b"") -> Optional[str]:
    """Validate the server's answer (RFC 6455 §4.1, client steps 1-6); returns the chosen
    subprotocol.  ``body`` is what followed the head, kept on ``InvalidStatus``."""
    if head.status_code != 101:
        raise InvalidStatus(head.status_code, head.reason, head.headers, body[:4096])
    if "websocket" not in _tokens(head.get("Upgrade")):
        raise InvalidHandshake("invalid Upgrade header in the handshake response")
    if "upgrade" not in _tokens(head.get("Connection")):
        raise InvalidHandshake("invalid Connection header in the handshake response")
    accept = head.get("Sec-WebSocket-Accept")
    if accept is None:
        raise InvalidHandshake("missing Sec-WebSocket-Accept header")
    if accept != accept_key(key):
        raise InvalidHandshake("invalid Sec-WebSocket-Accept header")
    if head.get("Sec-WebSocket-Extensions"):
        raise InvalidHandshake("server selected an extension the client did not offer")
    protocol = head.get("Sec-WebSocket-Protocol")
    if protocol is None:
        return None
    if "," in protocol or protocol not in subprotocols:
        raise InvalidHandshake(f"server selected an unknown subprotocol {protocol!r}")
    return protocol


# --------------------------------------------------------------------------- frames
def mask(data: bytes, key: bytes) -> bytes:
    """XOR ``data`` with the 4-byte ``key`` repeated (RFC 6455 §5.3), as one big-int XOR:
    far faster in pure Python than a per-byte loop for audio-sized payloads."""
    n = len(data)
    if n == 0:
        return b""
    stream = (key * (n // 4 + 1))[:n]
    return (int.from_bytes(data, "big") ^ int.from_bytes(stream, "big")).to_bytes(n, "big")


def encode_frame(opcode: int, payload: bytes, *, fin: bool = True, mask_key: Optional[bytes] = None) -> bytes:
    """One frame.  A client passes a fresh ``mask_key`` for every frame (RFC 6455 §5.1)."""
    n = len(payload)
    first = (0x80 if fin else 0) | opcode
    bit = 0x80 if mask_key is not None else 0
    if n < 126:
        head = bytes((first, bit | n))
    elif n < 1 << 16:
        head = bytes((first, bit | 126)) + n.to_bytes(2, "big")
    else:
        head = bytes((first, bit | 127)) + n.to_bytes(8, "big")
    if mask_key is None:
        return head + payload
    if len(mask_key) != 4:
        raise ValueError("mask_key must be 4 bytes")
    return head + mask_key + mask(payload, mask_key)


def close_payload(code: int = 1000, reason: str = "") -> bytes:
    """Body of a close frame; 1005 means an empty body (no status)."""
    if code == 1005:
        if reason:
            raise ValueError("a close frame without a status code cannot carry a reason")
        return b""
    if not _sendable(code):
        raise ValueError(f"invalid close code {code}")
    raw = reason.encode("utf-8")
    if len(raw) > 123:  # control frame payloads are at most 125 bytes (RFC 6455 §5.5)
        raise ValueError("close reason is longer than 123 bytes")
    return code.to_bytes(2, "big") + raw


def parse_close_payload(payload: bytes) -> Close:
    if not payload:
        return Close(1005)
    if len(payload) == 1:
        raise ProtocolError("close frame with a 1-byte body")
    code = int.from_bytes(payload[:2], "big")
    if not _sendable(code):
        raise ProtocolError(f"invalid close code {code}")
    try:
        reason = payload[2:].decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError("close reason is not valid UTF-8", 1007) from None
    return Close(code, reason)


class Frame(NamedTuple):
    fin: bool
    opcode: int
    payload: bytes


class _Buffer:
    """Received bytes read tentatively: ``take`` advances a cursor that ``commit`` makes
    final and ``rollback`` rewinds, so a parser can start on a frame and back out cleanly
    when the rest of it has not arrived yet."""

    __slots__ = ("_data", "_start", "_pos")

    def __init__(self) -> None:
        self._data = bytearray()
        self._start = 0
        self._pos = 0

    def __len__(self) -> int:
        return len(self._data) - self._start

    def feed(self, data: bytes) -> None:
        self._data += data

    def take(self, n: int) -> Optional[bytes]:
        end = self._pos + n
        if end > len(self._data):
            return None
        out = bytes(self._data[self._pos:end])
        self._pos = end
        return out

    def commit(self) -> None:
        self._start = self._pos
        # Compact now and then rather than on every frame: deleting a prefix is a copy.
        if self._start > 65536 and self._start * 2 > len(self._data):
            del self._data[:self._start]
            self._pos -= self._start
            self._start = 0

    def rollback(self) -> None:
        self._pos = self._start


class FrameParser:
    """Frames out of server bytes, checked against RFC 6455 §5 for a client."""

    def __init__(self) -> None:
        self._buf = _Buffer()

    def feed(self, data: bytes) -> None:
        self._buf.feed(data)

    def __len__(self) -> int:
        """Bytes received but not yet part of a returned frame."""
        return len(self._buf)

    def next_frame(self, budget: Optional[int] = None) -> Optional[Frame]:
        """The next whole frame, or None when more bytes are needed.  A data frame longer
        than ``budget`` raises ``PayloadTooBig`` as soon as its header is read, before any
        of its payload is buffered."""
        buf = self._buf
        head = buf.take(2)
        if head is None:
            return None
        first, second = head[0], head[1]
        fin = bool(first & 0x80)
        opcode = first & 0x0F
        if first & 0x70:
            raise ProtocolError("reserved bits set, but no extension was negotiated")
        if opcode not in _KNOWN_OPCODES:
            raise ProtocolError(f"unknown opcode {opcode:#x}")
        if second & 0x80:
            raise ProtocolError("server frames must not be masked")
        n = second & 0x7F
        if opcode >= OP_CLOSE:
            if not fin:
                raise ProtocolError("fragmented control frame")
            if n > 125:
                raise ProtocolError("control frame payload longer than 125 bytes")
        if n == 126:
            ext = buf.take(2)
            if ext is None:
                buf.rollback()
                return None
            n = int.from_bytes(ext, "big")
            if n < 126:
                raise ProtocolError("frame length not minimally encoded")
        elif n == 127:
            ext = buf.take(8)
            if ext is None:
                buf.rollback()
                return None
            n = int.from_bytes(ext, "big")
            if n >> 63:
                raise ProtocolError("frame length has the most significant bit set")
            if n < 1 << 16:
                raise ProtocolError("frame length not minimally encoded")
        if budget is not None and opcode in _DATA_OPCODES and n > budget:
            raise PayloadTooBig(f"message larger than the limit ({n} > {budget} bytes)")
        payload = buf.take(n)
        if payload is None:
            buf.rollback()
            return None
        buf.commit()
        return Frame(fin, opcode, payload)


# --------------------------------------------------------------------------- events
class Message(NamedTuple):
    """A whole data message.  ``data`` is the raw payload; for text it is valid UTF-8."""

    data: bytes
    is_text: bool

    def text(self) -> str:
        return self.data.decode("utf-8")


class Ping(NamedTuple):
    payload: bytes


class Pong(NamedTuple):
    payload: bytes


Event = Union[Message, Ping, Pong, Close]

OPEN, CLOSING, CLOSED = "OPEN", "CLOSING", "CLOSED"


class ClientProtocol:
    """One client connection after a successful handshake.

    ``state``: OPEN; CLOSING once the client sent a close frame; CLOSED once a close
    frame was received (the reply to it, if any, is already queued in
    ``data_to_send()``), the peer's EOF arrived, or the connection failed.
    Pings are answered automatically (the pong is queued in ``data_to_send()``).
    """

    def __init__(self, *, max_size: Optional[int] = 2 ** 20,
                 mask_source: Callable[[int], bytes] = os.urandom) -> None:
        self.max_size = max_size
        self._mask_source = mask_source
        self._parser = FrameParser()
        self._out = bytearray()
        self.state = OPEN
        self.close_sent: Optional[Close] = None
        self.close_rcvd: Optional[Close] = None
        self.close_rcvd_then_sent: Optional[bool] = None
        self.eof = False
        self.failure: Optional[ProtocolError] = None
        self._frag_opcode: Optional[int] = None
        self._frag_parts: List[bytes] = []
        self._frag_size = 0
        self._utf8: Optional[codecs.IncrementalDecoder] = None

    # ---------------------------------------------------------------- incoming
    def receive_data(self, data: bytes) -> None:
        if data and not self.eof:
            self._parser.feed(data)

    def receive_eof(self) -> None:
        self.eof = True

    def next_event(self) -> Optional[Event]:
        """The next event, or None when more bytes are needed (or nothing more will come:
        check ``state`` / ``eof``).  A protocol violation queues the matching close frame,
        moves to CLOSED and raises ``ProtocolError``."""
        if self.close_rcvd is not None or self.failure is not None:
            return None
        while True:
            budget = None if self.max_size is None else self.max_size - self._frag_size
            try:
                frame = self._parser.next_frame(budget)
                if frame is None:
                    if self.eof:
                        self.state = CLOSED
                    return None
                event = self._handle(frame)
            except ProtocolError as exc:
                self._fail(exc)
                raise
            if event is not None:
                return event

    def _handle(self, frame: Frame) -> Optional[Event]:
        op = frame.opcode
        if op == OP_PING:
            if self.state == OPEN:
                self._out += self._frame(OP_PONG, frame.payload)
            return Ping(frame.payload)
        if op == OP_PONG:
            return Pong(frame.payload)
        if op == OP_CLOSE:
            close = parse_close_payload(frame.payload)
            self.close_rcvd = close
            if self.state == OPEN:
                # Echo the status (RFC 6455 §5.5.1); an empty close is answered empty.
                self._out += self._frame(OP_CLOSE, close_payload(close.code))
                self.close_sent = Close(close.code)
                self.close_rcvd_then_sent = True
            elif self.close_rcvd_then_sent is None:
                self.close_rcvd_then_sent = False
            self.state = CLOSED
            return close
        # data frames
        if op == OP_CONTINUATION:
            if self._frag_opcode is None:
                raise ProtocolError("continuation frame without a message to continue")
        else:
            if self._frag_opcode is not None:
                raise ProtocolError("new data frame while a fragmented message is unfinished")
            self._frag_opcode = op
            self._utf8 = codecs.getincrementaldecoder("utf-8")() if op == OP_TEXT else None
        if self._utf8 is not None:
            try:
                self._utf8.decode(frame.payload, final=frame.fin)
            except UnicodeDecodeError:
                raise ProtocolError("text message is not valid UTF-8", 1007) from None
        self._frag_parts.append(frame.payload)
        self._frag_size += len(frame.payload)
        if not frame.fin:
            return None
        data = frame.payload if len(self._frag_parts) == 1 else b"".join(self._frag_parts)
        is_text = self._frag_opcode == OP_TEXT
        self._frag_opcode = None
        self._frag_parts = []
        self._frag_size = 0
        self._utf8 = None
        return Message(data, is_text)

    def _fail(self, exc: ProtocolError) -> None:
        self.failure = exc
        if self.state == OPEN:
            reason = str(exc).encode("utf-8")[:123].decode("utf-8", "ignore")
            self._out += self._frame(OP_CLOSE, close_payload(exc.code, reason))
            self.close_sent = Close(exc.code, reason)
        self.state = CLOSED

    # ---------------------------------------------------------------- outgoing
    def _frame(self, opcode: int, payload: bytes, fin: bool = True) -> bytes:
        return encode_frame(opcode, payload, fin=fin, mask_key=self._mask_source(4))

    def _check_open(self) -> None:
        if self.state != OPEN:
            raise self.closed_exception()

    def send_text(self, text: Union[str, bytes]) -> bytes:
        """A text frame; ``bytes`` must already be UTF-8."""
        self._check_open()
        return self._frame(OP_TEXT, text.encode("utf-8") if isinstance(text, str) else text)

    def send_binary(self, data: bytes) -> bytes:
        self._check_open()
        return self._frame(OP_BINARY, data)

    def send_ping(self, payload: bytes = b"") -> bytes:
        self._check_open()
        if len(payload) > 125:
            raise ValueError("ping payload longer than 125 bytes")
        return self._frame(OP_PING, payload)

    def send_pong(self, payload: bytes = b"") -> bytes:
        self._check_open()
        if len(payload) > 125:
            raise ValueError("pong payload longer than 125 bytes")
        return self._frame(OP_PONG, payload)

    def send_close(self, code: int = 1000, reason: str = "") -> bytes:
        """Start the closing handshake; b"" when a close frame was already sent or the
        connection is already closed."""
        if self.state != OPEN:
            return b""
        data = self._frame(OP_CLOSE, close_payload(code, reason))
        self.close_sent = Close(code, reason)
        self.state = CLOSING
        return data

    def data_to_send(self) -> bytes:
        """Frames the protocol itself produced (pongs, close replies) since the last call."""
        out = bytes(self._out)
        self._out.clear()
        return out

    def fail(self, code: int, reason: str = "") -> bytes:
        """Give up on the connection (e.g. keepalive timeout): the close frame to send."""
        self._fail(ProtocolError(reason, code))
        return self.data_to_send()

    def closed_exception(self) -> ConnectionClosed:
        return closed_error(self.close_rcvd, self.close_sent, self.close_rcvd_then_sent)
