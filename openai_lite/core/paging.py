"""Next-page rules for the four page shapes, as pure functions of a page's JSON."""
from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional

__all__ = ["next_cursor", "has_next"]


def _last_id(items: List[Any]) -> Optional[str]:
    if not items:
        return None
    last = items[-1]
    value = last.get("id") if isinstance(last, Mapping) else getattr(last, "id", None)
    return value if value is not None else None


def next_cursor(kind: str, page: Mapping[str, Any], items: List[Any]) -> Optional[Dict[str, object]]:
    """The query params of the next request, or None when there is no next page."""
    if kind == "page":
        return None
    if page.get("has_more") is False:
        return None
    if not items:
        return None
    if kind == "cursor":
        cursor = _last_id(items)
    elif kind == "conversation":
        cursor = page.get("last_id") or None
    elif kind == "next":
        cursor = page.get("next") or None
    else:
        raise ValueError(f"unknown page kind {kind!r}")
    return {"after": cursor} if cursor is not None else None


def has_next(kind: str, page: Mapping[str, Any], items: List[Any]) -> bool:
    return next_cursor(kind, page, items) is not None
