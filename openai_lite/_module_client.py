"""``openai_lite.chat.completions.create(...)`` without making a client: the SDK's
module-level client, built on first use from the module's attributes (client.md §13)."""
from __future__ import annotations

import os
import sys
from typing import Any, Dict, Optional, Union

from . import _exceptions as exc
from ._client import OpenAI
from ._timeout import Timeout

__all__ = ["ResourceProxy", "get_client", "reset_client"]

_client: Any = None


def _mod() -> Any:
    return sys.modules["openai_lite"]


class _ModuleClient(OpenAI):
    """Every setting is a live view of the module attribute of the same name, so
    ``openai_lite.max_retries = 1`` affects the next request."""

    def _check_credentials(self, api_key: Any, admin_api_key: Optional[str]) -> None:
        pass  # a missing key shows up per request ("Could not resolve authentication method")

    def _live(name: str) -> Any:  # type: ignore[misc]  # noqa: N805 - property factory
        def get(self: Any) -> Any:
            return getattr(_mod(), name)

        def set_(self: Any, value: Any) -> None:
            setattr(_mod(), name, value)

        return property(get, set_)

    api_key = _live("api_key")
    admin_api_key = _live("admin_api_key")
    organization = _live("organization")
    project = _live("project")
    webhook_secret = _live("webhook_secret")
    timeout = _live("timeout")
    max_retries = _live("max_retries")

    @property
    def base_url(self) -> str:
        value = _mod().base_url
        return str(value) if value is not None else "https://api.openai.com/v1"

    @base_url.setter
    def base_url(self, url: str) -> None:
        _mod().base_url = url

    @property
    def _base_url(self) -> str:
        url = self.base_url
        return url if url.endswith("/") else url + "/"

    @_base_url.setter
    def _base_url(self, value: str) -> None:
        pass  # the module attribute is the only store

    @property
    def _custom_headers(self) -> Dict[str, Any]:
        from ._client import _custom_headers_from_env

        return {**_custom_headers_from_env(), **(_mod().default_headers or {})}

    @_custom_headers.setter
    def _custom_headers(self, value: Dict[str, Any]) -> None:
        pass

    @property
    def _custom_query(self) -> Dict[str, object]:
        return dict(_mod().default_query or {})

    @_custom_query.setter
    def _custom_query(self, value: Dict[str, object]) -> None:
        pass

    def _header_base(self) -> Any:
        from .core.request import HeaderBase

        return HeaderBase(self.default_headers)  # headers may change between calls


def get_client() -> Any:
    global _client
    if _client is not None:
        return _client
    m = _mod()
    if m.api_type is None:
        has_openai = os.environ.get("OPENAI_API_KEY") is not None
        has_azure = m.azure_endpoint is not None or os.environ.get("AZURE_OPENAI_API_KEY") is not None
        has_azure_ad = (os.environ.get("AZURE_OPENAI_AD_TOKEN") is not None or m.azure_ad_token is not None
                        or m.azure_ad_token_provider is not None)
        if has_openai and (has_azure or has_azure_ad):
            raise exc.OpenAIError(
                "Ambiguous use of module client; please set `openai_lite.api_type` or the `OPENAI_API_TYPE` "
                "environment variable to `openai` or `azure`")
        m.api_type = "azure" if (has_azure or has_azure_ad) else "openai"
    if m.api_type == "azure":
        from ._azure import AzureOpenAI

        _client = AzureOpenAI(
            api_version=m.api_version, azure_endpoint=m.azure_endpoint, api_key=m.api_key,
            azure_ad_token=m.azure_ad_token, azure_ad_token_provider=m.azure_ad_token_provider,
            organization=m.organization, base_url=m.base_url, timeout=m.timeout, max_retries=m.max_retries,
            default_headers=m.default_headers, default_query=m.default_query, http_client=m.http_client)
    else:
        _client = _ModuleClient(api_key=m.api_key, organization=m.organization, project=m.project,
                                webhook_secret=m.webhook_secret, base_url=m.base_url, timeout=m.timeout,
                                max_retries=m.max_retries, default_headers=m.default_headers,
                                default_query=m.default_query, http_client=m.http_client,
                                admin_api_key=m.admin_api_key)
    return _client


def reset_client() -> None:
    global _client
    _client = None


class ResourceProxy:
    """``openai_lite.chat`` and friends: the shared client's resource, built on first use."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(getattr(get_client(), self._name), attr)

    def __repr__(self) -> str:
        return f"<module-level proxy of client.{self._name}>"
