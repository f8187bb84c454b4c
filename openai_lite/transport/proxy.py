"""Which proxy, if any, a URL goes through: explicit ``proxy=`` or the environment."""
from __future__ import annotations

import base64
import os
from typing import Dict, Optional, Tuple, Union
from urllib.parse import unquote, urlsplit

__all__ = ["Proxy", "parse_proxy", "select_proxy", "origin_of"]


class Proxy:
    """A parsed proxy URL.  ``auth_header`` is the Proxy-Authorization value, if any."""

    __slots__ = ("scheme", "host", "port", "auth_header")

    def __init__(self, scheme: str, host: str, port: int, auth_header: Optional[str]) -> None:
        self.scheme = scheme
        self.host = host
        self.port = port
        self.auth_header = auth_header

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Proxy) and (self.scheme, self.host, self.port, self.auth_header) == (
            other.scheme, other.host, other.port, other.auth_header)

    def __hash__(self) -> int:
        return hash((self.scheme, self.host, self.port, self.auth_header))

    def __repr__(self) -> str:
        auth = ", auth=<redacted>" if self.auth_header else ""
        return f"Proxy({self.scheme}://{self.host}:{self.port}{auth})"


def parse_proxy(url: str) -> Proxy:
    if "://" not in url:
        url = "http://" + url  # what curl and urllib accept for bare host:port
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ValueError(f"Unsupported proxy scheme {scheme!r}: only http:// and https:// proxies are supported")
    if not parts.hostname:
        raise ValueError("Proxy URL has no host")
    port = parts.port or (443 if scheme == "https" else 80)
    auth = None
    if parts.username is not None:
        creds = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        auth = "Basic " + base64.b64encode(creds).decode("ascii")
    return Proxy(scheme, parts.hostname, port, auth)


def origin_of(url: str) -> Tuple[str, str, int]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ValueError(f"Unsupported URL scheme {scheme!r} in {url!r}")
    host = parts.hostname
    if not host:
        raise ValueError(f"URL has no host: {url!r}")
    return scheme, host, parts.port or (443 if scheme == "https" else 80)


def _env_has_proxy() -> bool:
    # Avoid importing urllib.request (and its dependencies) when no proxy is configured.
    return any(k.lower().endswith("_proxy") for k in os.environ)


def select_proxy(url: str, explicit: "Union[str, Proxy, None]", trust_env: bool) -> Optional[Proxy]:
    """The proxy for ``url``: an explicit one always; else HTTP(S)_PROXY / ALL_PROXY unless
    NO_PROXY matches the host (both read with urllib.request's rules)."""
    if explicit is not None:
        return explicit if isinstance(explicit, Proxy) else parse_proxy(explicit)
    if not trust_env or not _env_has_proxy():
        return None
    import urllib.request

    proxies: Dict[str, str] = urllib.request.getproxies_environment()
    scheme, host, port = origin_of(url)
    proxy_url = proxies.get(scheme) or proxies.get("all")
    if not proxy_url:
        return None
    bypass = getattr(urllib.request, "proxy_bypass_environment")  # public, but not in typeshed
    if bypass(host, proxies) or bypass(f"{host}:{port}", proxies):
        return None
    return parse_proxy(proxy_url)


class ProxyResolver:
    """Proxy selection for one transport.  The environment is read once, on first use (as
    httpx reads it when a client is made): scanning os.environ on every request costs more
    than the rest of building the request."""

    __slots__ = ("_explicit", "_trust_env", "_env", "_cache")

    def __init__(self, explicit: "Union[str, Proxy, None]", trust_env: bool) -> None:
        self._explicit = explicit if explicit is None or isinstance(explicit, Proxy) else parse_proxy(explicit)
        self._trust_env = trust_env
        self._env: "Optional[Dict[str, str]]" = None
        self._cache: Dict[Tuple[str, str, int], Optional[Proxy]] = {}

    def for_url(self, url: str) -> Optional[Proxy]:
        if self._explicit is not None:
            return self._explicit
        if not self._trust_env:
            return None
        if self._env is None:
            if _env_has_proxy():
                import urllib.request

                self._env = urllib.request.getproxies_environment()
            else:
                self._env = {}
        if not self._env:
            return None
        origin = origin_of(url)
        try:
            return self._cache[origin]
        except KeyError:
            pass
        scheme, host, port = origin
        proxy_url = self._env.get(scheme) or self._env.get("all")
        result: Optional[Proxy] = None
        if proxy_url:
            import urllib.request

            bypass = getattr(urllib.request, "proxy_bypass_environment")
            if not (bypass(host, self._env) or bypass(f"{host}:{port}", self._env)):
                result = parse_proxy(proxy_url)
        self._cache[origin] = result
        return result
