"""Dumping response models (``model_dump``, ``to_dict``, ``to_json``...): pydantic's rules
for include/exclude, unset, defaults and None.  Imported by ``_models`` on first use.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, Callable, Dict, Mapping, Optional, Tuple

from ._models import _MISSING, BaseModel, _plan_of

__all__ = ["DumpOptions", "dump_model", "json_text"]


class DumpOptions:
    __slots__ = ("json", "by_alias", "exclude_unset", "exclude_defaults", "exclude_none",
                 "fallback")

    def __init__(self, json: bool, by_alias: bool, exclude_unset: bool, exclude_defaults: bool,
                 exclude_none: bool, fallback: Optional[Callable[[Any], Any]]) -> None:
        self.json = json
        self.by_alias = by_alias
        self.exclude_unset = exclude_unset
        self.exclude_defaults = exclude_defaults
        self.exclude_none = exclude_none
        self.fallback = fallback


def _sub_filters(include: Any, exclude: Any, key: Any) -> Tuple[bool, Any, Any]:
    """pydantic's include/exclude: sets of keys or nested dicts (``True`` = whole value,
    ``"__all__"`` = every item). Returns (keep, nested include, nested exclude)."""
    sub_inc = None
    if include is not None:
        if isinstance(include, Mapping):
            sub_inc = include.get(key, include.get("__all__"))
            if sub_inc is None or sub_inc is False:
                return False, None, None
            if sub_inc is True or sub_inc is Ellipsis:
                sub_inc = None
        elif key not in include:
            return False, None, None
    sub_exc = None
    if exclude is not None:
        if isinstance(exclude, Mapping):
            sub_exc = exclude.get(key, exclude.get("__all__"))
            if sub_exc is True or sub_exc is Ellipsis:
                return False, None, None
            if sub_exc is False:
                sub_exc = None
        elif key in exclude:
            return False, None, None
    return True, sub_inc, sub_exc


def dump_model(model: BaseModel, opts: DumpOptions, include: Any, exclude: Any) -> Dict[str, Any]:
    plan = _plan_of(type(model))
    values = model.__dict__
    fields_set, extra = model._lite_state
    out: Dict[str, Any] = {}
    filtered = include is not None or exclude is not None
    for name, api, default in plan.fields:
        if opts.exclude_unset and name not in fields_set:
            continue
        value = values.get(name)
        if opts.exclude_none and value is None:
            continue
        if opts.exclude_defaults and default is not _MISSING and value == default:
            continue
        inc = exc = None
        if filtered:
            keep, inc, exc = _sub_filters(include, exclude, name)
            if not keep:
                continue
        out[api if opts.by_alias else name] = _dump_value(value, opts, inc, exc)
    if extra:
        for key, value in extra.items():
            if opts.exclude_none and value is None:
                continue
            inc = exc = None
            if filtered:
                keep, inc, exc = _sub_filters(include, exclude, key)
                if not keep:
                    continue
            out[key] = _dump_value(value, opts, inc, exc)
    return out


def _dump_value(value: Any, opts: DumpOptions, include: Any, exclude: Any) -> Any:
    tp = type(value)
    if tp is str or tp is int or tp is float or tp is bool or value is None:
        return value
    if isinstance(value, BaseModel):
        return dump_model(value, opts, include, exclude)
    if tp is list or tp is tuple:
        if include is None and exclude is None:
            return [_dump_value(v, opts, None, None) for v in value]
        out = []
        for i, v in enumerate(value):
            keep, inc, exc = _sub_filters(include, exclude, i)
            if keep:
                out.append(_dump_value(v, opts, inc, exc))
        return out
    if isinstance(value, dict):
        result = {}
        for k, v in value.items():
            inc = exc = None
            if include is not None or exclude is not None:
                keep, inc, exc = _sub_filters(include, exclude, k)
                if not keep:
                    continue
            # exclude_none concerns fields only; pydantic keeps None inside plain dicts
            result[k] = _dump_value(v, opts, inc, exc)
        return result
    if opts.json:
        if isinstance(value, datetime):
            text = value.isoformat()
            return text[:-6] + "Z" if text.endswith("+00:00") else text
        if isinstance(value, date):
            return value.isoformat()
        if opts.fallback is not None:
            return opts.fallback(value)
    return value


def json_text(data: Any, indent: Optional[int]) -> str:
    import json

    if indent is None:
        # pydantic's compact form has no spaces after separators
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent)
