"""Response models: dataclasses built from parsed JSON by their type hints.

The official SDK's models are pydantic classes built in "construct" mode: no validation,
unknown keys kept, missing keys read as None. Here a model is a plain dataclass and the
type hints are compiled once per class into a table of small converter functions, so
building a model from ``json.loads`` output is a dict walk with no per-field type
inspection. Every response and every stream chunk passes through ``_lite_build``.
"""
from __future__ import annotations

import dataclasses
import re
import sys
import typing
from datetime import date, datetime, timezone
from typing import (
    TYPE_CHECKING, Any, Callable, ClassVar, Dict, Iterator, List, Literal, Mapping,
    Optional, Set, Tuple, Type, TypeVar, Union,
)

__all__ = [
    "BaseModel", "GenericModel", "FieldInfo", "ValidationError", "construct_type",
]

_M = TypeVar("_M", bound="BaseModel")
_T = TypeVar("_T")

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover - the decorator only informs type checkers
    def dataclass_transform(**_kwargs: Any) -> Callable[[_T], _T]:
        def decorate(obj: _T) -> _T:
            return obj
        return decorate

_MISSING: Any = dataclasses.MISSING
_NoneType = type(None)
_new = object.__new__
_setattr = object.__setattr__
_UNION_TYPES: Tuple[Any, ...] = (Union,)
if sys.version_info >= (3, 10):
    import types as _types

    _UNION_TYPES = (Union, _types.UnionType)

_SEQUENCE = typing.get_origin(typing.Sequence)
_MAPPING = typing.get_origin(typing.Mapping)

# A converter takes a non-None JSON value and returns the Python value; None means "keep
# the value as it is", which lets the hot loop skip a call for str/int/bool fields.
Converter = Optional[Callable[[Any], Any]]
Path = Tuple[Union[str, int], ...]
Validator = Callable[[Any, Path], Any]


class ValidationError(ValueError):
    """A strict-mode mismatch; ``path`` locates the offending value inside the payload."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        self.reason = message
        where = ".".join(str(p) for p in path) or "<root>"
        super().__init__(f"{where}: {message}")


class FieldInfo:
    """What pydantic's ``model_fields`` exposes for one field, enough for introspection."""

    __slots__ = ("name", "alias", "annotation", "default", "default_factory")

    def __init__(self, name: str, alias: Optional[str], annotation: Any, default: Any,
                 default_factory: Optional[Callable[[], Any]] = None) -> None:
        self.name = name
        self.alias = alias
        self.annotation = annotation
        self.default = default
        self.default_factory = default_factory

    def is_required(self) -> bool:
        return self.default is _MISSING and self.default_factory is None

    def __repr__(self) -> str:
        return (f"FieldInfo(annotation={self.annotation!r}, required={self.is_required()}"
                + (f", alias={self.alias!r}" if self.alias else "") + ")")


class _Plan:
    """Everything about one model class that construction and dumping need, computed once."""

    __slots__ = ("fields", "by_api", "by_name", "defaults", "factories", "names",
                 "has_alias", "required_api", "literal_api", "shallow", "strict", "infos")

    fields: Tuple[Tuple[str, str, Any], ...]  # (name, api name, default)
    by_api: Dict[str, Tuple[str, Converter]]
    by_name: Dict[str, Converter]
    defaults: Dict[str, Any]
    factories: Tuple[Tuple[str, Callable[[], Any]], ...]
    names: frozenset[str]
    has_alias: bool
    required_api: Tuple[str, ...]
    literal_api: Dict[str, Tuple[Any, ...]]  # fields typed as Literal, for union matching
    shallow: Dict[str, Callable[[Any], bool]]
    strict: Optional[Dict[str, Tuple[str, Validator]]]
    infos: Dict[str, FieldInfo]


def _compile(cls: Type[BaseModel]) -> _Plan:
    # Hints are resolved on first use rather than at class creation so that models may
    # refer to classes defined later in their module (or to themselves).
    hints = typing.get_type_hints(cls, include_extras=True)
    plan = _Plan()
    fields: List[Tuple[str, str, Any]] = []
    plan.by_api = {}
    plan.by_name = {}
    plan.defaults = {}
    factories: List[Tuple[str, Callable[[], Any]]] = []
    required: List[str] = []
    plan.literal_api = {}
    plan.shallow = {}
    plan.infos = {}
    plan.has_alias = False
    fields_of: Any = cls  # a dataclass at runtime; typeshed cannot see that
    for f in dataclasses.fields(fields_of):
        tp = hints.get(f.name, Any)
        api = f.metadata.get("alias", f.name)
        if api != f.name:
            plan.has_alias = True
        default = f.default
        factory: Optional[Callable[[], Any]] = None
        if f.default_factory is not _MISSING:
            factory = typing.cast(Callable[[], Any], f.default_factory)
            factories.append((f.name, factory))
        elif default is _MISSING:
            required.append(api)
        conv = _converter(tp)
        fields.append((f.name, api, default))
        plan.by_api[api] = (f.name, conv)
        plan.by_name[f.name] = conv
        plan.defaults[f.name] = None if default is _MISSING else default
        plan.shallow[api] = _shallow_check(tp)
        lit = _literal_values(tp)
        if lit is not None:
            plan.literal_api[api] = lit
        plan.infos[f.name] = FieldInfo(f.name, api if api != f.name else None, tp, default,
                                       factory)
    plan.fields = tuple(fields)
    plan.factories = tuple(factories)
    plan.names = frozenset(plan.by_name)
    plan.required_api = tuple(required)
    plan.strict = None
    cls._lite_plan = plan
    return plan


def _plan_of(cls: Type[BaseModel]) -> _Plan:
    plan = cls._lite_plan
    return plan if plan is not None else _compile(cls)


class _ClassFields:
    """``Model.model_fields``: resolved on access so forward references are settled."""

    def __get__(self, obj: object, owner: Type[BaseModel]) -> Dict[str, FieldInfo]:
        return _plan_of(owner).infos


@dataclass_transform(kw_only_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
class BaseModel:
    """Base of all response models; subclasses become dataclasses automatically."""

    # Fields live in __dict__ (fast attribute access); bookkeeping lives in slots so that
    # ``vars(model)`` holds exactly the fields, as pydantic's __dict__ does.
    __slots__ = ("__dict__", "_lite_fields_set", "_lite_extra", "_request_id")

    _lite_plan: ClassVar[Optional[_Plan]] = None
    _lite_fields_set: Set[str]
    _lite_extra: Optional[Dict[str, Any]]
    _request_id: Optional[str]

    if TYPE_CHECKING:
        model_fields: ClassVar[Dict[str, FieldInfo]]
    else:
        model_fields = _ClassFields()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # init=False: the generic __init__ below accepts fields in any order, which a
        # generated one could not on 3.9 (no kw_only) once a required field follows an
        # optional one, as the API's schemas often have.
        dataclasses.dataclass(cls, init=False, repr=False, eq=False)
        cls._lite_plan = None

    def __init__(self, **data: Any) -> None:
        plan = _plan_of(type(self))
        values = dict(plan.defaults)
        for name, factory in plan.factories:
            values[name] = factory()
        fields_set: Set[str] = set()
        extra: Optional[Dict[str, Any]] = None
        for key, value in data.items():
            # pydantic with populate_by_name accepts both `from_=` and `**{"from": ...}`
            conv = plan.by_name.get(key, _MISSING)
            if conv is _MISSING:
                spec = plan.by_api.get(key)
                if spec is None:
                    if extra is None:
                        extra = {}
                    extra[key] = value
                    continue
                key, conv = spec
            values[key] = value if conv is None or value is None else conv(value)
            fields_set.add(key)
        missing = [plan.by_api[api][0] for api in plan.required_api
                   if plan.by_api[api][0] not in fields_set]
        if missing:
            raise ValidationError((), f"missing required field(s) for {type(self).__name__}: "
                                      + ", ".join(missing))
        _setattr(self, "__dict__", values)
        _setattr(self, "_lite_fields_set", fields_set)
        _setattr(self, "_lite_extra", extra)

    # ---- construction from JSON ------------------------------------------------------

    @classmethod
    def construct(cls: Type[_M], _data: Optional[Mapping[str, Any]] = None, /,
                  **values: Any) -> _M:
        """Build from a parsed JSON object without validation.

        ``Model.construct(payload)`` or pydantic-style ``Model.construct(**payload)``.
        With a positional payload, ``strict=True`` validates instead (raising
        ``ValidationError``); in keyword form every keyword is payload.
        """
        if _data is None:
            plan = _plan_of(cls)
            if plan.has_alias:
                # keywords may use the Python name of an aliased field (`from_=`)
                names = {name: api for name, api, _ in plan.fields if name != api}
                values = {names.get(k, k): v for k, v in values.items()}
            return typing.cast(_M, cls._lite_build(values))
        strict = values.pop("strict", False)
        if values:
            raise TypeError(f"unexpected keyword arguments: {sorted(values)}")
        if strict:
            return cls._lite_build_strict(_data, ())
        return typing.cast(_M, cls._lite_build(_data if type(_data) is dict else dict(_data)))

    model_construct = construct

    @classmethod
    def model_validate(cls: Type[_M], obj: Any, *, strict: Optional[bool] = None) -> _M:
        if isinstance(obj, cls):
            return obj
        if strict:
            return cls._lite_build_strict(obj, ())
        if not isinstance(obj, Mapping):
            raise ValidationError((), f"expected an object for {cls.__name__}, "
                                      f"got {type(obj).__name__}")
        return typing.cast(_M, cls._lite_build(obj if type(obj) is dict else dict(obj)))

    @classmethod
    def model_validate_json(cls: Type[_M], json_data: Union[str, bytes, bytearray], *,
                            strict: Optional[bool] = None) -> _M:
        import json

        return cls.model_validate(json.loads(json_data), strict=strict)

    @classmethod
    def _lite_build(cls, data: Any) -> Any:
        # Anything but a JSON object (null, or a value of the wrong kind) is kept as sent,
        # so this doubles as the converter for fields declared as this model.
        if type(data) is not dict:
            return data
        plan = cls._lite_plan
        if plan is None:
            plan = _compile(cls)
        values = plan.defaults.copy()
        if plan.factories:
            for name, factory in plan.factories:
                values[name] = factory()
        by_api = plan.by_api
        extra: Optional[Dict[str, Any]] = None
        for key, value in data.items():
            spec = by_api.get(key)
            if spec is None:
                if extra is None:
                    extra = {}
                extra[key] = value
            else:
                conv = spec[1]
                values[spec[0]] = value if conv is None or value is None else conv(value)
        obj = _new(cls)
        _set_dict(obj, values)
        _set_fields_set(obj, set(data) if extra is None and not plan.has_alias
                        else {by_api[k][0] for k in data if k in by_api})
        _set_extra(obj, extra)
        return obj

    @classmethod
    def _lite_build_strict(cls: Type[_M], data: Any, path: Path) -> _M:
        if not isinstance(data, Mapping):
            raise ValidationError(path, f"expected an object for {cls.__name__}, "
                                        f"got {type(data).__name__}")
        plan = _plan_of(cls)
        table = plan.strict
        if table is None:
            # built aside and published whole: another thread may be reading plan.strict
            table = {api: (name, _validator(plan.infos[name].annotation))
                     for name, api, _default in plan.fields}
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
        obj = _new(cls)
        _set_dict(obj, values)
        _set_fields_set(obj, fields_set)
        _set_extra(obj, extra)
        return obj

    # ---- attribute protocol ----------------------------------------------------------

    if not TYPE_CHECKING:
        # Hidden from type checkers so a misspelt field is still reported by mypy.
        def __getattr__(self, name: str) -> Any:
            if name == "_request_id":
                return None
            try:
                extra = object.__getattribute__(self, "_lite_extra")
            except AttributeError:
                extra = None
            if extra is not None and name in extra:
                return extra[name]
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        plan = _plan_of(type(self))
        if name in plan.names:
            self.__dict__[name] = value
            self._lite_fields_set.add(name)
        elif name.startswith("_"):
            _setattr(self, name, value)
        else:
            # pydantic (extra="allow") stores unknown public attributes as extras
            extra = self._lite_extra
            if extra is None:
                extra = {}
                _setattr(self, "_lite_extra", extra)
            extra[name] = value

    def __delattr__(self, name: str) -> None:
        extra = self._lite_extra
        if extra is not None and name in extra:
            del extra[name]
        else:
            object.__delattr__(self, name)

    # ---- introspection ---------------------------------------------------------------

    @property
    def model_extra(self) -> Dict[str, Any]:
        extra = self._lite_extra
        if extra is None:
            extra = {}
            _setattr(self, "_lite_extra", extra)
        return extra

    @property
    def model_fields_set(self) -> Set[str]:
        return self._lite_fields_set

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BaseModel):
            return NotImplemented
        return (type(self) is type(other) and self.__dict__ == other.__dict__
                and (self._lite_extra or {}) == (other._lite_extra or {}))

    __hash__ = None  # type: ignore[assignment]  # mutable, like pydantic models

    def __iter__(self) -> Iterator[Tuple[str, Any]]:
        # pydantic models iterate as (name, value) pairs, so dict(model) works
        yield from self.__dict__.items()
        if self._lite_extra:
            yield from self._lite_extra.items()

    def __repr__(self) -> str:
        parts = [f"{k}={v!r}" for k, v in self.__iter__()]
        return f"{type(self).__name__}({', '.join(parts)})"

    __str__ = __repr__

    # ---- dumping ---------------------------------------------------------------------

    def model_dump(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        include: Any = None,
        exclude: Any = None,
        context: Any = None,
        by_alias: Optional[bool] = None,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        round_trip: bool = False,
        warnings: Union[bool, str] = True,
        fallback: Optional[Callable[[Any], Any]] = None,
        serialize_as_any: bool = False,
    ) -> Dict[str, Any]:
        opts = _DumpOptions(mode == "json", bool(by_alias), exclude_unset, exclude_defaults,
                            exclude_none, fallback)
        return _dump_model(self, opts, include, exclude)

    def model_dump_json(
        self,
        *,
        indent: Optional[int] = None,
        include: Any = None,
        exclude: Any = None,
        context: Any = None,
        by_alias: Optional[bool] = None,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        round_trip: bool = False,
        warnings: Union[bool, str] = True,
        fallback: Optional[Callable[[Any], Any]] = None,
        serialize_as_any: bool = False,
    ) -> str:
        data = self.model_dump(mode="json", include=include, exclude=exclude,
                               by_alias=by_alias, exclude_unset=exclude_unset,
                               exclude_defaults=exclude_defaults, exclude_none=exclude_none,
                               fallback=fallback)
        return _json_text(data, indent)

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> Dict[str, object]:
        """The payload as a dict: by default only the keys the API sent, under API names."""
        return self.model_dump(mode=mode, by_alias=use_api_names, exclude_unset=exclude_unset,
                               exclude_defaults=exclude_defaults, exclude_none=exclude_none,
                               warnings=warnings)

    def to_json(
        self,
        *,
        indent: Optional[int] = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        return self.model_dump_json(indent=indent, by_alias=use_api_names,
                                    exclude_unset=exclude_unset,
                                    exclude_defaults=exclude_defaults,
                                    exclude_none=exclude_none, warnings=warnings)

    # pydantic v1 spellings, still callable on the SDK's models
    def dict(self, **kwargs: Any) -> Dict[str, Any]:
        return self.model_dump(**kwargs)

    def json(self, **kwargs: Any) -> str:
        return self.model_dump_json(**kwargs)

    def model_copy(self: _M, *, update: Optional[Mapping[str, Any]] = None,
                   deep: bool = False) -> _M:
        import copy

        new = copy.deepcopy(self) if deep else copy.copy(self)
        if not deep:
            # a shallow copy must not share the bookkeeping containers it may mutate
            _setattr(new, "__dict__", dict(self.__dict__))
            _setattr(new, "_lite_fields_set", set(self._lite_fields_set))
            _setattr(new, "_lite_extra", dict(self._lite_extra) if self._lite_extra else None)
        if update:
            for key, value in update.items():
                setattr(new, key, value)
        return new

    copy = model_copy


# Slot and __dict__ setters bound once: cheaper than object.__setattr__ on the hot path,
# and they bypass BaseModel.__setattr__ (which tracks assignments made by users).
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["_lite_fields_set"].__set__
_set_extra = BaseModel.__dict__["_lite_extra"].__set__


class GenericModel(BaseModel):
    """Attribute access over any JSON object whose shape has no declared model yet.

    Nested objects become GenericModel too; ``to_dict()`` gives the payload back exactly.
    """

    @classmethod
    def _lite_build(cls, data: Any) -> Any:
        if type(data) is not dict:
            return data
        obj = _new(cls)
        _set_dict(obj, {})
        _set_fields_set(obj, set())
        _set_extra(obj, {k: _generic(v) for k, v in data.items()})
        return obj

    @classmethod
    def _lite_build_strict(cls: Type[_M], data: Any, path: Path) -> _M:
        if not isinstance(data, Mapping):
            raise ValidationError(path, f"expected an object, got {type(data).__name__}")
        return typing.cast(_M, cls._lite_build(dict(data)))

    def __init__(self, **data: Any) -> None:
        _setattr(self, "__dict__", {})
        _setattr(self, "_lite_fields_set", set())
        _setattr(self, "_lite_extra", {k: _generic(v) for k, v in data.items()})


def _generic(value: Any) -> Any:
    tp = type(value)
    if tp is dict:
        return GenericModel._lite_build(value)
    if tp is list:
        return [_generic(v) for v in value]
    return value


# ---- converters (lenient mode) ---------------------------------------------------------

# Keyed by identity, with the type kept alive in the entry: typing's unions compare equal
# whatever their order, but the order decides the fallback variant.
_CONVERTERS: Dict[int, Tuple[Any, Converter]] = {}


def _strip(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return tp


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _converter(tp: Any) -> Converter:
    entry = _CONVERTERS.get(id(tp))
    if entry is not None and entry[0] is tp:
        return entry[1]
    conv = _make_converter(tp)
    _CONVERTERS[id(tp)] = (tp, conv)
    return conv


def _to_float(value: Any) -> Any:
    return float(value) if type(value) is int else value


def _make_converter(tp: Any) -> Converter:
    tp = _strip(tp)
    if tp is float:
        return _to_float
    if tp is datetime:
        return _to_datetime
    if tp is date:
        return _to_date
    if _is_model(tp):
        return typing.cast(Callable[[Any], Any], tp._lite_build)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in _UNION_TYPES:
        variants = [a for a in args if a is not _NoneType]
        if len(variants) == 1:
            return _converter(variants[0])
        if all(_converter(v) is None for v in variants):
            return None
        return _UnionConverter(variants)
    if origin in (list, _SEQUENCE) and args:
        item = _converter(args[0])
        if item is None:
            return None
        if _is_model(_strip(args[0])):
            # model builders take None themselves: one call per item, no test
            def models(value: Any) -> Any:
                return [item(v) for v in value] if type(value) is list else value
            return models

        def items(value: Any) -> Any:
            if type(value) is not list:
                return value  # e.g. an embedding that arrived base64-encoded
            return [item(v) if v is not None else v for v in value]
        return items
    if origin in (dict, _MAPPING) and len(args) == 2:
        val = _converter(args[1])
        if val is None:
            return None

        def mapping(value: Any) -> Any:
            if type(value) is not dict:
                return value
            return {k: val(v) if v is not None else v for k, v in value.items()}
        return mapping
    # str, int, bool, Literal, Any, object, TypeVar, unknown classes: value kept as sent
    return None


_FRACTION = re.compile(r"(\d\d:\d\d:\d\d)[.,](\d+)")


def _parse_datetime(value: Any) -> datetime:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
        if abs(seconds) > 2e10:  # pydantic reads large numbers as milliseconds
            seconds /= 1000
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    if not isinstance(value, str):
        raise TypeError(type(value).__name__)
    text = value
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    # Before 3.11, fromisoformat accepts only 3 or 6 fraction digits.
    fixed = _FRACTION.sub(lambda m: f"{m.group(1)}.{(m.group(2) + '000000')[:6]}", text, 1)
    return datetime.fromisoformat(fixed)


def _to_datetime(value: Any) -> Any:
    try:
        return _parse_datetime(value)
    except (TypeError, ValueError, OverflowError, OSError):
        return value


def _to_date(value: Any) -> Any:
    if type(value) is str:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _literal_values(tp: Any) -> Optional[Tuple[Any, ...]]:
    tp = _strip(tp)
    if typing.get_origin(tp) in _UNION_TYPES:
        args = [a for a in typing.get_args(tp) if a is not _NoneType]
        if len(args) == 1:
            tp = _strip(args[0])
    if typing.get_origin(tp) is Literal:
        return typing.get_args(tp)
    return None


def _shallow_check(tp: Any) -> Callable[[Any], bool]:
    """A cheap test that a JSON value has the right kind for ``tp`` (no recursion into
    models); used only to choose between union variants."""
    tp = _strip(tp)
    origin = typing.get_origin(tp)
    if tp is str:
        return lambda v: type(v) is str
    if tp is bool:
        return lambda v: type(v) is bool
    if tp is int:
        return lambda v: type(v) is int
    if tp is float:
        return lambda v: type(v) is float or type(v) is int
    if _is_model(tp) or origin in (dict, _MAPPING) or tp is dict:
        return lambda v: type(v) is dict
    if origin in (list, _SEQUENCE) or tp is list:
        return lambda v: type(v) is list
    if origin is Literal:
        allowed = typing.get_args(tp)
        return lambda v: v in allowed
    if origin in _UNION_TYPES:
        checks = [_shallow_check(a) for a in typing.get_args(tp)]
        return lambda v: any(c(v) for c in checks)
    if tp is _NoneType:
        return lambda v: v is None
    return lambda v: True


class _UnionConverter:
    """Picks a union variant the way the SDK does: the discriminator's Literal value names
    the variant; otherwise the best-fitting variant; otherwise the first. Never raises."""

    __slots__ = ("variants", "ready", "models", "disc", "mapping", "dict_conv", "list_conv",
                 "scalars")

    def __init__(self, variants: List[Any]) -> None:
        self.variants = [_strip(v) for v in variants]
        # Set up on first use: variant plans may not be compilable yet (a model whose own
        # field is a union containing it is still being compiled when this is created).
        self.ready = False
        self.models: List[Any] = []
        self.disc: Optional[str] = None
        self.mapping: Dict[Any, Any] = {}
        self.dict_conv: Converter = None
        self.list_conv: Converter = None
        self.scalars: List[Tuple[Callable[[Any], bool], Converter]] = []

    def setup(self) -> None:
        # Filled in locals and published at the end, so a concurrent first call never
        # sees half a setup (a repeated setup yields the same values).
        models: List[Any] = []
        scalars: List[Tuple[Callable[[Any], bool], Converter]] = []
        dict_conv: Converter = None
        list_conv: Converter = None
        for v in self.variants:
            origin = typing.get_origin(v)
            if _is_model(v):
                models.append(v)
            elif origin in (dict, _MAPPING) or v is dict:
                dict_conv = dict_conv or _converter(v) or _identity
            elif origin in (list, _SEQUENCE) or v is list:
                list_conv = list_conv or _converter(v) or _identity
            else:
                scalars.append((_shallow_check(v), _converter(v)))
        self.disc, self.mapping = self._find_discriminator(models)
        self.models, self.scalars = models, scalars
        self.dict_conv, self.list_conv = dict_conv, list_conv
        self.ready = True

    @staticmethod
    def _find_discriminator(models: List[Any]) -> Tuple[Optional[str], Dict[Any, Any]]:
        if len(models) < 2:
            return None, {}
        plans = [_plan_of(m) for m in models]
        common = set(plans[0].literal_api)
        for p in plans[1:]:
            common &= set(p.literal_api)
        # `type` is what the API uses almost everywhere; other shared Literal fields
        # (`object`, `role`, `event`) serve when it is absent.
        for key in sorted(common, key=lambda k: (k != "type", k)):
            mapping: Dict[Any, Any] = {}
            clash = False
            for model, plan in zip(models, plans):
                for value in plan.literal_api[key]:
                    if value in mapping:
                        clash = True
                    mapping.setdefault(value, model)
            if not clash:
                return key, mapping
        return None, {}

    def __call__(self, value: Any) -> Any:
        if not self.ready:
            self.setup()
        tp = type(value)
        if tp is dict:
            if self.disc is not None:
                model = self.mapping.get(value.get(self.disc))
                if model is not None:
                    return model._lite_build(value)
            best = self._best_model(value)
            if best is not None:
                return best._lite_build(value)
            if self.dict_conv is not None:
                return self.dict_conv(value)
            if self.models:
                return self.models[0]._lite_build(value)
            return value
        if tp is list:
            return self.list_conv(value) if self.list_conv is not None else value
        # A scalar stays as sent when some variant takes it unchanged (pydantic's exact
        # match wins); else the first converter that changes it (int -> float, datetime).
        for check, conv in self.scalars:
            if conv is None and check(value):
                return value
        for check, conv in self.scalars:
            if conv is not None:
                converted = conv(value)
                if converted is not value:
                    return converted
        return value

    def _best_model(self, value: Dict[str, Any]) -> Any:
        best, best_score = None, -1
        for model in self.models:
            score = _fit(_plan_of(model), value)
            if score > best_score:
                best, best_score = model, score
        return best


def _identity(value: Any) -> Any:
    return value


def _fit(plan: _Plan, value: Dict[str, Any]) -> int:
    """How many known keys ``value`` fills in a model, or -1 when it cannot be one."""
    for api in plan.required_api:
        if api not in value:
            return -1
    score = 0
    shallow = plan.shallow
    for key, item in value.items():
        check = shallow.get(key)
        if check is not None:
            if item is not None and not check(item):
                return -1
            score += 1
    return score


def construct_type(*, type_: Any, value: Any, strict: bool = False) -> Any:
    """Build ``value`` (parsed JSON) into ``type_``: a model, ``List[Model]``, a union...

    Lenient by default, like the SDK; ``strict=True`` raises ``ValidationError`` at the
    first mismatch instead.
    """
    if strict:
        return _validator(type_)(value, ())
    if value is None:
        return None
    conv = _converter(type_)
    return value if conv is None else conv(value)


# ---- validators (strict mode) ----------------------------------------------------------

_VALIDATORS: Dict[int, Tuple[Any, Validator]] = {}


def _validator(tp: Any) -> Validator:
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
        item = _validator(args[0]) if args else _validator(Any)

        def items(v: Any, p: Path) -> Any:
            if type(v) is not list:
                raise ValidationError(p, f"expected a list, got {_describe(v)}")
            return [item(x, p + (i,)) for i, x in enumerate(v)]
        return items
    if origin in (dict, _MAPPING) or tp is dict:
        val = _validator(args[1]) if len(args) == 2 else _validator(Any)

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
        inner = _validator(variants[0])

        def optional(v: Any, p: Path) -> Any:
            return None if v is None else inner(v, p)
        return optional
    lenient = _UnionConverter(variants)
    lenient.setup()
    checks = [(v, _validator(v)) for v in variants]

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


# ---- dumping ---------------------------------------------------------------------------

class _DumpOptions:
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


def _dump_model(model: BaseModel, opts: _DumpOptions, include: Any, exclude: Any) -> Dict[str, Any]:
    plan = _plan_of(type(model))
    values = model.__dict__
    fields_set = model._lite_fields_set
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
    extra = model._lite_extra
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


def _dump_value(value: Any, opts: _DumpOptions, include: Any, exclude: Any) -> Any:
    tp = type(value)
    if tp is str or tp is int or tp is float or tp is bool or value is None:
        return value
    if isinstance(value, BaseModel):
        return _dump_model(value, opts, include, exclude)
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


def _json_text(data: Any, indent: Optional[int]) -> str:
    import json

    if indent is None:
        # pydantic's compact form has no spaces after separators
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent)
