"""Turning a method's keyword arguments into its query or body, without repeating names."""
from __future__ import annotations

from typing import Any, Dict, Iterable, Mapping

from ._types import NotGiven, Omit

__all__ = ["collect", "REQUEST_KWARGS"]

REQUEST_KWARGS = frozenset({"self", "extra_headers", "extra_query", "extra_body", "timeout"})


def collect(arguments: Mapping[str, Any], names: Iterable[str]) -> Dict[str, Any]:
    """The given arguments among ``names``, in that order; omitted ones are left out and an
    explicit None stays (it is sent as JSON null)."""
    skip = _SENTINEL_TYPES
    return {name: arguments[name] for name in names if type(arguments[name]) not in skip}


_SENTINEL_TYPES = frozenset({NotGiven, Omit})
