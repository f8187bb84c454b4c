"""Server-sent event streams as iterators of typed items; the socket is always released."""
from __future__ import annotations

import json
from typing import Any, AsyncIterator, Generic, Iterator, Optional, TypeVar

from . import _exceptions as exc
from .transport.base import AsyncResponse, Response, TransportError

__all__ = ["Stream", "AsyncStream"]

T = TypeVar("T")


def _item(build: Any, sse: Any, request: Any) -> Any:
    """One event's item, or raise for an error payload (streaming_pagination.md §2).
    ``build`` is the item type's converter, resolved once per stream."""
    event = sse.event
    if event is not None and event.startswith("thread."):
        data = _loads(sse.data, request)
        return build({"event": event, "data": data})
    data = _loads(sse.data, request)
    if isinstance(data, dict) and data.get("error"):
        err = data["error"]
        message = None
        if isinstance(err, dict):
            m = err.get("message")
            if isinstance(m, str) and m:
                message = m
        raise exc.APIError(message or "An error occurred during streaming", request, body=err)
    return build(data)


def _loads(data: str, request: Any) -> Any:
    try:
        return json.loads(data)
    except ValueError as e:
        raise exc.APIError(f"Could not parse a streamed event as JSON: {e}", request, body=data) from e


class Stream(Generic[T]):
    """``for chunk in stream``; single pass; ``close()`` or ``with`` releases the socket."""

    response: Response

    def __init__(self, *, cast_to: Any, response: Response, client: Any = None) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._iterator = self.__stream__()

    def __next__(self) -> T:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[T]:
        for item in self._iterator:
            yield item

    def _events(self) -> Iterator[Any]:
        from .core.sse import SSEDecoder

        decoder = SSEDecoder()
        request = self.response.request
        try:
            for chunk in self.response.iter_bytes():
                for sse in decoder.feed(chunk):
                    yield sse
            for sse in decoder.flush():
                yield sse
        except TransportError as e:
            from ._response import transport_error_to_api

            raise transport_error_to_api(e, request) from e
        if _has_pending(decoder):
            raise exc.APIConnectionError(message="The event stream ended in the middle of an event.",
                                         request=request)

    def __stream__(self) -> Iterator[T]:
        from ._models import converter_for

        build = converter_for(self._cast_to)
        request = self.response.request
        try:
            for sse in self._events():
                if sse.data.startswith("[DONE]"):
                    break
                yield _item(build, sse, request)
        finally:
            self.response.close()

    def close(self) -> None:
        self._iterator.close()  # type: ignore[attr-defined]
        self.response.close()

    def __enter__(self) -> "Stream[T]":
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class AsyncStream(Generic[T]):
    response: AsyncResponse

    def __init__(self, *, cast_to: Any, response: AsyncResponse, client: Any = None) -> None:
        self.response = response
        self._cast_to = cast_to
        self._client = client
        self._iterator = self.__stream__()

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for item in self._iterator:
            yield item

    async def _events(self) -> AsyncIterator[Any]:
        from .core.sse import SSEDecoder

        decoder = SSEDecoder()
        request = self.response.request
        try:
            async for chunk in self.response.aiter_bytes():
                for sse in decoder.feed(chunk):
                    yield sse
            for sse in decoder.flush():
                yield sse
        except TransportError as e:
            from ._response import transport_error_to_api

            raise transport_error_to_api(e, request) from e
        if _has_pending(decoder):
            raise exc.APIConnectionError(message="The event stream ended in the middle of an event.",
                                         request=request)

    async def __stream__(self) -> AsyncIterator[T]:
        from ._models import converter_for

        build = converter_for(self._cast_to)
        request = self.response.request
        try:
            async for sse in self._events():
                if sse.data.startswith("[DONE]"):
                    break
                yield _item(build, sse, request)
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self._iterator.aclose()  # type: ignore[attr-defined]
        await self.response.aclose()

    async def __aenter__(self) -> "AsyncStream[T]":
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()


def _has_pending(decoder: Any) -> bool:
    """Did the bytes end inside an event (data seen, no blank line)?  That is a cut stream,
    not a finished one."""
    pending = getattr(decoder, "has_pending", None)
    if pending is None:
        return False
    return bool(pending() if callable(pending) else pending)
