"""Strict mode for response models (``construct_type(..., strict=True)``, a client with
``_strict_response_validation``): every value checked against its type hint, the first
mismatch raised as ``ValidationError`` with its path.  Imported by ``_models`` on first use.
"""
from __future__ import annotations

import typing
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Mapping, Optional, Set, Tuple, TypeVar

from ._models import (
    _MAPPING, _SEQUENCE, _UNION_TYPES, BaseModel, Path, ValidationError, Validator,
    _is_model, _new, _NoneType, _plan_of, _set_dict, _set_state, _strip,
    _to_date, _to_datetime, _UnionConverter,
)

__all__ = ["build_strict", "validator"]


def build_strict(cls: Any, data: Any, path: Path) -> BaseModel:
    """``cls._lite_build_strict``: a model from a JSON object, every field validated."""
    if not isinstance(data, Mapping):
        raise ValidationError(path, f"expected an object for {cls.__name__}, "
                                    f"got {type(data).__name__}")
    plan = _plan_of(cls)
    table = plan.strict
    if table is None:
        # built aside and published whole: another thread may be reading plan.strict
        table = {api: (name, validator(plan.hints[name])) for name, api, _default in plan.fields}
        plan.strict = table
    for api in plan.required_api:
        if api not in data:
            raise ValidationError(path + (api,), f"field required by {cls.__name__}")
    values = plan.defaults.copy()
    for name, factory in plan.factories:
        values[name] = factory()
    fields_set: Set[str] = set()
    extra: Optional[Dict[str, Any]] = None
    for key, value in data.items():
        spec = table.get(key)
        if spec is None:
            if extra is None:
                extra = {}
            extra[key] = value
            continue
        values[spec[0]] = spec[1](value, path + (key,))
        fields_set.add(spec[0])
    obj: BaseModel = _new(cls)
    _set_dict(obj, values)
    _set_state(obj, (fields_set, extra))
    return obj


_VALIDATORS: Dict[int, Tuple[Any, Validator]] = {}


def validator(tp: Any) -> Validator:
    """The strict validator of a type hint, made once per hint object."""
    entry = _VALIDATORS.get(id(tp))
    if entry is not None and entry[0] is tp:
        return entry[1]
    made = _make_validator(tp)
    _VALIDATORS[id(tp)] = (tp, made)
    return made


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _make_validator(tp: Any) -> Validator:
    tp = _strip(tp)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is Any or tp is object or isinstance(tp, TypeVar):
        return lambda v, p: v
    if tp is _NoneType:
        def none(v: Any, p: Path) -> Any:
            if v is not None:
                raise ValidationError(p, f"expected null, got {_describe(v)}")
            return v
        return none
    if _is_model(tp):
        def model(v: Any, p: Path) -> Any:
            if v is None:
                raise ValidationError(p, f"expected an object for {tp.__name__}, got null")
            return tp._lite_build_strict(v, p)
        return model
    if tp in (str, int, bool):
        def scalar(v: Any, p: Path) -> Any:
            if type(v) is not tp:
                raise ValidationError(p, f"expected {tp.__name__}, got {_describe(v)}")
            return v
        return scalar
    if tp is float:
        def number(v: Any, p: Path) -> Any:
            if type(v) is float:
                return v
            if type(v) is int:
                return float(v)
            raise ValidationError(p, f"expected float, got {_describe(v)}")
        return number
    if tp is datetime or tp is date:
        def when(v: Any, p: Path) -> Any:
            converted = _to_datetime(v) if tp is datetime else _to_date(v)
            if not isinstance(converted, tp):
                raise ValidationError(p, f"expected {tp.__name__}, got {_describe(v)}")
            return converted
        return when
    if origin is Literal:
        def literal(v: Any, p: Path) -> Any:
            for allowed in args:
                if v == allowed and type(v) is type(allowed):
                    return v
            raise ValidationError(p, f"expected one of {list(args)!r}, got {_describe(v)}")
        return literal
    if origin in _UNION_TYPES:
        return _union_validator(list(args))
    if origin in (list, _SEQUENCE) or tp is list:
        item = validator(args[0]) if args else validator(Any)

        def items(v: Any, p: Path) -> Any:
            if type(v) is not list:
                raise ValidationError(p, f"expected a list, got {_describe(v)}")
            return [item(x, p + (i,)) for i, x in enumerate(v)]
        return items
    if origin in (dict, _MAPPING) or tp is dict:
        val = validator(args[1]) if len(args) == 2 else validator(Any)

        def mapping(v: Any, p: Path) -> Any:
            if type(v) is not dict:
                raise ValidationError(p, f"expected an object, got {_describe(v)}")
            return {k: val(x, p + (k,)) for k, x in v.items()}
        return mapping
    if isinstance(tp, type):
        def instance(v: Any, p: Path) -> Any:
            if not isinstance(v, tp):
                raise ValidationError(p, f"expected {tp.__name__}, got {_describe(v)}")
            return v
        return instance
    return lambda v, p: v


def _union_validator(args: List[Any]) -> Validator:
    nullable = _NoneType in args
    variants = [a for a in args if a is not _NoneType]
    if len(variants) == 1:
        inner = validator(variants[0])

        def optional(v: Any, p: Path) -> Any:
            return None if v is None else inner(v, p)
        return optional
    lenient = _UnionConverter(variants)
    lenient.setup()
    checks = [(v, validator(v)) for v in variants]

    def union(v: Any, p: Path) -> Any:
        if v is None:
            if nullable:
                return None
            raise ValidationError(p, "expected a value, got null")
        if lenient.disc is not None and type(v) is dict:
            model = lenient.mapping.get(v.get(lenient.disc))
            if model is None:
                raise ValidationError(p + (lenient.disc,),
                                      f"expected one of {sorted(lenient.mapping)!r}, "
                                      f"got {_describe(v.get(lenient.disc))}")
            return model._lite_build_strict(v, p)
        first: Optional[ValidationError] = None
        for _variant, check in checks:
            try:
                return check(v, p)
            except ValidationError as e:
                first = first or e
        assert first is not None
        raise ValidationError(first.path, f"matches no variant of the union ({first.reason})")
    return union
