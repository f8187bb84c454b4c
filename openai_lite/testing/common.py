"""Pieces every route module shares: the API's error shape, ids, cursor pages."""
from __future__ import annotations

import copy
import hashlib
import threading
from http import HTTPStatus
from typing import Any, Dict, Optional, Sequence, Tuple

from .scripting import FakeResponse

__all__ = ["ApiError", "error_body", "IdMaker", "paginate", "not_found", "JSON"]

JSON = Dict[str, Any]


class ApiError(Exception):
    """Raised by a route to answer with the API's error shape."""

    def __init__(self, status: int, message: str, *, type: str = "invalid_request_error",
                 param: Optional[str] = None, code: Optional[str] = None) -> None:
        super().__init__(message)
        self.status = status
        self.body = {"error": {"message": message, "type": type, "param": param, "code": code}}

    def response(self) -> FakeResponse:
        return FakeResponse(self.status, json=self.body)


_DEFAULT_ERRORS: Dict[int, Tuple[str, str, Optional[str]]] = {
    400: ("The request was not valid.", "invalid_request_error", None),
    401: ("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"),
    403: ("You are not allowed to perform this request.", "invalid_request_error", None),
    404: ("The requested resource does not exist.", "invalid_request_error", None),
    408: ("The request timed out.", "timeout", None),
    409: ("The request conflicts with the current state of the resource.",
          "invalid_request_error", None),
    422: ("The request could not be processed.", "invalid_request_error", None),
    429: ("Rate limit reached for requests. Try again later.", "requests", "rate_limit_exceeded"),
    500: ("The server had an error while processing the request.", "server_error", None),
    502: ("Bad gateway.", "server_error", None),
    503: ("The service is temporarily overloaded. Try again later.", "server_error", None),
}


def error_body(status: int, message: Optional[str] = None) -> JSON:
    default = _DEFAULT_ERRORS.get(status)
    if default is None:
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "Error"
        default = (phrase + ".", "server_error" if status >= 500 else "invalid_request_error", None)
    text, kind, code = default
    return {"error": {"message": message or text, "type": kind, "param": None, "code": code}}


_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


class IdMaker:
    """Identifiers in the API's formats that repeat from one fresh server to the next."""

    def __init__(self, seed: int = 0) -> None:
        self._seed = seed
        self._counters: Dict[str, int] = {}
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self._counters.clear()

    def _digest(self, prefix: str) -> bytes:
        with self._lock:
            n = self._counters.get(prefix, 0)
            self._counters[prefix] = n + 1
        return hashlib.sha256(f"{self._seed}:{prefix}:{n}".encode()).digest()

    def alnum(self, prefix: str, length: int) -> str:
        value = int.from_bytes(self._digest(prefix), "big")
        chars = []
        for _ in range(length):
            value, rem = divmod(value, 62)
            chars.append(_ALNUM[rem])
        return prefix + "".join(chars)

    def hex(self, prefix: str, length: int) -> str:
        digest = self._digest(prefix)
        while len(digest) * 2 < length:
            digest += hashlib.sha256(digest).digest()
        return prefix + digest.hex()[:length]


def paginate(items: Sequence[JSON], query: Dict[str, str], *, default_limit: int,
              max_limit: int, default_order: str = "desc") -> JSON:
    """The cursor page shape (``after``/``before`` are item ids) over items oldest first."""
    order = query.get("order", default_order)
    if order not in ("asc", "desc"):
        raise ApiError(400, f"Invalid value for 'order': expected 'asc' or 'desc', got {order!r}.",
                       param="order", code="invalid_value")
    raw_limit = query.get("limit", str(default_limit))
    try:
        limit = int(raw_limit)
    except ValueError:
        raise ApiError(400, f"Invalid 'limit': expected an integer, got {raw_limit!r}.",
                       param="limit", code="invalid_type") from None
    if not 1 <= limit <= max_limit:
        raise ApiError(400, f"Invalid 'limit': must be between 1 and {max_limit}, got {limit}.",
                       param="limit", code="invalid_value")
    ordered = list(items) if order == "asc" else list(reversed(items))
    ids = [item["id"] for item in ordered]
    after, before = query.get("after"), query.get("before")
    start, end = 0, len(ordered)
    if after:
        start = ids.index(after) + 1 if after in ids else len(ordered)
    if before:
        end = ids.index(before) if before in ids else 0
    window = ordered[start:end]
    if before and not after:
        # Paging backwards: the page is the items just before the cursor.
        page = window[-limit:]
        has_more = len(window) > limit
    else:
        page = window[:limit]
        has_more = len(window) > limit
    return {
        "object": "list",
        "data": copy.deepcopy(page),
        "first_id": page[0]["id"] if page else None,
        "last_id": page[-1]["id"] if page else None,
        "has_more": has_more,
    }


def not_found(kind: str, ident: str, param: str = "id") -> ApiError:
    return ApiError(404, f"No such {kind}: '{ident}'.", param=param)
