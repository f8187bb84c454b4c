"""JSON request bodies: drop omitted arguments, apply ``extra_body``, serialise."""
from __future__ import annotations

from _collections_abc import Mapping  # collections.abc's own home: no collections import

from .._types import NotGiven, Omit

TYPE_CHECKING = False  # typing is not imported at run time: annotations only
if TYPE_CHECKING:
    import json
    from typing import Any, Dict, List, Optional, Tuple

    _Encoders = Tuple[json.JSONEncoder, json.JSONEncoder, json.JSONEncoder]

__all__ = ["strip_not_given", "merge_extra_body", "dumps"]

_SENTINELS = (NotGiven, Omit)


_LEAVES = frozenset({str, int, float, bool, type(None)})


def strip_not_given(obj: object) -> object:
    """Return ``obj`` with every ``NotGiven``/``Omit`` value removed, recursively.

    ``None`` is kept: an explicit ``None`` argument is sent as JSON ``null``.  Tuples come
    back as lists; sentinels inside lists are dropped too (there is no "absent" element).
    Copy-on-write: containers that need no change are returned as they are (shared with
    the input), because request bodies carry long message lists that almost never hold a
    sentinel below the top level.  Do not mutate the result's nested values.
    """
    kind = type(obj)
    if kind in _LEAVES:
        return obj
    if kind is dict:
        return _strip_dict(obj)  # type: ignore[arg-type]
    if kind is list:
        return _strip_list(obj)  # type: ignore[arg-type]
    if isinstance(obj, tuple):
        return [strip_not_given(v) for v in obj if not isinstance(v, _SENTINELS)]
    if isinstance(obj, Mapping):
        return {k: strip_not_given(v) for k, v in obj.items() if not isinstance(v, _SENTINELS)}
    if isinstance(obj, list):
        return _strip_list(obj)
    return obj


def _strip_dict(d: Dict[Any, Any]) -> Dict[Any, Any]:
    new: Optional[Dict[Any, Any]] = None
    for key, value in d.items():
        if type(value) in _LEAVES:
            if new is not None:
                new[key] = value
        elif isinstance(value, _SENTINELS):
            if new is None:
                new = _dict_prefix(d, key)
        else:
            stripped = strip_not_given(value)
            if new is not None:
                new[key] = stripped
            elif stripped is not value:
                new = _dict_prefix(d, key)
                new[key] = stripped
    return d if new is None else new


def _dict_prefix(d: Dict[Any, Any], stop: object) -> Dict[Any, Any]:
    out: Dict[Any, Any] = {}
    for key, value in d.items():
        if key is stop:
            break
        out[key] = value
    return out


def _strip_list(items: List[Any]) -> List[Any]:
    new: Optional[List[Any]] = None
    for index, value in enumerate(items):
        if type(value) in _LEAVES:
            if new is not None:
                new.append(value)
        elif isinstance(value, _SENTINELS):
            if new is None:
                new = items[:index]
        else:
            stripped = strip_not_given(value)
            if new is not None:
                new.append(stripped)
            elif stripped is not value:
                new = items[:index]
                new.append(stripped)
    return items if new is None else new


def merge_extra_body(body: object, extra: Optional[Mapping[str, object]]) -> object:
    """Shallow-merge ``extra`` over the top level of ``body`` (``extra`` wins).

    A sentinel in ``extra`` deletes that key.  Like the SDK, any non-``None`` ``extra``
    requires ``body`` to be a JSON object (or absent, in which case ``extra`` becomes it).
    """
    if extra is None:
        return body
    if body is None or isinstance(body, NotGiven):
        base: dict[str, object] = {}
    elif isinstance(body, Mapping):
        base = dict(body)
    else:
        raise RuntimeError(
            f"Unexpected JSON data type, {type(body)}, cannot merge with `extra_body`"
        )
    for key, value in extra.items():
        if isinstance(value, _SENTINELS):
            base.pop(key, None)
        else:
            base[key] = value
    return base


class _NeedsStrip(Exception):
    """A sentinel reached the encoder: retry after a stripping walk."""


def _default(obj: Any) -> Any:
    to_dict = getattr(obj, "to_dict", None)
    if to_dict is not None and callable(to_dict):
        return to_dict()
    if isinstance(obj, _SENTINELS) or isinstance(obj, Mapping):
        raise _NeedsStrip  # the walk drops sentinels and turns other mappings into dicts
    import datetime  # only reached for non-JSON values; keeps module import cheap

    if isinstance(obj, (datetime.date, datetime.time)):
        return obj.isoformat()
    import dataclasses
    import enum

    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        # e.g. a parsed structured-output instance sent back in `messages`
        return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    if isinstance(obj, enum.Enum):
        return obj.value
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def _default_strict(obj: Any) -> Any:
    if isinstance(obj, _SENTINELS):
        raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")
    if isinstance(obj, Mapping):  # met after the walk, e.g. inside a dataclass
        return strip_not_given(obj)
    return _default(obj)


# Built once: `json.dumps(**kwargs)` would construct a fresh encoder on every call.  Not at
# import, though: json is only needed once a request has a body.
_ENCODERS: "Optional[_Encoders]" = None  # (default, strict, ASCII-only)


def _encoders() -> "_Encoders":
    global _ENCODERS
    if _ENCODERS is None:
        import json

        _ENCODERS = (
            json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_default),
            json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"),
                             default=_default_strict),
            json.JSONEncoder(ensure_ascii=True, allow_nan=False, separators=(",", ":"),
                             default=_default_strict),
        )
    return _ENCODERS


def dumps(obj: object) -> bytes:
    """Serialise a request body: compact UTF-8, no NaN/Infinity (``ValueError``).

    Sentinels left anywhere in ``obj`` are dropped; the common sentinel-free body is
    encoded in one pass with no pre-walk.
    """
    encoder, strict, ascii_only = _ENCODERS or _encoders()
    try:
        text = encoder.encode(obj)
    except _NeedsStrip:
        obj = strip_not_given(obj)
        text = strict.encode(obj)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate cannot be UTF-8; its `\udXXX` escape is still valid JSON text.
        return ascii_only.encode(obj).encode("ascii")
