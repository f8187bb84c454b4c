"""Turning an HTTP response into what a method returns, and the raw/streamed wrappers."""
from __future__ import annotations

from . import _exceptions as exc
from .transport.base import AsyncResponse, BaseResponse, Headers, Request, Response, StreamConsumed

# A client is built with this module loaded: typing, json and datetime would dominate that,
# so json is imported where a body is parsed and the others serve annotations only.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    import os
    from typing import Any, AsyncIterator, Callable, Dict, Iterator, Optional, Union

    from .core.options import RequestOptions

__all__ = ["ResultSpec", "parse_content", "LegacyAPIResponse", "APIResponse", "AsyncAPIResponse",
           "HttpxBinaryResponseContent", "BinaryResponseContent", "StreamedBinaryAPIResponse",
           "AsyncStreamedBinaryAPIResponse"]


class BinaryResponseContent:
    """Marker return type for endpoints whose body is raw bytes (speech, file content)."""


class ResultSpec:
    """How a method's result is built from its response."""

    __slots__ = ("cast_to", "stream", "stream_cls", "page_cls", "post_parser")

    def __init__(self, cast_to: Any, *, stream: bool = False, stream_cls: Any = None,
                 page_cls: Any = None, post_parser: Optional[Callable[[Any], Any]] = None) -> None:
        self.cast_to = cast_to
        self.stream = stream
        self.stream_cls = stream_cls
        self.page_cls = page_cls
        self.post_parser = post_parser


_media_types: "Dict[str, str]" = {}  # Content-Type value -> its media type, bounded


def _media_type(response: BaseResponse) -> str:
    ct = response.headers.get("content-type")
    if not ct:
        return "*"
    media = _media_types.get(ct)
    if media is None:
        media = ct.split(";", 1)[0].strip().lower()
        if len(_media_types) < 256:
            _media_types[ct] = media
    return media


# What a ``cast_to`` asks of the body, worked out once per type: a call only looks it up.
_JSON, _NOTHING, _TEXT, _BYTES, _BINARY, _RESPONSE = range(6)
_kinds: "Dict[Any, int]" = {}


def _kind_of(cast_to: Any) -> int:
    if cast_to is None or cast_to is type(None):
        kind = _NOTHING
    elif cast_to is str:
        kind = _TEXT
    elif cast_to is bytes:
        kind = _BYTES
    elif isinstance(cast_to, type) and issubclass(cast_to, BinaryResponseContent):
        kind = _BINARY
    elif isinstance(cast_to, type) and issubclass(cast_to, BaseResponse):
        kind = _RESPONSE
    else:
        kind = _JSON
    try:
        if len(_kinds) < 1024:
            _kinds[cast_to] = kind
    except TypeError:  # unhashable: simply not remembered
        pass
    return kind


def parse_content(response: BaseResponse, spec: ResultSpec, client: Any, options: "RequestOptions",
                  to: Any = None) -> Any:
    """Parse an already-read body per ``spec`` (or into ``to``)."""
    cast_to = to if to is not None else spec.cast_to
    try:
        kind = _kinds[cast_to]
    except (KeyError, TypeError):
        kind = _kind_of(cast_to)
    if kind != _JSON:
        if kind == _NOTHING:
            return None
        if kind == _TEXT:
            return response.text
        if kind == _BYTES:
            return response.content
        if kind == _BINARY:
            return HttpxBinaryResponseContent(response)
        return response
    media = _media_type(response)
    data = _decode_json(response, client, media)
    if isinstance(data, str) and not media.endswith("json"):
        return data  # non-JSON text where a model was expected: the SDK returns the text
    if to is None and spec.page_cls is not None:
        page = spec.page_cls.build(data, item_type=cast_to, client=client, options=options,
                                   response=response)
        page._request_id = response.headers.get("x-request-id")
        return page
    BaseModel, construct_type = _models()
    strict = bool(getattr(client, "_strict_response_validation", False))
    if strict:
        try:
            result = construct_type(type_=cast_to, value=data, strict=True)
        except (TypeError, ValueError) as e:
            raise exc.APIResponseValidationError(response, data, message=str(e)) from e
    else:
        result = construct_type(type_=cast_to, value=data)
    if spec.post_parser is not None and to is None:
        result = spec.post_parser(result)
    if isinstance(result, BaseModel):
        object.__setattr__(result, "_request_id", response.headers.get("x-request-id"))
    return result


_models_cache: Any = None
_json: Any = None


def _import_json() -> Any:
    global _json
    import json

    _json = json
    return json


def _models() -> Any:
    """(BaseModel, construct_type), imported on the first parse and then kept."""
    global _models_cache
    if _models_cache is None:
        from ._models import BaseModel, construct_type

        _models_cache = (BaseModel, construct_type)
    return _models_cache


def _decode_json(response: BaseResponse, client: Any, media: str) -> Any:
    json = _json or _import_json()
    content = response.content
    if media.endswith("json"):
        try:
            return json.loads(content)
        except ValueError as e:
            raise exc.APIResponseValidationError(
                response, response.text,
                message=f"The response body is not valid JSON ({e}); status {response.status_code}",
            ) from e
    try:
        return json.loads(content)
    except ValueError:
        if getattr(client, "_strict_response_validation", False):
            raise exc.APIResponseValidationError(
                response, response.text,
                message=f"Expected Content-Type response header to be `application/json` but received `{response.headers.get('content-type')}` instead.",
            ) from None
        return response.text


class HttpxBinaryResponseContent(BinaryResponseContent):
    """An already-read binary body (speech audio, file content)."""

    def __init__(self, response: BaseResponse) -> None:
        self.response = response

    @property
    def content(self) -> bytes:
        return self.response.content

    @property
    def text(self) -> str:
        return self.response.text

    @property
    def encoding(self) -> str:
        return self.response.encoding

    def json(self, **kwargs: Any) -> Any:
        import json

        return json.loads(self.response.content, **kwargs)

    def read(self) -> bytes:
        return self.response.content

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        data = self.response.content
        size = chunk_size or len(data) or 1
        for i in range(0, len(data), size):
            yield data[i:i + size]

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        for chunk in self.iter_bytes(chunk_size):
            yield chunk.decode(self.encoding, errors="replace")

    def iter_lines(self) -> Iterator[str]:
        from .transport.base import split_lines

        return split_lines([self.text])

    def iter_raw(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.iter_bytes(chunk_size)

    def write_to_file(self, file: "Union[str, os.PathLike[str]]") -> None:
        with open(file, "wb") as f:
            f.write(self.response.content)

    def stream_to_file(self, file: "Union[str, os.PathLike[str]]", *, chunk_size: Optional[int] = None) -> None:
        self.write_to_file(file)

    def close(self) -> None:
        pass

    async def aread(self) -> bytes:
        return self.response.content

    async def aiter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        for chunk in self.iter_bytes(chunk_size):
            yield chunk

    async def aiter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        for chunk in self.iter_text(chunk_size):
            yield chunk

    async def aiter_lines(self) -> AsyncIterator[str]:
        for line in self.iter_lines():
            yield line

    async def awrite_to_file(self, file: "Union[str, os.PathLike[str]]") -> None:
        self.write_to_file(file)

    async def astream_to_file(self, file: "Union[str, os.PathLike[str]]", *, chunk_size: Optional[int] = None) -> None:
        self.write_to_file(file)

    async def aclose(self) -> None:
        pass


class _ResponseInfo:
    """The response facts every wrapper exposes."""

    http_response: Any
    retries_taken: int

    @property
    def headers(self) -> Headers:
        return self.http_response.headers  # type: ignore[no-any-return]

    @property
    def http_request(self) -> Request:
        return self.http_response.request  # type: ignore[no-any-return]

    @property
    def status_code(self) -> int:
        return self.http_response.status_code  # type: ignore[no-any-return]

    @property
    def url(self) -> str:
        return self.http_response.url  # type: ignore[no-any-return]

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version  # type: ignore[no-any-return]

    @property
    def elapsed(self) -> datetime.timedelta:
        return self.http_response.elapsed  # type: ignore[no-any-return]

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed  # type: ignore[no-any-return]

    @property
    def request_id(self) -> Optional[str]:
        value: Optional[str] = self.headers.get("x-request-id")
        return value

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}] {self.method} {self.url}>"


class LegacyAPIResponse(_ResponseInfo):
    """``.with_raw_response``: the body is already read; ``parse()`` gives the usual result."""

    def __init__(self, *, raw: BaseResponse, spec: ResultSpec, client: Any, options: "RequestOptions",
                 retries_taken: int) -> None:
        self.http_response = raw
        self._spec = spec
        self._client = client
        self._options = options
        self.retries_taken = retries_taken
        self._parsed: Dict[Any, Any] = {}

    def parse(self, *, to: Any = None) -> Any:
        key = to if to is not None else "__default__"
        if key not in self._parsed:
            if to is None and self._spec.stream:
                self._parsed[key] = self._spec.stream_cls(cast_to=self._spec.cast_to, response=self.http_response,
                                                          client=self._client)
            else:
                self._parsed[key] = parse_content(self.http_response, self._spec, self._client, self._options, to)
        return self._parsed[key]

    @property
    def parsed(self) -> Any:
        return self.parse()

    @property
    def content(self) -> bytes:
        return self.http_response.content  # type: ignore[no-any-return]

    @property
    def text(self) -> str:
        return self.http_response.text  # type: ignore[no-any-return]

    def json(self) -> Any:
        return self.http_response.json()


class APIResponse(_ResponseInfo):
    """``.with_streaming_response``: nothing is read until asked; usable with or without
    ``with``; leaving the block closes the connection."""

    http_response: Response

    def __init__(self, *, raw: Response, spec: ResultSpec, client: Any, options: "RequestOptions",
                 retries_taken: int) -> None:
        self.http_response = raw
        self._spec = spec
        self._client = client
        self._options = options
        self.retries_taken = retries_taken
        self._parsed: Dict[Any, Any] = {}

    def parse(self, *, to: Any = None) -> Any:
        key = to if to is not None else "__default__"
        if key in self._parsed:
            return self._parsed[key]
        if to is None and self._spec.stream:
            value = self._spec.stream_cls(cast_to=self._spec.cast_to, response=self.http_response, client=self._client)
        else:
            self.read()
            value = parse_content(self.http_response, self._spec, self._client, self._options, to)
        self._parsed[key] = value
        return value

    def read(self) -> bytes:
        try:
            return _guard_body(self.http_response, self.http_response.read)
        except StreamConsumed:
            raise exc.StreamAlreadyConsumed() from None

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> Any:
        self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return _guard_iter(self.http_response, self.http_response.iter_bytes(chunk_size))

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        return _guard_iter(self.http_response, self.http_response.iter_text(chunk_size))

    def iter_lines(self) -> Iterator[str]:
        return _guard_iter(self.http_response, self.http_response.iter_lines())

    def write_to_file(self, file: "Union[str, os.PathLike[str]]", *, chunk_size: Optional[int] = None) -> None:
        with open(file, "wb") as f:
            for chunk in self.iter_bytes(chunk_size):
                f.write(chunk)

    stream_to_file = write_to_file

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> "APIResponse":
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


StreamedBinaryAPIResponse = APIResponse


class AsyncAPIResponse(_ResponseInfo):
    http_response: AsyncResponse

    def __init__(self, *, raw: AsyncResponse, spec: ResultSpec, client: Any, options: "RequestOptions",
                 retries_taken: int) -> None:
        self.http_response = raw
        self._spec = spec
        self._client = client
        self._options = options
        self.retries_taken = retries_taken
        self._parsed: Dict[Any, Any] = {}

    async def parse(self, *, to: Any = None) -> Any:
        key = to if to is not None else "__default__"
        if key in self._parsed:
            return self._parsed[key]
        if to is None and self._spec.stream:
            value = self._spec.stream_cls(cast_to=self._spec.cast_to, response=self.http_response, client=self._client)
        else:
            await self.read()
            value = parse_content(self.http_response, self._spec, self._client, self._options, to)
        self._parsed[key] = value
        return value

    async def read(self) -> bytes:
        try:
            return await _aguard_body(self.http_response)
        except StreamConsumed:
            raise exc.StreamAlreadyConsumed() from None

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        await self.read()
        return self.http_response.json()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        async for c in _aguard_iter(self.http_response, self.http_response.aiter_bytes(chunk_size)):
            yield c

    async def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        async for c in _aguard_iter(self.http_response, self.http_response.aiter_text(chunk_size)):
            yield c

    async def iter_lines(self) -> AsyncIterator[str]:
        async for c in _aguard_iter(self.http_response, self.http_response.aiter_lines()):
            yield c

    async def write_to_file(self, file: "Union[str, os.PathLike[str]]", *, chunk_size: Optional[int] = None) -> None:
        with open(file, "wb") as f:
            async for chunk in self.iter_bytes(chunk_size):
                f.write(chunk)

    stream_to_file = write_to_file

    async def close(self) -> None:
        await self.http_response.aclose()

    async def __aenter__(self) -> "AsyncAPIResponse":
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()


AsyncStreamedBinaryAPIResponse = AsyncAPIResponse


# Transport failures while a caller reads a body become the SDK's own errors.
def transport_error_to_api(e: Exception, request: Request) -> exc.APIConnectionError:
    from .transport.base import TimeoutException

    if isinstance(e, TimeoutException):
        return exc.APITimeoutError(request)
    return exc.APIConnectionError(message=f"Connection error: {e}", request=request)


def _guard_body(response: Response, read: Callable[[], bytes]) -> bytes:
    from .transport.base import TransportError

    try:
        return read()
    except TransportError as e:
        raise transport_error_to_api(e, response.request) from e


def _guard_iter(response: Response, it: Iterator[Any]) -> Iterator[Any]:
    from .transport.base import TransportError

    try:
        for item in it:
            yield item
    except TransportError as e:
        raise transport_error_to_api(e, response.request) from e
    except StreamConsumed:
        raise exc.StreamAlreadyConsumed() from None


async def _aguard_body(response: AsyncResponse) -> bytes:
    from .transport.base import TransportError

    try:
        return await response.aread()
    except TransportError as e:
        raise transport_error_to_api(e, response.request) from e


async def _aguard_iter(response: AsyncResponse, it: AsyncIterator[Any]) -> AsyncIterator[Any]:
    from .transport.base import TransportError

    try:
        async for item in it:
            yield item
    except TransportError as e:
        raise transport_error_to_api(e, response.request) from e
    except StreamConsumed:
        raise exc.StreamAlreadyConsumed() from None
