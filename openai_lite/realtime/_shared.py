"""What the sync and async WebSocket connections share, with no I/O: the connection
options, URL and handshake headers, event serialisation, the bounded send queue, event
handler registries and the reconnect policy (webhooks_realtime.md §2, §3)."""
from __future__ import annotations

import dataclasses
import json
import threading
from collections import deque
from typing import (TYPE_CHECKING, Any, Awaitable, Callable, Deque, Dict, Generator, List, Mapping, Optional,
                    Sequence, Tuple, TypedDict, Union)
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from .. import _exceptions as exc
from .._types import NotGiven, Omit
from ..core.flow import Call

if TYPE_CHECKING:
    import ssl

__all__ = [
    "ReconnectingEvent", "ReconnectingOverrides", "OnReconnecting", "AsyncOnReconnecting", "is_recoverable_close",
    "reconnect_delay", "WebSocketConnectionOptions", "WSOptions", "parse_options", "SendQueue",
    "EventHandlerRegistry", "serialize_event", "ConnectPlan", "log",
]

Query = Mapping[str, object]
Headers = Mapping[str, Union[str, Omit]]


def log(level: int, msg: str, *args: object, exc_info: bool = False) -> None:
    from .._logging import get_logger

    logger = get_logger()
    if logger is not None and logger.isEnabledFor(level):
        logger.log(level, msg, *args, exc_info=exc_info)


DEBUG, INFO, WARNING = 10, 20, 30


# --------------------------------------------------------------------------- reconnection
@dataclasses.dataclass(frozen=True)
class ReconnectingEvent:
    """Passed to ``on_reconnecting`` before each reconnection attempt."""

    attempt: int
    """Which attempt this is (1-based)."""
    max_attempts: int
    """How many attempts will be made at most."""
    delay: float
    """Seconds waited before this attempt connects."""
    close_code: int
    """The close code that ended the connection (1006 when no close frame arrived)."""
    extra_query: Query
    """The query parameters the next connection will use."""
    extra_headers: Headers
    """The headers the next connection will use."""


class ReconnectingOverrides(TypedDict, total=False):
    """What ``on_reconnecting`` may return to change the next attempt."""

    extra_query: Query
    extra_headers: Headers
    abort: bool


OnReconnecting = Callable[[ReconnectingEvent], Optional[ReconnectingOverrides]]
# The async connections also await the callback's result when it is awaitable.
AsyncOnReconnecting = Callable[[ReconnectingEvent], Union[Optional[ReconnectingOverrides],
                                                          Awaitable[Optional[ReconnectingOverrides]]]]

# RFC 6455 §7.4.1 codes worth another try: server going away or restarting, overload,
# internal errors, and connections that ended without a (valid) close frame.
_RECOVERABLE = frozenset((1001, 1005, 1006, 1011, 1012, 1013, 1015))


def is_recoverable_close(code: int) -> bool:
    return code in _RECOVERABLE


def reconnect_delay(attempt: int, initial_delay: float, max_delay: float, rand: float) -> float:
    """Seconds before attempt ``attempt`` (1-based): exponential, capped, with a jitter
    factor in [0.75, 1.0] (``rand`` in [0, 1)); retries_timeouts_errors.md §2.5."""
    base: float = min(initial_delay * 2.0 ** (attempt - 1), max_delay)
    return base * (0.75 + 0.25 * rand)


# --------------------------------------------------------------------------- options
class WebSocketConnectionOptions(TypedDict, total=False):
    """``websocket_connection_options``: the ``websockets`` keyword arguments the SDK
    passes through, as far as they mean something here."""

    subprotocols: Optional[Sequence[str]]
    compression: Optional[str]
    extensions: Optional[Sequence[Any]]
    max_size: Optional[int]
    max_queue: Any
    write_limit: Any
    open_timeout: Optional[float]
    close_timeout: Optional[float]
    ping_interval: Optional[float]
    ping_timeout: Optional[float]
    ssl: "ssl.SSLContext"
    server_hostname: str
    proxy: Union[str, bool, None]
    user_agent_header: Optional[str]
    additional_headers: Headers


@dataclasses.dataclass(frozen=True)
class WSOptions:
    subprotocols: Tuple[str, ...] = ()
    max_size: Optional[int] = 2 ** 20
    open_timeout: Optional[float] = 10.0
    close_timeout: Optional[float] = 10.0
    ping_interval: Optional[float] = 20.0
    ping_timeout: Optional[float] = 20.0
    ssl_context: Any = None
    server_hostname: Optional[str] = None
    proxy: Union[str, bool, None] = True  # True: from the environment
    user_agent: Union[str, None, NotGiven] = NotGiven()
    additional_headers: Tuple[Tuple[str, Union[str, Omit]], ...] = ()


# Accepted for compatibility; they tune the websockets library's buffering and
# compression, which this implementation does without (it never offers permessage-deflate).
_IGNORED = frozenset(("compression", "max_queue", "write_limit", "logger"))


def parse_options(options: Optional[Mapping[str, Any]]) -> WSOptions:
    opts = dict(options or {})
    kwargs: Dict[str, Any] = {}
    for key, value in opts.items():
        if key in _IGNORED:
            continue
        if key == "extensions":
            if value:
                raise TypeError("WebSocket extensions are not supported by openai_lite")
        elif key == "subprotocols":
            kwargs["subprotocols"] = tuple(value or ())
        elif key in ("max_size", "open_timeout", "close_timeout", "ping_interval", "ping_timeout"):
            if value is not None and (not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0):
                raise TypeError(f"{key} must be a non-negative number or None")
            kwargs[key] = value
        elif key == "ssl":
            kwargs["ssl_context"] = value
        elif key == "server_hostname":
            kwargs["server_hostname"] = value
        elif key == "proxy":
            kwargs["proxy"] = value
        elif key == "user_agent_header":
            kwargs["user_agent"] = value
        elif key == "additional_headers":
            kwargs["additional_headers"] = tuple(dict(value or {}).items())
        else:
            raise TypeError(f"unexpected WebSocket connection option {key!r}")
    return WSOptions(**kwargs)


# --------------------------------------------------------------------------- serialisation
def _strip(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _strip(v) for k, v in value.items() if not isinstance(v, (NotGiven, Omit))}
    if isinstance(value, (list, tuple)):
        return [_strip(v) for v in value if not isinstance(v, (NotGiven, Omit))]
    return value


def serialize_event(event: Any) -> str:
    """An outgoing event as JSON text: a mapping without its omitted keys (json.dumps with
    default separators, as the SDK), or a model with its API names and only set fields."""
    from .._models import BaseModel

    if isinstance(event, BaseModel):
        return event.to_json(use_api_names=True, exclude_defaults=True, exclude_unset=True)
    return json.dumps(_strip(event))


# --------------------------------------------------------------------------- send queue
class SendQueue:
    """Events waiting for a connection (before entering, while reconnecting, after a failed
    send), bounded by the UTF-8 size of their text."""

    def __init__(self, max_bytes: int = 1_048_576) -> None:
        self.max_bytes = max_bytes
        self._items: Deque[str] = deque()
        self._size = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    @property
    def size(self) -> int:
        return self._size

    def enqueue(self, data: str, *, front: bool = False) -> None:
        n = len(data.encode("utf-8"))
        with self._lock:
            if self._size + n > self.max_bytes:
                raise exc.WebSocketQueueFullError("send queue is full, message discarded")
            if front:
                self._items.appendleft(data)
            else:
                self._items.append(data)
            self._size += n

    def pop(self) -> Optional[str]:
        with self._lock:
            if not self._items:
                return None
            data = self._items.popleft()
            self._size -= len(data.encode("utf-8"))
            return data

    def push_back(self, data: str) -> None:
        """Return a message taken by ``pop`` whose send failed (ignores the bound: it was
        already accounted for)."""
        with self._lock:
            self._items.appendleft(data)
            self._size += len(data.encode("utf-8"))

    def drain(self) -> List[str]:
        with self._lock:
            items = list(self._items)
            self._items.clear()
            self._size = 0
            return items


# --------------------------------------------------------------------------- handlers
class EventHandlerRegistry:
    """Handlers per event type (``"event"`` receives every event), in registration order."""

    def __init__(self) -> None:
        self._handlers: Dict[str, List[Tuple[Callable[..., Any], bool]]] = {}
        self._lock = threading.Lock()

    def add(self, event_type: str, handler: Callable[..., Any], *, once: bool = False) -> None:
        if not callable(handler):
            raise TypeError("handler must be callable")
        with self._lock:
            self._handlers.setdefault(event_type, []).append((handler, once))

    def remove(self, event_type: str, handler: Callable[..., Any]) -> None:
        with self._lock:
            entries = self._handlers.get(event_type, [])
            for i, (fn, _) in enumerate(entries):
                if fn == handler:
                    del entries[i]
                    break

    def take(self, event_type: str) -> List[Callable[..., Any]]:
        """The handlers to call for one event; ``once`` handlers are removed here."""
        with self._lock:
            entries = self._handlers.get(event_type)
            if not entries:
                return []
            handlers = [fn for fn, _ in entries]
            if any(once for _, once in entries):
                self._handlers[event_type] = [e for e in entries if not e[1]]
            return handlers

    def has(self, event_type: str) -> bool:
        with self._lock:
            return bool(self._handlers.get(event_type))

    def merge_into(self, other: "EventHandlerRegistry") -> None:
        with self._lock:
            snapshot = {k: list(v) for k, v in self._handlers.items()}
        with other._lock:
            for key, entries in snapshot.items():
                other._handlers.setdefault(key, []).extend(entries)


def add_handler(registry: EventHandlerRegistry, owner: Any, event_type: str,
                handler: Optional[Callable[..., Any]], once: bool) -> Any:
    """``on``/``once`` as a method (returns ``owner``) or a decorator (returns the function)."""
    if handler is not None:
        registry.add(event_type, handler, once=once)
        return owner

    def decorator(fn: Callable[..., Any]) -> Callable[..., Any]:
        registry.add(event_type, fn, once=once)
        return fn

    return decorator


# --------------------------------------------------------------------------- URL and headers
def _ws_scheme(scheme: str) -> str:
    return "ws" if scheme == "http" else "wss"


def _with_path(url: str, suffix: str) -> Tuple[str, str, str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc, parts.path.rstrip("/") + suffix, parts.query


def _query_string(params: Mapping[str, object]) -> str:
    from ..core.query import encode_query

    return encode_query(params)


def merge_headers(auth: Mapping[str, str], extra: Sequence[Tuple[str, Union[str, Omit]]]) -> List[Tuple[str, str]]:
    """``auth`` then ``extra`` over it, names compared without case; ``omit`` removes."""
    merged: Dict[str, Tuple[str, Union[str, Omit]]] = {}
    for name, value in list(auth.items()) + list(extra):
        merged[name.lower()] = (name, value)
    return [(name, value) for name, value in merged.values() if isinstance(value, str)]


class ConnectPlan:
    """Where and how one kind of WebSocket connects: the URL for the current
    ``extra_query`` and the handshake headers for the current ``extra_headers``.

    ``endpoint`` is ``"/realtime"`` or ``"/responses"``; ``refresh_credentials`` makes the
    api-key callable (and an Azure token provider) run before every connection attempt.
    """

    def __init__(self, client: Any, endpoint: str, *, model: Union[str, NotGiven, Omit, None] = None,
                 call_id: Union[str, NotGiven, Omit, None] = None, refresh_credentials: bool = False,
                 beta_header: Optional[str] = None, force_wss: bool = False) -> None:
        self.client = client
        self.endpoint = endpoint
        self.model = model if isinstance(model, str) else None
        self.call_id = call_id if isinstance(call_id, str) else None
        self.beta_header = beta_header
        self.force_wss = force_wss
        from .._azure import _AzureMixin

        self.azure = isinstance(client, _AzureMixin)
        # Azure realtime always resolves its credential (the AD token may come from a
        # provider); elsewhere only ``realtime.connect`` asks the api-key callable again.
        self.refresh_credentials = refresh_credentials or (self.azure and endpoint == "/realtime")
        if self.azure and endpoint == "/realtime" and not self.model:
            raise exc.OpenAIError("`model` is required for Azure Realtime API")

    def url(self, extra_query: Query) -> str:
        client = self.client
        if self.azure and self.endpoint == "/realtime":
            return self._azure_url(extra_query)
        if client.websocket_base_url is not None:
            scheme, netloc, path, _ = _with_path(str(client.websocket_base_url), self.endpoint)
        else:
            base = urlsplit(client.base_url)
            scheme = "wss" if self.force_wss else _ws_scheme(base.scheme)
            netloc, path = base.netloc, base.path.rstrip("/") + self.endpoint
        # The HTTP base URL's own query, then model, extra_query, call_id: later keys win.
        params: Dict[str, object] = dict(parse_qsl(urlsplit(client.base_url).query, keep_blank_values=True))
        if self.model is not None:
            params["model"] = self.model
        params.update(extra_query)
        if self.call_id is not None:
            params["call_id"] = self.call_id
        return urlunsplit((scheme, netloc, path, _query_string(params), ""))

    def _azure_url(self, extra_query: Query) -> str:
        client = self.client
        if client.websocket_base_url is not None:
            scheme, netloc, path, _ = _with_path(str(client.websocket_base_url), "/realtime")
        else:
            from ..core.options import RequestOptions

            http = client._url_for(RequestOptions("GET", "/realtime")) or client.base_url + "realtime"
            parts = urlsplit(http)
            scheme, netloc, path = "wss", parts.netloc, parts.path
        params: Dict[str, object] = dict(extra_query)
        if self.call_id is not None:
            params["call_id"] = self.call_id
        params["api-version"] = client._api_version
        params["deployment"] = getattr(client, "_azure_deployment", None) or self.model
        return urlunsplit((scheme, netloc, path, _query_string(params), ""))

    def auth_flow(self, extra_headers: Headers) -> Generator[Call, Any, Dict[str, str]]:
        """The credential headers; yields ``Call`` for each provider to run (the async
        driver awaits what they return), as the HTTP request flow does."""
        client = self.client
        if not self.refresh_credentials:
            return dict(client.auth_headers)
        from ..core.options import RequestOptions

        options = RequestOptions("GET", self.endpoint, security="bearer")
        auth: Dict[str, str] = yield from client._auth_for(options)
        return auth

    def headers(self, auth: Mapping[str, str], extra_headers: Headers,
                options: WSOptions) -> List[Tuple[str, str]]:
        base: Dict[str, str] = dict(auth)
        if self.beta_header:
            base["OpenAI-Beta"] = self.beta_header
        extra = list(options.additional_headers) + list(extra_headers.items())
        headers = merge_headers(base, extra)
        user_agent = options.user_agent
        if isinstance(user_agent, NotGiven):
            user_agent = self.client.user_agent
        if user_agent is not None and not any(k.lower() == "user-agent" for k, _ in headers):
            headers.append(("User-Agent", user_agent))
        return headers


def check_redirect(plan: ConnectPlan, current: str, location: str) -> str:
    """The URL a 3xx handshake answer points to, refused unless it keeps the origin."""
    from urllib.parse import urljoin

    http_current = "http" + current[2:] if current.startswith("ws") else current
    target = urljoin(http_current, location)
    parts = urlsplit(target)
    target = parts._replace(scheme={"http": "ws", "https": "wss"}.get(parts.scheme, parts.scheme)).geturl()
    if origin(target) != origin(current):
        what = "Azure WebSocket" if plan.azure else "WebSocket"
        raise exc.OpenAIError(f"Cross-origin {what} redirects are not allowed")
    return target


def origin(url: str) -> Tuple[str, str, int]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("ws", "wss"):
        raise ValueError(f"Unsupported WebSocket URL scheme {scheme!r}")
    host = parts.hostname
    if not host:
        raise ValueError("WebSocket URL has no host")
    return scheme, host, parts.port or (443 if scheme == "wss" else 80)


def host_header(url: str) -> str:
    scheme, host, port = origin(url)
    if not host.isascii():
        host = host.encode("idna").decode("ascii")
    if ":" in host:
        host = f"[{host}]"
    return host if port == (443 if scheme == "wss" else 80) else f"{host}:{port}"


def request_target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def redacted(url: str) -> str:
    from ..core.redact import redact_url

    return redact_url(url)
