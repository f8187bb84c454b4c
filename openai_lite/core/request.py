"""From a call's options to the exact bytes-level request of one attempt.

Header precedence (lowest first): auth, SDK defaults, client default_headers, the
call's headers; ``omit`` anywhere removes a header.  The two per-attempt headers
(retry count, read timeout) are set last unless the call itself names them.
"""
from __future__ import annotations

import os
import sys

from .._timeout import Timeout, to_timeout
from .._types import NotGiven, Omit
from ..transport.base import Request
from . import jsonbody, query
from .options import RequestOptions

TYPE_CHECKING = False  # typing is not imported at run time: annotations only
if TYPE_CHECKING:
    from typing import Dict, List, Mapping, Optional, Tuple, Union

    HeaderLayer = Optional[Mapping[str, Union[str, Omit]]]

__all__ = ["platform_headers", "merge_headers", "build_request", "check_header", "join_url", "HeaderBase"]

_platform_cache: Optional[List[Tuple[str, str]]] = None


def _os_name() -> str:
    plat = sys.platform
    lower = plat.lower()
    if "iphone" in lower or "ipad" in lower:
        return "iOS"
    if lower == "darwin":
        return "MacOS"
    if lower in ("win32", "cygwin"):
        return "Windows"
    if "android" in lower:
        return "Android"
    if lower.startswith("freebsd"):
        return "FreeBSD"
    if lower.startswith("openbsd"):
        return "OpenBSD"
    if lower.startswith("linux"):
        return "Linux"
    return f"Other:{lower}" if lower else "Unknown"


def _machine() -> str:
    uname = getattr(os, "uname", None)
    if uname is not None:
        return str(uname().machine)
    import platform  # Windows only; costly elsewhere for no gain

    return platform.machine()


def _arch() -> str:
    machine = _machine().lower()
    if machine in ("arm64", "aarch64"):
        return "arm64"
    if machine.startswith("arm"):
        return "arm"
    if machine in ("x86_64", "amd64"):
        return "x64" if sys.maxsize > 2 ** 32 else "x32"
    if sys.maxsize <= 2 ** 32:
        return "x32"
    return f"other:{machine}" if machine else "unknown"


def platform_headers() -> List[Tuple[str, str]]:
    """X-Stainless-* values that describe this interpreter; computed once per process."""
    global _platform_cache
    if _platform_cache is None:
        impl = sys.implementation.name
        runtime = {"cpython": "CPython", "pypy": "PyPy"}.get(impl, impl or "unknown")
        _platform_cache = [
            ("X-Stainless-OS", _os_name()),
            ("X-Stainless-Arch", _arch()),
            ("X-Stainless-Runtime", runtime),
            ("X-Stainless-Runtime-Version", "%d.%d.%d" % sys.version_info[:3]),
        ]
    return _platform_cache


def check_header(name: str, value: str) -> None:
    """Refuse header injection.  The value itself is never echoed: it may be a secret."""
    if not isinstance(name, str) or not isinstance(value, str):
        raise TypeError(f"Header {name!r} must be a string, not {type(value).__name__}")
    for ch in ("\r", "\n", "\x00"):
        if ch in name or ch in value:
            raise ValueError(f"Invalid header {name!r}: header names and values must not contain CR, LF or NUL")


def merge_headers(*layers: HeaderLayer) -> Dict[str, Tuple[str, str]]:
    """lower-name -> (name as last written, value); later layers win, omit deletes."""
    out: Dict[str, Tuple[str, str]] = {}
    for layer in layers:
        if not layer:
            continue
        for k, v in layer.items():
            lk = k.lower()
            if isinstance(v, (Omit, NotGiven)):
                out.pop(lk, None)
            else:
                out[lk] = (k, v)
    return out


class HeaderBase:
    """A client's constant headers (SDK defaults, then default_headers), merged and checked
    once, so a request only merges its own few headers on top."""

    __slots__ = ("merged", "omitted", "memo")

    def __init__(self, *layers: HeaderLayer) -> None:
        self.merged = merge_headers(*layers)
        # Merged headers of calls that add none of their own, by (auth, retry count, read
        # timeout): nearly every call, so a request usually costs one lookup, not a merge.
        self.memo: Dict[Tuple[object, ...], Dict[str, Tuple[str, str]]] = {}
        # names whose last word in these layers is omit: they also remove a lower layer (auth)
        state: Dict[str, bool] = {}
        for layer in layers:
            for k, v in (layer or {}).items():
                state[k.lower()] = isinstance(v, (Omit, NotGiven))
        self.omitted = frozenset(k for k, gone in state.items() if gone)
        for name, value in self.merged.values():
            check_header(name, value)


_MEMO_SIZE = 64


def _merge(base: HeaderBase, auth_headers: Mapping[str, str], call: Mapping[str, Union[str, Omit]],
           retry_count: int, read_timeout: Optional[float]) -> Dict[str, Tuple[str, str]]:
    merged: Dict[str, Tuple[str, str]] = {}
    omitted = base.omitted
    for k, v in auth_headers.items():
        lk = k.lower()
        if lk not in omitted:
            check_header(k, v)
            merged[lk] = (k, v)
    merged.update(base.merged)
    call_headers = set()
    for k, cv in call.items():
        lk = k.lower()
        call_headers.add(lk)
        if isinstance(cv, (Omit, NotGiven)):
            merged.pop(lk, None)
        else:
            check_header(k, cv)
            merged[lk] = (k, cv)
    if "x-stainless-retry-count" not in call_headers:
        merged["x-stainless-retry-count"] = ("x-stainless-retry-count", str(retry_count))
    if "x-stainless-read-timeout" not in call_headers and read_timeout is not None:
        merged["x-stainless-read-timeout"] = ("x-stainless-read-timeout", str(read_timeout))
    return merged


def join_url(base_url: str, path: str) -> str:
    if "://" in path[:10]:
        return path
    return base_url + path.lstrip("/")


def build_request(
    options: RequestOptions,
    *,
    base_url: str,
    auth_headers: Mapping[str, str],
    base_headers: HeaderBase,
    default_query: Mapping[str, object],
    client_timeout: "Union[float, Timeout, None]",
    retry_count: int,
    url: Optional[str] = None,
) -> Request:
    timeout = to_timeout(client_timeout if isinstance(options.timeout, NotGiven) else options.timeout)
    if options.headers:
        merged = _merge(base_headers, auth_headers, options.headers, retry_count, timeout.read)
    else:
        key = (*auth_headers.items(), retry_count, timeout.read)
        memo = base_headers.memo
        shared = memo.get(key)
        if shared is None:
            if len(memo) >= _MEMO_SIZE:  # a rotating key (api_key callable) must not grow it
                memo.clear()
            shared = memo[key] = _merge(base_headers, auth_headers, {}, retry_count, timeout.read)
        merged = shared  # copied below before any change

    # URL and query: the path's own query first, then default_query < call params.
    full = url if url is not None else join_url(base_url, options.url)
    params: Dict[str, object] = {}
    if default_query:
        params.update(default_query)
    params.update(options.params)
    if params:
        qs = query.encode_query(params)
        if qs:
            full = query.merge_url_query(full, qs)

    body: Optional[bytes] = None
    method = options.method
    if options.content is not None:
        body = options.content
    elif options.multipart or options.files:
        from . import multipart

        fields = jsonbody.strip_not_given(options.json_data) if options.json_data is not None else {}
        fields = jsonbody.merge_extra_body(fields, options.extra_json)
        if not isinstance(fields, dict):
            raise TypeError("multipart fields must be a mapping")
        merged = dict(merged)
        ct_given = merged.get("content-type")
        boundary = None
        if ct_given is not None and "boundary=" in ct_given[1]:
            boundary = ct_given[1].split("boundary=", 1)[1].split(";")[0].strip().strip('"')
        body, content_type = multipart.encode_multipart(fields, options.files or [], boundary=boundary)
        if ct_given is None or "boundary=" not in ct_given[1]:
            merged["content-type"] = ("Content-Type", content_type)
    elif method != "GET":
        data = options.json_data
        if options.extra_json:
            data = jsonbody.merge_extra_body(
                jsonbody.strip_not_given(data) if data is not None else None, options.extra_json)
        # dumps drops omitted values itself, walking the body only when it meets one
        body = b"" if data is None else jsonbody.dumps(data)

    if method == "GET" and "content-type" in merged:
        merged = dict(merged)
        del merged["content-type"]

    return Request(method, full, list(merged.values()), body, timeout)
