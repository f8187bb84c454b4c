"""Incremental Server-Sent Events decoding: raw body bytes in, events out.

Works line-wise on bytes with C-level ``split``/``replace`` (never a per-character loop,
never ``str.splitlines`` which would split JSON text on U+2028 and friends).  Field rules
follow the WHATWG event-stream format as the official SDK applies it.
"""
from __future__ import annotations

import json
from typing import Any, AsyncIterable, AsyncIterator, Iterable, Iterator, List, Optional

__all__ = ["ServerSentEvent", "SSEDecoder", "iter_events", "aiter_events"]


class ServerSentEvent:
    __slots__ = ("event", "data", "id", "retry")

    # Positional use is allowed (the SDK's is keyword-only) because the decoder builds
    # one of these per streamed chunk and keyword calls cost twice as much.
    def __init__(
        self,
        event: Optional[str] = None,
        data: str = "",
        id: Optional[str] = None,
        retry: Optional[int] = None,
    ) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def json(self) -> Any:
        return json.loads(self.data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (self.event, self.data, self.id, self.retry) == (
            other.event, other.data, other.id, other.retry
        )

    __hash__ = None  # type: ignore[assignment]  # mutable value object

    def __repr__(self) -> str:
        return (
            f"ServerSentEvent(event={self.event!r}, data={self.data!r}, "
            f"id={self.id!r}, retry={self.retry!r})"
        )


class SSEDecoder:
    """Feed body chunks in arrival order; get the events completed by each chunk."""

    __slots__ = (
        "_partial", "_skip_lf", "_event", "_data", "_retry", "_dirty", "_last_id", "_dropped"
    )

    def __init__(self) -> None:
        self._partial: List[bytes] = []  # pieces of a line whose terminator has not arrived
        self._skip_lf = False  # last chunk ended in "\r": a leading "\n" is the same break
        self._event: Optional[str] = None
        self._data: List[bytes] = []
        self._retry: Optional[int] = None
        self._dirty = False  # some field of the pending event was set since last dispatch
        self._last_id: Optional[str] = None
        self._dropped = False  # flush() discarded an event that had fields but no blank line

    @property
    def last_event_id(self) -> Optional[str]:
        return self._last_id

    @property
    def has_pending(self) -> bool:
        """Whether the bytes so far end inside an event (after ``flush()``: whether it
        dropped one).  Such a stream was cut off rather than finished; the SDK drops the
        event silently, callers may prefer to report a broken connection."""
        if self._dropped or self._data or self._dirty:
            return True
        # A buffered incomplete line counts unless it is a comment (a trailing ": ping").
        return bool(self._partial) and self._partial[0][:1] != b":"

    def feed(self, chunk: bytes) -> List[ServerSentEvent]:
        if self._skip_lf:
            if not chunk:
                return []
            self._skip_lf = False
            if chunk[0] == 0x0A:
                chunk = chunk[1:]
        # `int in bytes` is a plain memchr; `b"\r" in bytes` is several times slower.
        if 0x0D in chunk:
            # Rare in practice (servers send "\n"); normalise so one split suffices.
            self._skip_lf = chunk[-1] == 0x0D
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        elif 0x0A not in chunk:
            if chunk:
                # Keep pieces instead of concatenating: a 64 MiB line arriving in small
                # chunks must stay linear.
                self._partial.append(chunk)
            return []
        lines = chunk.split(b"\n")
        tail = lines.pop()
        if self._partial:
            self._partial.append(lines[0])
            lines[0] = b"".join(self._partial)
            self._partial = [tail] if tail else []
        elif tail:
            self._partial = [tail]
        return self._process(lines)

    def flush(self) -> List[ServerSentEvent]:
        """End of stream: an unterminated last line still counts, an unterminated event not."""
        if self._partial:
            line = b"".join(self._partial)
            self._partial = []
            self._process([line])
        self._skip_lf = False
        self._dropped = bool(self._data) or self._dirty
        self._reset()
        return []

    def _reset(self) -> None:
        self._event = None
        self._data = []
        self._retry = None
        self._dirty = False

    def _process(self, lines: List[bytes]) -> List[ServerSentEvent]:
        events: List[ServerSentEvent] = []
        data = self._data
        for line in lines:
            if not line:
                if data or self._dirty:
                    events.append(
                        ServerSentEvent(
                            self._event,
                            (data[0] if len(data) == 1 else b"\n".join(data)).decode(
                                "utf-8", "replace"
                            ),
                            self._last_id,
                            self._retry,
                        )
                    )
                    data = self._data = []
                    if self._dirty:
                        self._event = None
                        self._retry = None
                        self._dirty = False
            elif line.startswith(b"data: "):  # the overwhelmingly common line
                data.append(line[6:])
            elif line[0] != 0x3A:  # ":" starts a comment (keep-alive pings)
                self._field(line, data)
        return events

    def _field(self, line: bytes, data: List[bytes]) -> None:
        name, colon, value = line.partition(b":")
        if colon and value[:1] == b" ":
            value = value[1:]
        if name == b"data":
            data.append(value)
        elif name == b"event":
            # An empty name means "message"; the SDK reports it as None and so do we.
            self._event = value.decode("utf-8", "replace") or None
            if value:
                self._dirty = True
        elif name == b"id":
            if b"\0" not in value:
                self._last_id = value.decode("utf-8", "replace")
                if value:
                    self._dirty = True
        elif name == b"retry":
            if value.isdigit():  # bytes.isdigit: ASCII digits only, as WHATWG requires
                self._retry = int(value)
                self._dirty = True


def iter_events(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    decoder = SSEDecoder()
    for chunk in chunks:
        yield from decoder.feed(chunk)
    yield from decoder.flush()


async def aiter_events(chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
    decoder = SSEDecoder()
    async for chunk in chunks:
        for event in decoder.feed(chunk):
            yield event
    for event in decoder.flush():
        yield event
