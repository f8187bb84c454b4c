"""Following a redirect: which method and body survive, and which credentials must not
travel to another origin."""
from __future__ import annotations

from typing import Optional
from urllib.parse import urljoin, urlsplit

from ..transport.base import Request

__all__ = ["MAX_REDIRECTS", "redirect_request", "same_origin"]

MAX_REDIRECTS = 20
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
_CREDENTIAL_HEADERS = ("authorization", "api-key", "proxy-authorization", "cookie")


def _origin(url: str) -> "tuple[str, str, int]":
    p = urlsplit(url)
    scheme = p.scheme.lower()
    return scheme, (p.hostname or "").lower(), p.port or (443 if scheme == "https" else 80)


def same_origin(a: str, b: str) -> bool:
    return _origin(a) == _origin(b)


def _is_https_upgrade(old: str, new: str) -> bool:
    o, n = _origin(old), _origin(new)
    return o[0] == "http" and n[0] == "https" and o[1] == n[1] and o[2] == 80 and n[2] == 443


def redirect_request(request: Request, status: int, location: Optional[str]) -> Optional[Request]:
    """The request to send next, or None when ``status``/``location`` is not a redirect."""
    if status not in REDIRECT_STATUSES or not location:
        return None
    url = urljoin(request.url, location.strip())
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return None
    method = request.method
    if status == 303 and method != "HEAD":
        method = "GET"
    elif status == 302 and method != "HEAD":
        method = "GET"
    elif status == 301 and method == "POST":
        method = "GET"
    headers = list(request.headers)
    content = request.content
    if method != request.method:
        content = None
        headers = [(k, v) for k, v in headers
                   if k.lower() not in ("content-type", "content-length", "transfer-encoding")]
    if not same_origin(request.url, url) and not _is_https_upgrade(request.url, url):
        headers = [(k, v) for k, v in headers if k.lower() not in _CREDENTIAL_HEADERS]
    headers = [(k, v) for k, v in headers if k.lower() != "host"]
    return Request(method, url, headers, content, request.timeout)
