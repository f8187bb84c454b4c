"""OpenAI and AsyncOpenAI: options, credentials from the environment, copies, and the one
``_execute`` that every resource method goes through."""
from __future__ import annotations

import os
from _collections_abc import Mapping  # collections.abc's own home: no collections import

from . import _exceptions as exc
from ._http_client import AsyncHttpClient, SyncHttpClient
from ._resource import lazy_class, subresource
from ._response import APIResponse, AsyncAPIResponse, LegacyAPIResponse, ResultSpec, parse_content
from ._timeout import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Timeout
from ._types import NOT_GIVEN, NotGiven, Omit
from ._version import SDK_VERSION
from .core.flow import Call, request_flow
from .core.options import RequestOptions
from ._logging import log_request
from .core.request import HeaderBase, build_request, platform_headers

TYPE_CHECKING = False  # typing is not imported at run time: annotations only
if TYPE_CHECKING:
    from typing import Any, Awaitable, Callable, Dict, Generator, Optional, Tuple, Union

    from .core.flow import Command
    from .resources.audio import AsyncAudio, Audio
    from .resources.batches import AsyncBatches, Batches
    from .resources.beta import AsyncBeta, Beta
    from .resources.chat import AsyncChat, Chat
    from .resources.completions import AsyncCompletions, Completions
    from .resources.containers import AsyncContainers, Containers
    from .resources.conversations import AsyncConversations, Conversations
    from .resources.embeddings import AsyncEmbeddings, Embeddings
    from .resources.evals import AsyncEvals, Evals
    from .resources.files import AsyncFiles, Files
    from .resources.fine_tuning import AsyncFineTuning, FineTuning
    from .resources.images import AsyncImages, Images
    from .resources.models import AsyncModels, Models
    from .resources.moderations import AsyncModerations, Moderations
    from .resources.realtime import AsyncRealtime, Realtime
    from .resources.responses import AsyncResponses, Responses
    from .resources.uploads import AsyncUploads, Uploads
    from .resources.vector_stores import AsyncVectorStores, VectorStores
    from .resources.videos import AsyncVideos, Videos
    from .resources.webhooks import AsyncWebhooks, Webhooks
    from .resources.admin import Admin, AsyncAdmin
    from .resources.skills import AsyncSkills, Skills
    from .resources.content_provenance_checks import AsyncContentProvenanceChecks, ContentProvenanceChecks
    from .transport.base import Request

__all__ = ["OpenAI", "AsyncOpenAI", "Client", "AsyncClient"]

_RESOURCES = {
    "completions": ".resources.completions:Completions",
    "chat": ".resources.chat:Chat",
    "embeddings": ".resources.embeddings:Embeddings",
    "files": ".resources.files:Files",
    "images": ".resources.images:Images",
    "audio": ".resources.audio:Audio",
    "moderations": ".resources.moderations:Moderations",
    "models": ".resources.models:Models",
    "fine_tuning": ".resources.fine_tuning:FineTuning",
    "vector_stores": ".resources.vector_stores:VectorStores",
    "webhooks": ".resources.webhooks:Webhooks",
    "beta": ".resources.beta:Beta",
    "batches": ".resources.batches:Batches",
    "uploads": ".resources.uploads:Uploads",
    "responses": ".resources.responses:Responses",
    "realtime": ".resources.realtime:Realtime",
    "conversations": ".resources.conversations:Conversations",
    "evals": ".resources.evals:Evals",
    "containers": ".resources.containers:Containers",
    "videos": ".resources.videos:Videos",
    "admin": ".resources.admin:Admin",
    "skills": ".resources.skills:Skills",
    "content_provenance_checks": ".resources.content_provenance_checks:ContentProvenanceChecks",
}

_PAGE_CLASSES = {
    False: {"page": "SyncPage", "cursor": "SyncCursorPage", "conversation": "SyncConversationCursorPage",
            "next": "SyncNextCursorPage"},
    True: {"page": "AsyncPage", "cursor": "AsyncCursorPage", "conversation": "AsyncConversationCursorPage",
           "next": "AsyncNextCursorPage"},
}


def _env(name: str) -> Optional[str]:
    return os.environ.get(name)


def _custom_headers_from_env() -> Dict[str, str]:
    raw = os.environ.get("OPENAI_CUSTOM_HEADERS")
    out: Dict[str, str] = {}
    if not raw:
        return out
    for line in raw.splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip():
            out[name.strip()] = value.strip()
    return out


_SPECS: Dict[Optional[Tuple[Any, bool, Optional[str], bool]], ResultSpec] = {}


class _ClientView:
    """``client.with_raw_response`` / ``client.with_streaming_response``: every top-level
    resource except webhooks, in raw or streamed mode."""

    def __init__(self, client: Any, mode: str) -> None:
        self._client = client
        self._mode = mode


for _name, _target in _RESOURCES.items():
    if _name != "webhooks":
        _sub = subresource(_target)
        _sub.__set_name__(_ClientView, _name)
        setattr(_ClientView, _name, _sub)


class _BaseClient:
    _is_async = False
    _mode = "plain"
    _http_client_cls: Any = SyncHttpClient

    api_key: str
    organization: Optional[str]
    project: Optional[str]
    webhook_secret: Optional[str]
    websocket_base_url: Optional[str]
    max_retries: int
    timeout: "Union[float, Timeout, None]"

    def __init__(
        self,
        *,
        api_key: "Union[str, Callable[[], Any], None]" = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        base_url: Optional[str] = None,
        websocket_base_url: Optional[str] = None,
        timeout: "Union[float, Timeout, None, NotGiven]" = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Any = None,
        admin_api_key: Optional[str] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        if max_retries is None:
            raise TypeError(
                "max_retries cannot be None. If you want to disable retries, pass `0`; if you want "
                "unlimited retries, pass `math.inf` or a very high number; if you want the default "
                "behavior, pass `openai_lite.DEFAULT_MAX_RETRIES`"
            )
        self._api_key_provider: Optional[Callable[[], Any]] = None
        if api_key is None:
            api_key = _env("OPENAI_API_KEY")
        if callable(api_key):
            self._api_key_provider = api_key
            api_key = ""
        if admin_api_key is None:
            admin_api_key = _env("OPENAI_ADMIN_KEY")
        self._check_credentials(api_key, admin_api_key)
        self.api_key = api_key or ""
        self.admin_api_key = admin_api_key
        self.organization = organization if organization is not None else _env("OPENAI_ORG_ID")
        self.project = project if project is not None else _env("OPENAI_PROJECT_ID")
        self.webhook_secret = webhook_secret if webhook_secret is not None else _env("OPENAI_WEBHOOK_SECRET")
        self.websocket_base_url = websocket_base_url
        if base_url is None:
            base_url = _env("OPENAI_BASE_URL") or "https://api.openai.com/v1"
        self.base_url = base_url
        self.max_retries = max_retries
        if http_client is not None and not isinstance(http_client, self._http_client_cls):
            raise TypeError(
                f"Invalid `http_client` argument; Expected an instance of `{self._http_client_cls.__name__}` "
                f"but got {type(http_client)}"
            )
        self._owns_http_client = http_client is None
        self._http: Any = http_client if http_client is not None else self._http_client_cls()
        if isinstance(timeout, NotGiven):
            timeout = self._http.timeout if http_client is not None else DEFAULT_TIMEOUT
        self.timeout = timeout
        self._custom_headers: Dict[str, Union[str, Omit]] = {**_custom_headers_from_env(), **(default_headers or {})}
        self._custom_query: Dict[str, object] = dict(default_query or {})
        self._strict_response_validation = _strict_response_validation
        self._explicit_default_headers = dict(default_headers or {})
        from ._logging import setup_logging

        setup_logging()

    # ------------------------------------------------------------------ credentials
    def _check_credentials(self, api_key: Any, admin_api_key: Optional[str]) -> None:
        if not api_key and self._api_key_provider is None and not admin_api_key:
            raise exc.OpenAIError(
                "Missing credentials. Please pass one of `api_key`, `workload_identity`, `admin_api_key`, "
                "or set the `OPENAI_API_KEY` or `OPENAI_ADMIN_KEY` environment variable."
            )

    def __repr__(self) -> str:
        # No key material, ever.
        return f"<{type(self).__name__} base_url={self.base_url!r}>"

    # ------------------------------------------------------------------ properties
    @property
    def base_url(self) -> str:
        return self._base_url

    @base_url.setter
    def base_url(self, url: str) -> None:
        url = str(url)
        self._base_url = url if url.endswith("/") else url + "/"

    @property
    def user_agent(self) -> str:
        return f"{type(self).__name__}/Python {SDK_VERSION}"

    @property
    def auth_headers(self) -> Dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}

    @property
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        out: Dict[str, Union[str, Omit]] = {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": self.user_agent,
            "X-Stainless-Lang": "python",
            "X-Stainless-Package-Version": SDK_VERSION,
        }
        for k, v in platform_headers():
            out[k] = v
        out["X-Stainless-Async"] = "async:asyncio" if self._is_async else "false"
        if self.organization is not None:
            out["OpenAI-Organization"] = self.organization
        if self.project is not None:
            out["OpenAI-Project"] = self.project
        out.update(self._custom_headers)
        return out

    @property
    def default_query(self) -> Dict[str, object]:
        return dict(self._custom_query)

    # ------------------------------------------------------------------ request building
    def _auth_for(self, options: RequestOptions) -> Generator[Command, Any, Dict[str, str]]:
        """Per-attempt credentials: the api-key callable is asked again on every attempt."""
        security = options.security
        if security in ("bearer", "any") and self._api_key_provider is not None:
            key = yield Call(self._api_key_provider)
            if not isinstance(key, str) or not key:
                raise exc.OpenAIError("The `api_key` callable must return a non-empty string")
            self.api_key = key
        return self._auth_headers(security)

    def _static_auth(self, options: RequestOptions) -> Optional[Dict[str, str]]:
        """The attempt's credentials when no hook has to be asked; None when one has (then
        ``_auth_for`` asks it)."""
        if self._api_key_provider is not None and options.security in ("bearer", "any"):
            return None
        return self._auth_headers(options.security)

    def _auth_headers(self, security: str) -> Dict[str, str]:
        # Shared between calls with the same key: nothing changes the dict after this.
        key = self.api_key
        cached = self.__dict__.get("_auth_cache")
        if cached is not None and cached[0] == security and cached[1] is key:
            return cached[2]  # type: ignore[no-any-return]
        headers: Dict[str, str]
        if security == "admin":
            headers = {"Authorization": f"Bearer {self.admin_api_key}"} if self.admin_api_key else {}
        elif key:
            headers = {"Authorization": f"Bearer {key}"}
        elif security == "any" and self.admin_api_key:
            headers = {"Authorization": f"Bearer {self.admin_api_key}"}
        else:
            headers = {}
        if security != "admin":  # admin_api_key is not part of the cache key
            self.__dict__["_auth_cache"] = (security, key, headers)
        return headers

    def _validate_auth(self, auth: Mapping[str, str], options: RequestOptions) -> None:
        if auth:
            return
        for layer in (self._custom_headers, options.headers):
            for k in layer:
                if k.lower() == "authorization":
                    return
        raise TypeError(
            '"Could not resolve authentication method. Expected either api_key or admin_api_key to be set. '
            'Or for one of the `Authorization` headers to be explicitly omitted"'
        )

    def _url_for(self, options: RequestOptions) -> Optional[str]:
        """Azure rewrites deployment paths; the OpenAI client joins base and path."""
        return None

    def _build(self, options: RequestOptions, attempt: int) -> "Union[Request, Generator[Command, Any, Request]]":
        """The attempt's request, or a sub-flow making it when a credential hook must be asked."""
        auth = self._static_auth(options)
        if auth is None:
            return self._build_asking(options, attempt)
        return self._make_request(options, attempt, auth)

    def _build_asking(self, options: RequestOptions, attempt: int) -> Generator[Command, Any, "Request"]:
        auth = yield from self._auth_for(options)
        return self._make_request(options, attempt, auth)

    def _make_request(self, options: RequestOptions, attempt: int, auth: Mapping[str, str]) -> "Request":
        self._validate_auth(auth, options)
        request = build_request(
            options, base_url=self._base_url, auth_headers=auth, base_headers=self._header_base(),
            default_query=self._custom_query, client_timeout=self.timeout, retry_count=attempt,
            url=self._url_for(options),
        )
        log_request(request)
        return request

    def _header_base(self) -> HeaderBase:
        key = (self.organization, self.project)
        cached = self.__dict__.get("_header_cache")
        if cached is not None and cached[0] == key:
            return cached[1]  # type: ignore[no-any-return]
        base = HeaderBase(self.default_headers)
        self.__dict__["_header_cache"] = (key, base)
        return base

    def _flow(self, options: RequestOptions, read_body: bool) -> Any:
        max_retries = options.max_retries if not isinstance(options.max_retries, NotGiven) else self.max_retries
        return request_flow(options, build=self._build, max_retries=int(max_retries) if max_retries < 2 ** 31 else 2 ** 31,
                            read_body=read_body)

    def _page_cls(self, kind: str) -> Any:
        return lazy_class("._pagination:" + _PAGE_CLASSES[self._is_async][kind])

    def _stream_cls(self) -> Any:
        return lazy_class("._streaming:" + ("AsyncStream" if self._is_async else "Stream"))

    def _spec(self, cast_to: Any, stream: bool, page: Optional[str], post_parser: Any) -> ResultSpec:
        key: Optional[Tuple[Any, bool, Optional[str], bool]] = (cast_to, stream, page, self._is_async)
        if post_parser is None:
            try:
                spec = _SPECS.get(key)
            except TypeError:  # an unhashable cast_to: built every time
                key = None
                spec = None
            if spec is not None:
                return spec
        spec = ResultSpec(cast_to, stream=stream, stream_cls=self._stream_cls() if stream else None,
                          page_cls=self._page_cls(page) if page else None, post_parser=post_parser)
        if post_parser is None and key is not None and len(_SPECS) < 4096:
            _SPECS[key] = spec  # never changed once built: shared by every call with the same result
        return spec

    @staticmethod
    def _mark(options: RequestOptions, mode: str) -> None:
        if mode == "plain":
            return
        if not any(k.lower() == "x-stainless-raw-response" for k in options.headers):
            options.headers["X-Stainless-Raw-Response"] = "true" if mode == "raw" else "stream"

    # ------------------------------------------------------------------ copies
    def copy(
        self,
        *,
        api_key: "Union[str, Callable[[], Any], None]" = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: "Union[float, Timeout, None, NotGiven]" = NOT_GIVEN,
        http_client: Any = None,
        max_retries: "Union[int, NotGiven]" = NOT_GIVEN,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        admin_api_key: Optional[str] = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Any:
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("The `default_headers` and `set_default_headers` arguments are mutually exclusive")
        if default_query is not None and set_default_query is not None:
            raise ValueError("The `default_query` and `set_default_query` arguments are mutually exclusive")
        headers = dict(self._explicit_default_headers)
        if default_headers is not None:
            headers.update(default_headers)
        elif set_default_headers is not None:
            headers = dict(set_default_headers)
        params = dict(self._custom_query)
        if default_query is not None:
            params.update(default_query)
        elif set_default_query is not None:
            params = dict(set_default_query)
        kwargs = self._copy_kwargs()
        kwargs.update(
            api_key=api_key or self._api_key_provider or self.api_key or None,
            organization=organization or self.organization,
            project=project or self.project,
            webhook_secret=webhook_secret or self.webhook_secret,
            websocket_base_url=websocket_base_url or self.websocket_base_url,
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            http_client=http_client or self._http,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers=headers,
            default_query=params,
            admin_api_key=admin_api_key or self.admin_api_key,
        )
        kwargs.update(_extra_kwargs)
        new = type(self)(**kwargs)
        new._owns_http_client = self._owns_http_client and http_client is None
        return new

    with_options = copy

    def _copy_kwargs(self) -> Dict[str, Any]:
        return {}

    # ------------------------------------------------------------------ state
    def is_closed(self) -> bool:
        return bool(self._http.is_closed())

    @property
    def with_raw_response(self) -> Any:
        return _ClientView(self, "raw")

    @property
    def with_streaming_response(self) -> Any:
        return _ClientView(self, "stream")

    @property
    def _client(self) -> Any:  # resources created on the client look up ._client
        return self


for _name, _target in _RESOURCES.items():
    _sub = subresource(_target)
    _sub.__set_name__(_BaseClient, _name)
    setattr(_BaseClient, _name, _sub)


def _low_level_options(method: str, path: str, body: Any, files: Any, content: Any,
                       options: Optional[Mapping[str, Any]]) -> RequestOptions:
    if body is not None and content is not None:
        raise TypeError("Passing both `body` and `content` is not supported")
    if files is not None and content is not None:
        raise TypeError("Passing both `files` and `content` is not supported")
    if isinstance(body, bytes):
        import warnings

        warnings.warn("Passing raw bytes as `body` is deprecated; pass `content=` instead.",
                      DeprecationWarning, stacklevel=3)
        content, body = body, None
    opts = dict(options or {})
    file_list = None
    if files is not None:
        file_list = list(files.items()) if isinstance(files, Mapping) else list(files)
    return RequestOptions(
        method, path, params=opts.get("params"), headers=opts.get("headers"), json_data=body,
        files=file_list, content=content, extra_json=opts.get("extra_json"),
        timeout=opts.get("timeout", NOT_GIVEN), max_retries=opts.get("max_retries", NOT_GIVEN),
        follow_redirects=opts.get("follow_redirects", True), security=opts.get("security", "any"),
        multipart=file_list is not None,
    )


class OpenAI(_BaseClient):
    """The sync client.  Safe to share between threads."""

    _http_client_cls = SyncHttpClient

    if TYPE_CHECKING:  # set on _BaseClient at import time; declared here for type checkers
        completions: Completions
        chat: Chat
        embeddings: Embeddings
        files: Files
        images: Images
        audio: Audio
        moderations: Moderations
        models: Models
        fine_tuning: FineTuning
        vector_stores: VectorStores
        webhooks: Webhooks
        beta: Beta
        batches: Batches
        uploads: Uploads
        responses: Responses
        realtime: Realtime
        conversations: Conversations
        evals: Evals
        containers: Containers
        videos: Videos
        admin: Admin
        skills: Skills
        content_provenance_checks: ContentProvenanceChecks

    def _execute(self, options: RequestOptions, *, cast_to: Any, stream: bool = False,
                 page: Optional[str] = None, mode: str = "plain", post_parser: Any = None) -> Any:
        self._mark(options, mode)
        spec = self._spec(cast_to, stream, page, post_parser)
        lazy_body = stream or mode == "stream"
        response, retries = self._http.run(self._flow(options, read_body=not lazy_body))
        if mode == "raw":
            return LegacyAPIResponse(raw=response, spec=spec, client=self, options=options, retries_taken=retries)
        if mode == "stream":
            return APIResponse(raw=response, spec=spec, client=self, options=options, retries_taken=retries)
        if stream:
            return spec.stream_cls(cast_to=cast_to, response=response, client=self)
        return parse_content(response, spec, self, options)

    def _fetch_page(self, page_cls: Any, options: RequestOptions, item_type: Any) -> Any:
        response, _ = self._http.run(self._flow(options, read_body=True))
        return parse_content(response, ResultSpec(item_type, page_cls=page_cls), self, options)

    # low-level verbs for endpoints not declared as methods
    def request(self, method: str, path: str, *, cast_to: Any = object, body: Any = None, files: Any = None,
                content: Any = None, options: Optional[Mapping[str, Any]] = None, stream: bool = False,
                stream_cls: Any = None) -> Any:
        opts = _low_level_options(method, path, body, files, content, options)
        if stream and stream_cls is None and cast_to is object:
            raise TypeError("A stream class or a cast_to type must be given with stream=True")
        return self._execute(opts, cast_to=cast_to, stream=stream)

    def get(self, path: str, *, cast_to: Any = object, options: Optional[Mapping[str, Any]] = None,
            stream: bool = False, stream_cls: Any = None) -> Any:
        return self.request("GET", path, cast_to=cast_to, options=options, stream=stream, stream_cls=stream_cls)

    def post(self, path: str, *, cast_to: Any = object, body: Any = None, files: Any = None, content: Any = None,
             options: Optional[Mapping[str, Any]] = None, stream: bool = False, stream_cls: Any = None) -> Any:
        return self.request("POST", path, cast_to=cast_to, body=body, files=files, content=content,
                            options=options, stream=stream, stream_cls=stream_cls)

    def patch(self, path: str, *, cast_to: Any = object, body: Any = None, files: Any = None, content: Any = None,
              options: Optional[Mapping[str, Any]] = None) -> Any:
        return self.request("PATCH", path, cast_to=cast_to, body=body, files=files, content=content, options=options)

    def put(self, path: str, *, cast_to: Any = object, body: Any = None, files: Any = None, content: Any = None,
            options: Optional[Mapping[str, Any]] = None) -> Any:
        return self.request("PUT", path, cast_to=cast_to, body=body, files=files, content=content, options=options)

    def delete(self, path: str, *, cast_to: Any = object, body: Any = None, content: Any = None,
               options: Optional[Mapping[str, Any]] = None) -> Any:
        return self.request("DELETE", path, cast_to=cast_to, body=body, content=content, options=options)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "OpenAI":
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class _AsyncStreamingCall:
    """What ``async_client.x.with_streaming_response.y(...)`` returns: usable as
    ``async with`` (closed on exit) or simply awaited."""

    def __init__(self, make: Callable[[], Awaitable[Any]]) -> None:
        self._make = make
        self._response: Any = None

    def __await__(self) -> Generator[Any, None, Any]:
        return self._make().__await__()

    async def __aenter__(self) -> Any:
        self._response = await self._make()
        return self._response

    async def __aexit__(self, *args: object) -> None:
        if self._response is not None:
            await self._response.close()


class AsyncOpenAI(_BaseClient):
    """The asyncio client.  Use it from one event loop at a time."""

    _is_async = True
    _http_client_cls = AsyncHttpClient

    if TYPE_CHECKING:  # the async twins of the resources, for type checkers
        completions: AsyncCompletions
        chat: AsyncChat
        embeddings: AsyncEmbeddings
        files: AsyncFiles
        images: AsyncImages
        audio: AsyncAudio
        moderations: AsyncModerations
        models: AsyncModels
        fine_tuning: AsyncFineTuning
        vector_stores: AsyncVectorStores
        webhooks: AsyncWebhooks
        beta: AsyncBeta
        batches: AsyncBatches
        uploads: AsyncUploads
        responses: AsyncResponses
        realtime: AsyncRealtime
        conversations: AsyncConversations
        evals: AsyncEvals
        containers: AsyncContainers
        videos: AsyncVideos
        admin: AsyncAdmin
        skills: AsyncSkills
        content_provenance_checks: AsyncContentProvenanceChecks

    def _execute(self, options: RequestOptions, *, cast_to: Any, stream: bool = False,
                 page: Optional[str] = None, mode: str = "plain", post_parser: Any = None) -> Any:
        self._mark(options, mode)
        spec = self._spec(cast_to, stream, page, post_parser)
        if page is not None and mode == "plain":
            from ._pagination import AsyncPaginator

            return AsyncPaginator(lambda: self._run(options, spec, mode))
        if mode == "stream":
            return _AsyncStreamingCall(lambda: self._run(options, spec, mode))
        return self._run(options, spec, mode)

    async def _run(self, options: RequestOptions, spec: ResultSpec, mode: str) -> Any:
        lazy_body = spec.stream or mode == "stream"
        response, retries = await self._http.run(self._flow(options, read_body=not lazy_body))
        if mode == "raw":
            return LegacyAPIResponse(raw=response, spec=spec, client=self, options=options, retries_taken=retries)
        if mode == "stream":
            return AsyncAPIResponse(raw=response, spec=spec, client=self, options=options, retries_taken=retries)
        if spec.stream:
            return spec.stream_cls(cast_to=spec.cast_to, response=response, client=self)
        return parse_content(response, spec, self, options)

    async def _fetch_page(self, page_cls: Any, options: RequestOptions, item_type: Any) -> Any:
        return await self._run(options, ResultSpec(item_type, page_cls=page_cls), "plain")

    async def request(self, method: str, path: str, *, cast_to: Any = object, body: Any = None, files: Any = None,
                      content: Any = None, options: Optional[Mapping[str, Any]] = None, stream: bool = False,
                      stream_cls: Any = None) -> Any:
        opts = _low_level_options(method, path, body, files, content, options)
        return await self._execute(opts, cast_to=cast_to, stream=stream)

    async def get(self, path: str, *, cast_to: Any = object, options: Optional[Mapping[str, Any]] = None,
                  stream: bool = False, stream_cls: Any = None) -> Any:
        return await self.request("GET", path, cast_to=cast_to, options=options, stream=stream, stream_cls=stream_cls)

    async def post(self, path: str, *, cast_to: Any = object, body: Any = None, files: Any = None,
                   content: Any = None, options: Optional[Mapping[str, Any]] = None, stream: bool = False,
                   stream_cls: Any = None) -> Any:
        return await self.request("POST", path, cast_to=cast_to, body=body, files=files, content=content,
                                  options=options, stream=stream, stream_cls=stream_cls)

    async def patch(self, path: str, *, cast_to: Any = object, body: Any = None, files: Any = None,
                    content: Any = None, options: Optional[Mapping[str, Any]] = None) -> Any:
        return await self.request("PATCH", path, cast_to=cast_to, body=body, files=files, content=content,
                                  options=options)

    async def put(self, path: str, *, cast_to: Any = object, body: Any = None, files: Any = None,
                  content: Any = None, options: Optional[Mapping[str, Any]] = None) -> Any:
        return await self.request("PUT", path, cast_to=cast_to, body=body, files=files, content=content,
                                  options=options)

    async def delete(self, path: str, *, cast_to: Any = object, body: Any = None, content: Any = None,
                     options: Optional[Mapping[str, Any]] = None) -> Any:
        return await self.request("DELETE", path, cast_to=cast_to, body=body, content=content, options=options)

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> "AsyncOpenAI":
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()


Client = OpenAI
AsyncClient = AsyncOpenAI
