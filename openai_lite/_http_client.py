"""The HTTP client objects a user may pass as ``http_client``, and the two flow drivers.

``DefaultHttpxClient`` / ``DefaultAsyncHttpxClient`` keep the SDK's names so drop-in code
runs; here they configure our own transports.  Each driver answers the commands of
``core.flow``: the only place where sync and async differ.
"""
from __future__ import annotations

import time
from time import monotonic

from ._timeout import DEFAULT_TIMEOUT, Timeout
from ._types import NOT_GIVEN, NotGiven
from .core.flow import Call, Close, Read, Send, Sleep
from .transport.base import AsyncResponse, Request, Response
from .transport.limits import DEFAULT_LIMITS, Limits

TYPE_CHECKING = False  # typing is not imported at run time: annotations only
if TYPE_CHECKING:
    from typing import Any, Generator, Optional, TypeVar, Union

    from .core.flow import Command
    from .transport.proxy import Proxy
    from .transport.tls import CertTypes, VerifyTypes

    R = TypeVar("R")

__all__ = ["SyncHttpClient", "AsyncHttpClient", "DefaultHttpxClient", "DefaultAsyncHttpxClient",
           "DEFAULT_CONNECTION_LIMITS"]

DEFAULT_CONNECTION_LIMITS = DEFAULT_LIMITS
_CLOSED = "Cannot send a request, as the client has been closed."


class _HttpClientBase:
    def __init__(
        self,
        *,
        proxy: "Union[str, Proxy, None]" = None,
        verify: "VerifyTypes" = True,
        cert: "Optional[CertTypes]" = None,
        timeout: "Union[float, Timeout, None, NotGiven]" = NOT_GIVEN,
        limits: Limits = DEFAULT_LIMITS,
        local_address: Optional[str] = None,
        trust_env: bool = True,
        follow_redirects: bool = True,
    ) -> None:
        if proxy is not None:
            from .transport.proxy import Proxy, parse_proxy

            if not isinstance(proxy, (str, Proxy)):
                raise TypeError("proxy must be a URL string")
            if isinstance(proxy, str):
                proxy = parse_proxy(proxy)  # fail early on a bad proxy URL
        self.proxy = proxy
        self.verify = verify
        self.cert = cert
        self.timeout: "Union[float, Timeout, None]" = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self.limits = limits
        self.local_address = local_address
        self.trust_env = trust_env
        self.follow_redirects = follow_redirects
        self._closed = False

    def is_closed(self) -> bool:
        return self._closed

    def __repr__(self) -> str:
        return f"<{type(self).__name__} proxy={self.proxy!r} verify={'custom' if self.verify not in (True, False) else self.verify}>"


class SyncHttpClient(_HttpClientBase):
    """Connection pool and settings for the sync clients; safe to share between threads."""

    _transport: Any = None

    @property
    def transport(self) -> Any:
        if self._transport is None:
            from .transport.sync import SyncTransport

            self._transport = SyncTransport(verify=self.verify, cert=self.cert, proxy=self.proxy,
                                            trust_env=self.trust_env, limits=self.limits,
                                            local_address=self.local_address)
        return self._transport

    def send(self, request: Request) -> Response:
        if self._closed:
            raise RuntimeError(_CLOSED)
        response: Response = self.transport.handle_request(request)
        return response

    def run(self, flow: "Generator[Command, Any, R]") -> R:
        value: Any = None
        error: Optional[BaseException] = None
        while True:
            try:
                cmd = flow.send(value) if error is None else flow.throw(error)
            except StopIteration as stop:
                result: R = stop.value
                return result
            value = error = None
            try:
                kind = type(cmd)
                if kind is Send:
                    start = monotonic()
                    value = self.send(cmd.request)  # type: ignore[union-attr]
                    value._elapsed = monotonic() - start  # seconds; `elapsed` makes the timedelta
                elif kind is Read:
                    cmd.response.read()  # type: ignore[union-attr]
                elif kind is Close:
                    cmd.response.close()  # type: ignore[union-attr]
                elif kind is Sleep:
                    time.sleep(cmd.seconds)  # type: ignore[union-attr]
                elif kind is Call:
                    value = cmd.fn()  # type: ignore[union-attr]
            except Exception as e:  # handed to the flow, which decides
                error = e

    def close(self) -> None:
        self._closed = True
        if self._transport is not None:
            self._transport.close()

    def __enter__(self) -> "SyncHttpClient":
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class AsyncHttpClient(_HttpClientBase):
    """Connection pool and settings for the async clients (one event loop at a time)."""

    _transport: Any = None

    @property
    def transport(self) -> Any:
        if self._transport is None:
            from .transport.async_ import AsyncTransport

            self._transport = AsyncTransport(verify=self.verify, cert=self.cert, proxy=self.proxy,
                                             trust_env=self.trust_env, limits=self.limits,
                                             local_address=self.local_address)
        return self._transport

    async def send(self, request: Request) -> AsyncResponse:
        if self._closed:
            raise RuntimeError(_CLOSED)
        response: AsyncResponse = await self.transport.handle_request(request)
        return response

    async def run(self, flow: "Generator[Command, Any, R]") -> R:
        import asyncio

        value: Any = None
        error: Optional[BaseException] = None
        while True:
            try:
                cmd = flow.send(value) if error is None else flow.throw(error)
            except StopIteration as stop:
                result: R = stop.value
                return result
            value = error = None
            try:
                kind = type(cmd)
                if kind is Send:
                    if self._closed:
                        raise RuntimeError(_CLOSED)
                    start = monotonic()
                    # the transport directly, not through send(): one coroutine less per request
                    value = await (self._transport or self.transport).handle_request(cmd.request)  # type: ignore[union-attr]
                    value._elapsed = monotonic() - start  # seconds; `elapsed` makes the timedelta
                elif kind is Read:
                    await cmd.response.aread()  # type: ignore[union-attr]
                elif kind is Close:
                    await cmd.response.aclose()  # type: ignore[union-attr]
                elif kind is Sleep:
                    await asyncio.sleep(cmd.seconds)  # type: ignore[union-attr]
                elif kind is Call:
                    value = cmd.fn()  # type: ignore[union-attr]
                    if hasattr(value, "__await__"):
                        value = await value
            except Exception as e:
                error = e

    async def aclose(self) -> None:
        self._closed = True
        if self._transport is not None:
            await self._transport.aclose()

    close = aclose

    async def __aenter__(self) -> "AsyncHttpClient":
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()


def DefaultHttpxClient(**kwargs: Any) -> SyncHttpClient:  # noqa: N802 - the SDK's name
    """A sync HTTP client with the SDK's defaults (timeout 600 s / 5 s connect, 1000
    connections, 100 kept alive, redirects followed)."""
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    return SyncHttpClient(**kwargs)


def DefaultAsyncHttpxClient(**kwargs: Any) -> AsyncHttpClient:  # noqa: N802
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    return AsyncHttpClient(**kwargs)
