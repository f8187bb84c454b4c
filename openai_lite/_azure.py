"""AzureOpenAI / AsyncAzureOpenAI: api-version on every request, api-key or AD token
auth asked per attempt, and the deployment path rules of azure.md."""
from __future__ import annotations

import os
from typing import Any, Awaitable, Callable, Dict, Generator, Mapping, Optional, Union

from . import _exceptions as exc
from ._client import AsyncOpenAI, OpenAI, _BaseClient
from ._timeout import DEFAULT_MAX_RETRIES, Timeout
from ._types import NOT_GIVEN, NotGiven
from .core.flow import Call, Command
from .core.options import RequestOptions

__all__ = ["AzureOpenAI", "AsyncAzureOpenAI", "AzureADTokenProvider", "AsyncAzureADTokenProvider"]

AzureADTokenProvider = Callable[[], str]
AsyncAzureADTokenProvider = Callable[[], "Union[str, Awaitable[str]]"]

_DEPLOYMENT_PATHS = frozenset({
    "/completions", "/chat/completions", "/embeddings", "/audio/transcriptions",
    "/audio/translations", "/audio/speech", "/images/generations", "/images/edits",
})


class _AzureMixin(_BaseClient):
    _api_version: str
    _azure_endpoint: Optional[str]
    _azure_deployment: Optional[str]
    _azure_ad_token: Optional[str]
    _azure_ad_token_provider: Optional[Callable[[], Any]]

    def __init__(
        self,
        *,
        api_version: Optional[str] = None,
        azure_endpoint: Optional[str] = None,
        azure_deployment: Optional[str] = None,
        api_key: "Union[str, Callable[[], Any], None]" = None,
        azure_ad_token: Optional[str] = None,
        azure_ad_token_provider: Optional[Callable[[], Any]] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Optional[str] = None,
        base_url: Optional[str] = None,
        timeout: "Union[float, Timeout, None, NotGiven]" = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Any = None,
        admin_api_key: Optional[str] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        given = [v for v in (api_key, azure_ad_token, azure_ad_token_provider) if v is not None]
        if len(given) > 1:
            raise exc.MutuallyExclusiveAuthError()
        if not given:
            azure_ad_token = os.environ.get("AZURE_OPENAI_AD_TOKEN")
            if azure_ad_token is None:
                api_key = os.environ.get("AZURE_OPENAI_API_KEY")
        if api_key is None and azure_ad_token is None and azure_ad_token_provider is None:
            raise exc.OpenAIError(
                "Missing credentials. Please pass one of `api_key`, `azure_ad_token`, or "
                "`azure_ad_token_provider`, or set the `AZURE_OPENAI_API_KEY` or `AZURE_OPENAI_AD_TOKEN` "
                "environment variables."
            )
        if api_version is None:
            api_version = os.environ.get("OPENAI_API_VERSION")
        if api_version is None:
            raise ValueError(
                "Must provide either the `api_version` argument or the `OPENAI_API_VERSION` environment variable"
            )
        query: Dict[str, object] = {**(default_query or {}), "api-version": api_version}
        if base_url is None:
            if azure_endpoint is None:
                azure_endpoint = os.environ.get("AZURE_OPENAI_ENDPOINT")
            if azure_endpoint is None:
                raise ValueError(
                    "Must provide one of the `base_url` or `azure_endpoint` arguments, or the "
                    "`AZURE_OPENAI_ENDPOINT` environment variable"
                )
            if azure_deployment is not None:
                base_url = f"{azure_endpoint.rstrip('/')}/openai/deployments/{azure_deployment}"
            else:
                base_url = f"{azure_endpoint.rstrip('/')}/openai"
        else:
            if azure_endpoint is not None:
                raise ValueError("base_url and azure_endpoint are mutually exclusive")
        self._api_version = api_version
        self._azure_ad_token = azure_ad_token
        self._azure_ad_token_provider = azure_ad_token_provider
        # Remembered only when built from an endpoint: that is when Rule B applies.
        self._azure_endpoint = azure_endpoint.rstrip("/") if azure_endpoint else None
        self._azure_deployment = azure_deployment if azure_endpoint else None
        super().__init__(
            api_key=api_key if api_key is not None else "<azure-no-key>",
            organization=organization, project=project, webhook_secret=webhook_secret,
            base_url=base_url, websocket_base_url=websocket_base_url, timeout=timeout,
            max_retries=max_retries, default_headers=default_headers, default_query=query,
            http_client=http_client, _strict_response_validation=_strict_response_validation,
        )
        if self.api_key == "<azure-no-key>":
            self.api_key = ""

    def _check_credentials(self, api_key: Any, admin_api_key: Optional[str]) -> None:
        pass  # Azure checked its own credentials above

    @property
    def api_version(self) -> str:
        return self._api_version

    # ------------------------------------------------------------------ auth
    def _static_auth(self, options: RequestOptions) -> Optional[Dict[str, str]]:
        return None  # Azure's credentials always go through _auth_for

    def _auth_for(self, options: RequestOptions) -> Generator[Command, Any, Dict[str, str]]:
        if self._api_key_provider is not None:
            key = yield Call(self._api_key_provider)
            if not isinstance(key, str) or not key:
                raise exc.OpenAIError("The `api_key` callable must return a non-empty string")
            self.api_key = key
        token = self._azure_ad_token
        if token is None and self._azure_ad_token_provider is not None:
            token = yield Call(self._azure_ad_token_provider)
            if not isinstance(token, str) or not token:
                raise ValueError("Expected `azure_ad_token_provider` argument to return a non-empty string.")
        names = {k.lower() for k in (*self._custom_headers, *options.headers)}
        if token:
            return {} if "authorization" in names else {"Authorization": f"Bearer {token}"}
        if self.api_key:
            return {} if "api-key" in names else {"api-key": self.api_key}
        return {}

    def _validate_auth(self, auth: Mapping[str, str], options: RequestOptions) -> None:
        if auth:
            return
        names = {k.lower() for k in (*self._custom_headers, *options.headers)}
        if "authorization" in names or "api-key" in names:
            return
        raise TypeError(
            "Could not resolve authentication method. Expected one of api_key, azure_ad_token or "
            "azure_ad_token_provider to be set. Or for one of the `Authorization` or `api-key` headers "
            "to be explicitly set"
        )

    @property
    def auth_headers(self) -> Dict[str, str]:
        return {"api-key": self.api_key} if self.api_key else {}

    # ------------------------------------------------------------------ routing
    def _url_for(self, options: RequestOptions) -> Optional[str]:
        path = options.url
        if "://" in path[:10]:
            return None
        bare = "/" + path.lstrip("/")
        if self._azure_endpoint and self._azure_deployment:
            if bare in _DEPLOYMENT_PATHS:
                return None  # the base already points at the deployment
            return f"{self._azure_endpoint}/openai{bare}"
        if bare in _DEPLOYMENT_PATHS:
            from urllib.parse import urlsplit

            body = options.json_data
            model = body.get("model") if isinstance(body, Mapping) else None
            if model is not None and "/deployments" not in urlsplit(self.base_url).path:
                from .core.paths import encode_segment

                seg = encode_segment(str(model))
                if seg in (".", ".."):
                    raise ValueError(f"Deployment name {model!r} is a dot-segment and cannot be used in a path")
                return f"{self.base_url}deployments/{seg}{bare}"
        return None

    def _copy_kwargs(self) -> Dict[str, Any]:
        return {"api_version": self._api_version}

    def copy(
        self,
        *,
        api_key: "Union[str, Callable[[], Any], None]" = None,
        azure_ad_token: Optional[str] = None,
        azure_ad_token_provider: Optional[Callable[[], Any]] = None,
        api_version: Optional[str] = None,
        **kwargs: Any,
    ) -> Any:
        creds: Dict[str, Any]
        if api_key is None and azure_ad_token is None and azure_ad_token_provider is None:
            creds = {
                "api_key": self._api_key_provider or (self.api_key or None),
                "azure_ad_token": self._azure_ad_token,
                "azure_ad_token_provider": self._azure_ad_token_provider,
            }
        else:
            creds = {"api_key": api_key, "azure_ad_token": azure_ad_token,
                     "azure_ad_token_provider": azure_ad_token_provider}
        extra = dict(creds)
        extra["api_version"] = api_version or self._api_version
        # the base copy() fills api_key from the old key; Azure passes its own credential set
        return _BaseClient.copy(self, _extra_kwargs=extra, **kwargs)

    with_options = copy


class AzureOpenAI(_AzureMixin, OpenAI):
    pass


class AsyncAzureOpenAI(_AzureMixin, AsyncOpenAI):
    pass
