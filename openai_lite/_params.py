"""Turning a method's keyword arguments into its query or body, without repeating names."""
from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, Dict, Iterable, Mapping

from ._types import NOT_GIVEN, NotGiven, Omit

__all__ = ["collect", "REQUEST_KWARGS"]

REQUEST_KWARGS = frozenset({"self", "extra_headers", "extra_query", "extra_body", "timeout"})

_SENTINEL_TYPES = frozenset({NotGiven, Omit})
_PLAIN_TYPES = frozenset({str, int, float, bool, list, dict, tuple, type(None), bytes})


def collect(arguments: Mapping[str, Any], names: Iterable[str]) -> Dict[str, Any]:
    """The given arguments among ``names``, in that order; omitted ones are left out and an
    explicit None stays (it is sent as JSON null).

    A one-shot iterator (a generator of messages, say) is turned into a list here, once:
    the body is rebuilt on every retry and a consumed generator would send nothing.
    """
    # One comprehension for the many omitted parameters, then a look at the few given.
    out = {name: value for name in names if (value := arguments[name]) is not NOT_GIVEN}
    for value in out.values():
        if type(value) not in _PLAIN_TYPES:
            return _unusual(out)
    return out


def _unusual(given: Dict[str, Any]) -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    for name, value in given.items():
        kind = type(value)
        if kind in _PLAIN_TYPES:
            out[name] = value
        elif kind not in _SENTINEL_TYPES:
            if isinstance(value, Iterator) and not isinstance(value, io.IOBase):
                value = list(value)
            out[name] = value
    return out
