"""One call's life as a generator: build, send, maybe follow a redirect, maybe retry.

The generator never does I/O.  It yields commands and the driver answers them: the sync
driver with the sync transport and ``time.sleep``, the async one with the async
transport and ``asyncio.sleep``.  So both clients take every decision in this one place.
"""
from __future__ import annotations

import time

from .. import _exceptions as exc
from ..transport import base as t
from .._logging import get_logger
from . import retry
from .options import RequestOptions

TYPE_CHECKING = False  # typing is not imported at run time: annotations only
if TYPE_CHECKING:
    from typing import Any, Callable, Generator, Optional, Tuple, Union

__all__ = ["Send", "Read", "Close", "Sleep", "Call", "Command", "request_flow", "status_error"]


def _log(level: int, msg: str, *args: object) -> None:
    logger = get_logger()
    if logger is not None and logger.isEnabledFor(level):
        logger.log(level, msg, *args)


_DEBUG, _INFO = 10, 20


def _random() -> float:
    import random  # only a retry needs jitter

    return random.random()


class Send:
    __slots__ = ("request",)

    def __init__(self, request: t.Request) -> None:
        self.request = request


class Read:
    """Read the whole body (inside the retry guard, so a drop mid-body is retried)."""

    __slots__ = ("response",)

    def __init__(self, response: t.BaseResponse) -> None:
        self.response = response


class Close:
    __slots__ = ("response",)

    def __init__(self, response: t.BaseResponse) -> None:
        self.response = response


class Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Call:
    """Run a credential hook (api-key callable, Azure token provider); async drivers await
    the result when it is awaitable."""

    __slots__ = ("fn",)

    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn = fn


if TYPE_CHECKING:
    Command = Union[Send, Read, Close, Sleep, Call]
    Flow = Generator[Command, Any, Tuple[t.BaseResponse, int]]


def __getattr__(name: str) -> Any:
    # The aliases are built on first use (Azure imports Command), as they need typing.
    if name in ("Command", "Flow"):
        from typing import Any, Generator, Tuple, Union

        command = Union[Send, Read, Close, Sleep, Call]
        globals().update(Command=command, Flow=Generator[command, Any, Tuple[t.BaseResponse, int]])
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def status_error(response: t.BaseResponse) -> exc.APIStatusError:
    """The SDK's error for a non-2xx response whose body has been read."""
    import json

    status = response.status_code
    try:
        text = response.content.decode(response.encoding, errors="replace").strip()
    except t.ResponseNotRead:
        return exc.status_error_class(status)(f"Error code: {status}", response=response, body=None)
    body: object
    try:
        body = json.loads(text) if text else None
        parsed = text != ""
    except ValueError:
        parsed = False
    if parsed:
        message = f"Error code: {status} - {body!r}"
        if isinstance(body, dict) and "error" in body:
            body = body["error"]
    else:
        # Newer SDKs keep non-JSON text in .body but not in the message.
        body = text or None
        message = f"Error code: {status}"
    return exc.status_error_class(status)(message, response=response, body=body)


def request_flow(
    options: RequestOptions,
    *,
    build: Callable[[RequestOptions, int], Union[t.Request, Generator[Command, Any, t.Request]]],
    max_retries: int,
    read_body: bool,
    now: Callable[[], float] = time.time,
    rand: Callable[[], float] = _random,
) -> Flow:
    """Drive one call.  ``build(options, attempt)`` returns the attempt's request, or a
    sub-flow that makes it when a credential hook has to be asked first.  Returns (final
    response, retries taken); raises the SDK's errors."""
    attempt = 0
    while True:
        remaining = max_retries - attempt
        built = build(options, attempt)
        request = built if isinstance(built, t.Request) else (yield from built)
        retry_after: Optional[t.Headers] = None
        try:
            response = yield Send(request)
            if options.follow_redirects and response.status_code in _REDIRECTS:
                response = yield from _follow_redirects(request, response)
            success = 200 <= response.status_code < 300
            if success:
                if read_body and not response.is_read:  # a transport may hand it over read
                    yield Read(response)
            elif remaining > 0 and retry.should_retry(response.status_code, response.headers, now()):
                retry_after = response.headers
                yield Close(response)  # the body of a retried error is never needed
            else:
                yield Read(response)
        except t.TimeoutException as e:
            if remaining > 0:
                yield from _retry_sleep(request, attempt, None, now, rand)
                attempt += 1
                continue
            _log(_DEBUG, "Raising timeout error")
            raise exc.APITimeoutError(request) from e
        except t.TransportError as e:
            if remaining > 0:
                yield from _retry_sleep(request, attempt, None, now, rand)
                attempt += 1
                continue
            _log(_DEBUG, "Raising connection error")
            raise exc.APIConnectionError(request=request) from e

        logger = get_logger()
        if logger is not None and logger.isEnabledFor(_DEBUG):
            logger.debug('HTTP Response: %s %s "%d %s" %s', request.method, request.url,
                         response.status_code, response.reason_phrase, _RedactedHeaders(response.headers))
        if retry_after is not None:
            yield from _retry_sleep(request, attempt, retry_after, now, rand)
            attempt += 1
            continue
        if success:
            return response, attempt
        raise status_error(response)


_REDIRECTS = frozenset((301, 302, 303, 307, 308))


def _follow_redirects(request: t.Request, response: t.BaseResponse) -> Generator[Command, Any, t.BaseResponse]:
    """From a redirect answer to the final one (or the last redirect we may not follow)."""
    from . import redirects  # urllib.parse: only a redirect needs it

    hops = 0
    while response.status_code in _REDIRECTS:
        nxt = redirects.redirect_request(request, response.status_code, response.headers.get("location"))
        if nxt is None:
            return response
        hops += 1
        yield Close(response)
        if hops > redirects.MAX_REDIRECTS:
            raise t.TooManyRedirects(f"Exceeded maximum allowed redirects ({redirects.MAX_REDIRECTS})")
        request = nxt
        response = yield Send(request)
    return response


def _retry_sleep(request: t.Request, attempt: int, headers: Optional[t.Headers],
                 now: Callable[[], float], rand: Callable[[], float]) -> Generator[Command, Any, None]:
    seconds = retry.retry_sleep(attempt, headers, now(), rand())
    _log(_INFO, "Retrying request to %s in %f seconds", _path_of(request.url), seconds)
    yield Sleep(seconds)


def _path_of(url: str) -> str:
    rest = url.split("://", 1)[-1]
    i = rest.find("/")
    return rest[i:] if i >= 0 else "/"


class _RedactedHeaders:
    """Formats headers for a log line only if the line is emitted, secrets hidden."""

    __slots__ = ("headers",)

    def __init__(self, headers: t.Headers) -> None:
        self.headers = headers

    def __str__(self) -> str:
        from .redact import redact_headers

        return str(dict(redact_headers(self.headers.raw)))
