"""Credentials never leave through logs, reprs or exception text."""
from __future__ import annotations

from _collections_abc import Mapping  # collections.abc's own home: no collections import

TYPE_CHECKING = False  # typing is not imported at run time: annotations only
if TYPE_CHECKING:
    from typing import Iterable, List, Tuple, Union

SENSITIVE_HEADERS = frozenset({
    "authorization", "api-key", "proxy-authorization", "x-api-key", "openai-api-key",
    "x-amz-security-token", "cookie", "set-cookie",
})


def is_sensitive(name: str) -> bool:
    lname = name.lower()
    return lname in SENSITIVE_HEADERS or lname.endswith("-key") or "token" in lname or "secret" in lname


def redact_headers(
    headers: "Union[Mapping[str, str], Iterable[Tuple[str, str]]]",
) -> List[Tuple[str, str]]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return [(k, "<redacted>" if is_sensitive(k) else v) for k, v in items]


def redact_url(url: str) -> str:
    """Hide the password of a URL's userinfo (proxy URLs carry them)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    authority, slash, path = rest.partition("/")
    if "@" in authority:
        userinfo, _, host = authority.rpartition("@")
        user = userinfo.split(":", 1)[0]
        authority = f"{user}:<redacted>@{host}" if ":" in userinfo else f"{user}@{host}"
    return f"{scheme}{sep}{authority}{slash}{path}"
