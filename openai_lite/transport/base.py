"""What crosses the transport seam: the request, the response and the transport errors.

Shared by the sync and async transports, so the two cannot disagree on how a body is
decoded, how headers are looked up or which error a failure becomes.
"""
from __future__ import annotations

from _collections_abc import Mapping  # collections.abc's own home: no collections import

from .._timeout import DEFAULT_TIMEOUT, Timeout

# typing would dominate a bare client's import and only annotations need it.  datetime,
# json and zlib are imported where first needed (elapsed, .json(), a compressed body).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Any, AsyncIterator, Dict, Iterable, Iterator, List, Optional, Tuple, Union

__all__ = [
    "Request", "Headers", "BaseResponse", "Response", "AsyncResponse",
    "TransportError", "ConnectError", "ReadError", "WriteError", "RemoteProtocolError",
    "ProxyError", "TimeoutException", "ConnectTimeout", "ReadTimeout", "WriteTimeout",
    "PoolTimeout", "ResponseNotRead", "StreamConsumed", "TooManyRedirects",
]


# --------------------------------------------------------------------------- errors
class TransportError(Exception):
    """A failure below HTTP semantics; the client maps it to APIConnectionError."""


class ConnectError(TransportError):
    """The connection could not be made: the server surely never saw the request."""


class ProxyError(ConnectError):
    pass


class ReadError(TransportError):
    pass


class WriteError(TransportError):
    pass


class RemoteProtocolError(TransportError):
    """The peer broke HTTP/1.1: bad status line, bad framing, body cut short."""


class TooManyRedirects(TransportError):
    pass


class TimeoutException(TransportError):
    pass


class ConnectTimeout(TimeoutException, ConnectError):
    pass


class ReadTimeout(TimeoutException):
    pass


class WriteTimeout(TimeoutException):
    pass


class PoolTimeout(TimeoutException):
    pass


class ResponseNotRead(RuntimeError):
    def __init__(self) -> None:
        super().__init__("Attempted to access the content of a streamed response before reading it; call read() first")


class StreamConsumed(RuntimeError):
    def __init__(self) -> None:
        super().__init__("The response body was already streamed and cannot be read again")


# --------------------------------------------------------------------------- request
class Request:
    """A fully built HTTP request: absolute URL, final headers, the whole body."""

    __slots__ = ("method", "url", "headers", "content", "timeout")

    def __init__(
        self,
        method: str,
        url: str,
        headers: "Optional[List[Tuple[str, str]]]" = None,
        content: Optional[bytes] = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
    ) -> None:
        self.method = method
        self.url = url
        self.headers: List[Tuple[str, str]] = list(headers or [])
        self.content = content
        self.timeout = timeout

    def header(self, name: str) -> Optional[str]:
        lname = name.lower()
        for k, v in self.headers:
            if k.lower() == lname:
                return v
        return None

    def __repr__(self) -> str:
        # Only method and URL: headers may carry credentials.
        return f"<Request({self.method!r}, {self.url!r})>"


# --------------------------------------------------------------------------- headers
class Headers(Mapping[str, str]):
    """Case-insensitive, multi-valued response headers; ``get`` joins repeats with ", "."""

    __slots__ = ("raw", "_index")

    def __init__(self, raw: "Union[Iterable[Tuple[str, str]], Mapping[str, str], None]" = None) -> None:
        if raw is None:
            pairs: List[Tuple[str, str]] = []
        elif isinstance(raw, Mapping):
            pairs = [(str(k), str(v)) for k, v in raw.items()]
        else:
            pairs = [(k, v) for k, v in raw]
        self.raw = pairs
        index: Dict[str, List[str]] = {}
        for k, v in pairs:
            index.setdefault(k.lower(), []).append(v)
        self._index = index

    @classmethod
    def _parsed(cls, raw: List[Tuple[str, str]], index: Dict[str, List[str]]) -> "Headers":
        """From a transport that already split the head and built the index (the list and
        the dict are taken over, not copied)."""
        self = cls.__new__(cls)
        self.raw = raw
        self._index = index
        return self

    def __getitem__(self, key: str) -> str:
        values = self._index.get(key.lower())
        if values is None:
            raise KeyError(key)
        return ", ".join(values)

    def get(self, key: str, default: Any = None) -> Any:
        # Mapping.get goes through __getitem__ and a caught KeyError: ~1 us per miss.
        values = self._index.get(key.lower())
        if values is None:
            return default
        return values[0] if len(values) == 1 else ", ".join(values)

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._index

    def get_list(self, key: str) -> List[str]:
        return list(self._index.get(key.lower(), []))

    def multi_items(self) -> List[Tuple[str, str]]:
        return list(self.raw)

    def __repr__(self) -> str:
        from ..core.redact import redact_headers
        return f"Headers({redact_headers(self.raw)!r})"


# --------------------------------------------------------------------------- content decoding
class _Decoder:
    """Undo Content-Encoding (gzip, deflate) incrementally, so memory stays flat."""

    def __init__(self, encoding: str) -> None:
        import zlib

        encodings = [e.strip().lower() for e in encoding.split(",") if e.strip()]
        self._error = zlib.error  # kept: decode runs per chunk, an import there would too
        self._steps: List[Any] = []
        for enc in reversed(encodings):
            if enc in ("gzip", "x-gzip"):
                self._steps.append(zlib.decompressobj(zlib.MAX_WBITS | 16))
            elif enc == "deflate":
                self._steps.append(_Deflate())
            elif enc == "identity":
                continue
            else:
                raise RemoteProtocolError(f"Unsupported Content-Encoding: {enc}")

    def decode(self, data: bytes) -> bytes:
        try:
            for step in self._steps:
                data = step.decompress(data)
        except self._error as exc:
            raise RemoteProtocolError(f"Failed to decode the response body: {exc}") from exc
        return data

    def flush(self) -> bytes:
        out = b""
        try:
            for step in self._steps:
                out = step.decompress(out) + step.flush()
        except self._error as exc:
            raise RemoteProtocolError(f"Failed to decode the response body: {exc}") from exc
        return out


class _Deflate:
    """'deflate' is zlib-wrapped per the RFC but raw deflate in the wild; accept both."""

    def __init__(self) -> None:
        import zlib

        self._head: Optional[bytes] = b""  # the first bytes, until a zlib header could be in them
        self._obj = zlib.decompressobj()

    def decompress(self, data: bytes) -> bytes:
        if self._head is not None:
            import zlib  # only until the form (zlib-wrapped or raw) is known

            data = self._head + data
            if len(data) < 2:
                self._head = data
                return b""
            self._head = None
            try:
                return bytes(self._obj.decompress(data))
            except zlib.error:
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
        return bytes(self._obj.decompress(data))

    def flush(self) -> bytes:
        if self._head:  # a one-byte body: not enough for either form
            data, self._head = self._head, None
            return self.decompress(data) + bytes(self._obj.flush())
        return bytes(self._obj.flush())


def _charset(content_type: Optional[str]) -> Optional[str]:
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            value = value.strip().strip('"').strip("'")
            if value:
                try:
                    import codecs
                    codecs.lookup(value)
                    return value
                except LookupError:
                    return None
    return None


def _rechunk(chunks: Iterable[bytes], size: Optional[int]) -> Iterator[bytes]:
    """Non-empty pieces as they come (``size`` None) or of exactly ``size`` bytes but the
    last.  A piece that already has the size is passed on as it is; the others are cut
    and joined with one copy per byte at most."""
    if size is None:
        for c in chunks:
            if c:
                yield c
        return
    if size <= 0:
        raise ValueError("chunk_size must be a positive integer")
    parts: List[Any] = []  # pending bytes (or views of them), ``have`` bytes in all
    have = 0
    for c in chunks:
        n = len(c)
        if not n:
            continue
        if type(c) is not bytes:
            c = bytes(c)
        pos = 0
        if have:
            need = size - have
            if n < need:
                parts.append(c)
                have += n
                continue
            parts.append(memoryview(c)[:need])
            yield b"".join(parts)
            parts = []
            have = 0
            pos = need
        elif n == size:
            yield c
            continue
        while n - pos >= size:
            yield c[pos:pos + size]
            pos += size
        if pos < n:
            parts.append(c[pos:] if pos else c)
            have = n - pos
    if have:
        yield b"".join(parts)


_LINE_BREAKS: Any = None  # compiled on first use: ``re`` is not needed at import


class LineSplitter:
    """Incremental line splitter: \\n, \\r\\n or \\r, even when \\r\\n spans two chunks."""

    def __init__(self) -> None:
        global _LINE_BREAKS
        if _LINE_BREAKS is None:
            import re
            _LINE_BREAKS = re.compile("\r\n|\r|\n")
        self._re = _LINE_BREAKS
        self._pending = ""
        self._skip_lf = False

    def feed(self, chunk: str) -> List[str]:
        if not chunk:
            return []
        text = self._pending + chunk
        if self._skip_lf and text.startswith("\n"):
            text = text[1:]
        self._skip_lf = text.endswith("\r")
        parts: List[str] = self._re.split(text)
        self._pending = parts.pop()
        return parts

    def flush(self) -> List[str]:
        rest, self._pending = self._pending, ""
        return [rest] if rest else []


def split_lines(text_chunks: Iterable[str]) -> Iterator[str]:
    splitter = LineSplitter()
    for chunk in text_chunks:
        yield from splitter.feed(chunk)
    yield from splitter.flush()


# --------------------------------------------------------------------------- responses
def _is_identity(encoding: Optional[str]) -> bool:
    """No Content-Encoding to undo (the usual case: the body is used as it came)."""
    return not encoding or encoding.strip().lower() == "identity"


class BaseResponse:
    """Status, headers and (once read) the body; sync and async differ only in I/O."""

    def __init__(
        self,
        status_code: int,
        *,
        headers: "Union[Headers, Iterable[Tuple[str, str]], None]" = None,
        request: Request,
        reason_phrase: str = "",
        http_version: str = "HTTP/1.1",
        content: Optional[bytes] = None,
        stream: Any = None,
    ) -> None:
        self.status_code = status_code
        self.reason_phrase = reason_phrase
        self.http_version = http_version
        # the type test first: isinstance against an ABC subclass costs a dozen times more
        self.headers = headers if type(headers) is Headers or isinstance(headers, Headers) else Headers(headers)
        self.request = request
        self.history: List["BaseResponse"] = []
        self._elapsed: "Union[float, datetime.timedelta]" = 0.0
        self.num_bytes_downloaded = 0
        self._decoder: Optional[_Decoder] = None
        self.stream = stream
        if content is None and stream is None:
            content = b""  # no body at all
        self._content: Optional[bytes] = content
        self.is_closed = self.is_stream_consumed = content is not None

    @property
    def elapsed(self) -> "datetime.timedelta":
        """From sending the request to the answer (drivers store seconds; the timedelta is
        made on first use, as few callers ever look)."""
        value = self._elapsed
        if isinstance(value, float):
            import datetime

            value = self._elapsed = datetime.timedelta(seconds=value)
        return value

    @elapsed.setter
    def elapsed(self, value: "Union[float, datetime.timedelta]") -> None:
        self._elapsed = value

    @property
    def url(self) -> str:
        return self.request.url

    @property
    def is_read(self) -> bool:
        """The whole body is in ``content`` (read, or handed over complete)."""
        return self._content is not None

    @property
    def content(self) -> bytes:
        if self._content is None:
            raise ResponseNotRead()
        return self._content

    @property
    def encoding(self) -> str:
        return _charset(self.headers.get("content-type")) or "utf-8"

    @property
    def text(self) -> str:
        return self.content.decode(self.encoding, errors="replace")

    def json(self, **kwargs: Any) -> Any:
        import json

        return json.loads(self.content, **kwargs)

    @property
    def is_success(self) -> bool:
        return 200 <= self.status_code < 300

    def _decode(self, data: bytes) -> bytes:
        if self._decoder is None:
            enc = self.headers.get("content-encoding")
            self._decoder = _Decoder(enc or "")
        return self._decoder.decode(data)

    def _flush(self) -> bytes:
        return self._decoder.flush() if self._decoder is not None else b""

    def __repr__(self) -> str:
        return f"<Response [{self.status_code} {self.reason_phrase}]>"


class SyncByteStream:
    """What a sync transport hands over: raw (still encoded) body chunks and a close.

    ``iter_chunks`` and ``read_all`` have generic versions here; a transport may do them
    with fewer copies (exact-size reads, one slice of what it already read)."""

    def __iter__(self) -> Iterator[bytes]:
        raise NotImplementedError  # pragma: no cover - interface

    def iter_chunks(self, size: int) -> Iterator[bytes]:
        """Raw pieces of exactly ``size`` bytes, the last one maybe shorter."""
        return _rechunk(iter(self), size)

    def read_all(self) -> bytes:
        """The rest of the raw body in one piece."""
        return b"".join(self)

    def close(self) -> None:
        pass


class AsyncByteStream:
    def __aiter__(self) -> AsyncIterator[bytes]:
        raise NotImplementedError  # pragma: no cover - interface

    async def aread_all(self) -> bytes:
        """The rest of the raw body in one piece (no async-generator layers per chunk)."""
        return b"".join([chunk async for chunk in self])

    async def aclose(self) -> None:
        pass


class Response(BaseResponse):
    stream: Optional[SyncByteStream]

    def read(self) -> bytes:
        if self._content is None:
            # The whole body in one call to the stream: no iterator layers, and a transport
            # that already holds the bytes hands them over without a copy.
            if self.is_stream_consumed:
                raise StreamConsumed()
            self.is_stream_consumed = True
            stream = self.stream
            assert stream is not None
            try:
                reader = getattr(stream, "read_all", None)
                raw = reader() if reader is not None else b"".join(stream)
                self.num_bytes_downloaded += len(raw)
                if not _is_identity(self.headers.get("content-encoding")):
                    raw = self._decode(raw) + self._flush()
            finally:
                self.close()
            self._content = raw
        return self._content

    def iter_raw(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        if self.is_stream_consumed:
            if self._content is not None:
                yield from _rechunk([self._content], chunk_size)
                return
            raise StreamConsumed()
        if chunk_size is not None and chunk_size <= 0:
            raise ValueError("chunk_size must be a positive integer")
        self.is_stream_consumed = True
        stream = self.stream
        assert stream is not None
        try:
            if chunk_size is None:
                source: Iterable[bytes] = stream
            else:
                sized = getattr(stream, "iter_chunks", None)
                source = sized(chunk_size) if sized is not None else _rechunk(stream, chunk_size)
            for chunk in source:
                if chunk:
                    self.num_bytes_downloaded += len(chunk)
                    yield chunk
        finally:
            self.close()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        if self._content is not None:
            return _rechunk([self._content], chunk_size)
        if _is_identity(self.headers.get("content-encoding")):
            return self.iter_raw(chunk_size)  # nothing to decode: one generator, not four
        return _rechunk(self._decoded(), chunk_size)

    def _decoded(self) -> Iterator[bytes]:
        for raw in self.iter_raw():
            out = self._decode(raw)
            if out:
                yield out
        tail = self._flush()
        if tail:
            yield tail

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        import codecs
        dec = codecs.getincrementaldecoder(self.encoding)(errors="replace")
        for chunk in self.iter_bytes(chunk_size):
            text = dec.decode(chunk)
            if text:
                yield text
        tail = dec.decode(b"", final=True)
        if tail:
            yield tail

    def iter_lines(self) -> Iterator[str]:
        return split_lines(self.iter_text())

    def close(self) -> None:
        if not self.is_closed:
            self.is_closed = True
            if self.stream is not None:
                self.stream.close()

    def __enter__(self) -> "Response":
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class AsyncResponse(BaseResponse):
    stream: Optional[AsyncByteStream]

    async def aread(self) -> bytes:
        if self._content is None:
            stream = self.stream
            if stream is not None and not self.is_stream_consumed and not self.headers.get("content-encoding"):
                # the common case: one call into the transport instead of three generator layers
                self.is_stream_consumed = True
                try:
                    data = await stream.aread_all()
                finally:
                    await self.aclose()
                self.num_bytes_downloaded += len(data)
                self._content = data
            else:
                parts = [c async for c in self.aiter_bytes()]
                self._content = b"".join(parts)
        return self._content

    async def aiter_raw(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        if self.is_stream_consumed:
            if self._content is not None:
                for c in _rechunk([self._content], chunk_size):
                    yield c
                return
            raise StreamConsumed()
        self.is_stream_consumed = True
        assert self.stream is not None
        buf = bytearray()
        try:
            async for chunk in self.stream:
                self.num_bytes_downloaded += len(chunk)
                if chunk_size is None:
                    if chunk:
                        yield chunk
                    continue
                buf += chunk
                while len(buf) >= chunk_size:
                    yield bytes(buf[:chunk_size])
                    del buf[:chunk_size]
            if buf:
                yield bytes(buf)
        finally:
            await self.aclose()

    async def aiter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        if self._content is not None:
            for c in _rechunk([self._content], chunk_size):
                yield c
            return
        buf = bytearray()
        async for raw in self.aiter_raw():
            out = self._decode(raw)
            if chunk_size is None:
                if out:
                    yield out
                continue
            buf += out
            while len(buf) >= chunk_size:
                yield bytes(buf[:chunk_size])
                del buf[:chunk_size]
        buf += self._flush()
        if buf:
            yield bytes(buf)

    async def aiter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        import codecs
        dec = codecs.getincrementaldecoder(self.encoding)(errors="replace")
        async for chunk in self.aiter_bytes(chunk_size):
            text = dec.decode(chunk)
            if text:
                yield text
        tail = dec.decode(b"", final=True)
        if tail:
            yield tail

    async def aiter_lines(self) -> AsyncIterator[str]:
        splitter = LineSplitter()
        async for text in self.aiter_text():
            for line in splitter.feed(text):
                yield line
        for line in splitter.flush():
            yield line

    async def aclose(self) -> None:
        if not self.is_closed:
            self.is_closed = True
            if self.stream is not None:
                await self.stream.aclose()

    async def __aenter__(self) -> "AsyncResponse":
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()
