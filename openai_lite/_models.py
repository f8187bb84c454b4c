"""Response models: dataclasses built from parsed JSON by their type hints.

The official SDK's models are pydantic classes built in "construct" mode: no validation,
unknown keys kept, missing keys read as None.  Here a model is a plain dataclass, and every
response and stream chunk passes through a builder function made for its class:

- On a class's first build its hints are resolved and its fields listed (``_Plan``), and
  the fields that need converting are picked out (nested models, lists of them, int ->
  float, dates, unions...); str/int/bool/Literal/Any fields cost nothing beyond a dict
  update: a build is ``defaults.copy()``, ``.update(payload)``, then one check per such
  field.  The function's code changes in place as the class warms up (see ``_models_build``):
  a generic loop over those fields at first, straight-line code generated for the class
  once it has been built ``_TIER_UP`` times, with a fast path for the key set it was
  sent most often (objects of that key set share their bookkeeping).  Changing code in
  place means a parent's builder holds its children's builders from the start, with no
  indirection.  Each class has a list builder too (page items, ``List[Model]`` fields),
  the same code in a loop.
- ``List[float]`` (embeddings) is checked in one C-level pass and copied.
- ``dataclasses`` is not imported up front: ``@dataclass`` processing (about 50 us a class,
  and ``inspect`` at import) waits until something asks for it.  Each class carries
  stand-ins for the attributes the decorator adds (``__dataclass_fields__``...); the first
  read of one runs ``dataclasses.dataclass`` on the class, so ``dataclasses.is_dataclass``
  and ``dataclasses.fields`` answer as before.  A class whose body has anything but plain
  defaults (``dataclasses.field(...)``, a list...) is processed at creation, as before.
  Field tables and hints are computed by the decorator's and ``typing``'s rules
  (tests/test_models_perf_shape.py checks every model against both).

This module holds the classes and ``construct_type``, on top of ``_models_fields`` (hints
-> field tables and converters) and ``_models_build`` (the builders), whose names it
re-exports.  Strict validation lives in ``_models_strict`` and dumping in
``_models_dump``; both are imported on first use.  bench/models.py times all this.
"""
from __future__ import annotations

import sys
import typing
from typing import (
    TYPE_CHECKING, AbstractSet, Any, Callable, ClassVar, Dict, Iterator, List, Literal,
    Mapping, Optional, Set, Tuple, Type, TypeVar, Union,
)

from . import _models_build, _models_fields
# Everything the split-off modules define stays importable from here, as it always was
# (other modules and tests import private helpers from ``_models``).
from ._models_build import (
    _BUILTINS as _BUILTINS, _K_CALL as _K_CALL, _K_FLOAT as _K_FLOAT,
    _K_FLOATS as _K_FLOATS, _K_MODEL as _K_MODEL, _K_MODELS as _K_MODELS,
    _KIND_CODES as _KIND_CODES, _KIND_NAMES as _KIND_NAMES,
    _LIST_LOOP_CODE as _LIST_LOOP_CODE, _MAX_DISPLAY_FIELDS as _MAX_DISPLAY_FIELDS,
    _MAX_GENERATIONS as _MAX_GENERATIONS, _MAX_SHAPE_EXTRA as _MAX_SHAPE_EXTRA,
    _MAX_UNROLLED as _MAX_UNROLLED, _RELEARN_AFTER as _RELEARN_AFTER,
    _SHAPE_CODE as _SHAPE_CODE, _STUB_CODE as _STUB_CODE, _TIER_UP as _TIER_UP,
    _aliased as _aliased, _build_loop as _build_loop, _builder_source as _builder_source,
    _first_build as _first_build, _learned_shape as _learned_shape,
    _list_loop as _list_loop, _new as _new, _new_builders as _new_builders,
    _relearn as _relearn, _specialise as _specialise, _step_lines as _step_lines,
    _stub as _stub, _tier1 as _tier1, _tier_up as _tier_up,
)
from ._models_fields import (
    _ANNOTATION_CODE as _ANNOTATION_CODE, _CONVERTERS as _CONVERTERS, _LOCK as _LOCK,
    _MAPPING as _MAPPING, _MISSING as _MISSING, _SEQUENCE as _SEQUENCE,
    _UNION_TYPES as _UNION_TYPES, Converter as Converter, FieldInfo as FieldInfo,
    Path as Path, Validator as Validator, _compile as _compile, _converter as _converter,
    _datetime_kind as _datetime_kind, _field_kind as _field_kind, _fit as _fit,
    _float_list as _float_list, _floats as _floats, _identity as _identity,
    _is_classvar as _is_classvar, _is_dataclass_processed as _is_dataclass_processed,
    _is_kw_only_marker as _is_kw_only_marker, _is_missing as _is_missing,
    _is_model as _is_model, _literal_values as _literal_values,
    _make_converter as _make_converter, _MissingType as _MissingType,
    _model_converter as _model_converter, _NoneType as _NoneType,
    _optional_inner as _optional_inner, _own_hints as _own_hints,
    _parse_datetime as _parse_datetime, _plain_hint as _plain_hint, _Plan as _Plan,
    _plan_of as _plan_of, _prepare as _prepare, _shallow_check as _shallow_check,
    _shallow_table as _shallow_table, _Spec as _Spec, _strip as _strip,
    _table_from_body as _table_from_body, _table_from_dataclass as _table_from_dataclass,
    _to_date as _to_date, _to_datetime as _to_datetime, _to_float as _to_float,
    _UnionConverter as _UnionConverter,
)

if TYPE_CHECKING:
    from dataclasses import Field as _DcField, field as _dc_field
    from types import ModuleType

    if sys.version_info >= (3, 11):
        from typing import dataclass_transform
    else:
        from typing_extensions import dataclass_transform
else:
    # At run time the decorator below records nothing (see _TransformRecord), so that
    # importing this module does not import dataclasses.
    _DcField = _dc_field = None

    def dataclass_transform(**_kwargs):
        return lambda cls: cls

__all__ = [
    "BaseModel", "GenericModel", "FieldInfo", "ValidationError", "construct_type",
    "converter_for",
]

_M = TypeVar("_M", bound="BaseModel")
_setattr = object.__setattr__
# A model's bookkeeping: (fields set, extras or None); see BaseModel.__slots__.
_State = Tuple[AbstractSet[str], Optional[Dict[str, Any]]]
# What an object built from a payload with no key holds as its state.
_NO_FIELDS: frozenset[str] = frozenset()


class ValidationError(ValueError):
    """A strict-mode mismatch; ``path`` locates the offending value inside the payload."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        self.reason = message
        where = ".".join(str(p) for p in path) or "<root>"
        super().__init__(f"{where}: {message}")


class _ClassFields:
    """``Model.model_fields``: resolved on access so forward references are settled."""

    def __get__(self, obj: object, owner: Type[BaseModel]) -> Dict[str, FieldInfo]:
        return _plan_of(owner).infos


# ---- deferred @dataclass ------------------------------------------------------------------

class _DataclassStandIn:
    """Stands in a model class for an attribute ``@dataclass`` adds; reading it processes
    the class with ``dataclasses.dataclass`` (which replaces every stand-in)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, owner: type) -> Any:
        _process_dataclass(owner)
        try:
            return owner.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None


_STAND_INS = [_DataclassStandIn(n) for n in ("__dataclass_fields__", "__dataclass_params__")]
if sys.version_info >= (3, 10):
    _STAND_INS.append(_DataclassStandIn("__match_args__"))
# Class-body values that @dataclass keeps as they are (anything else, such as a Field or a
# mutable default, is for the decorator to handle or reject at class creation).
_PLAIN_DEFAULTS = (str, int, float, bool, _NoneType)


def _process_dataclass(cls: type) -> None:
    with _LOCK:
        pending = [s for s in _STAND_INS if cls.__dict__.get(s.name) is s]
        if not pending:
            return
        for s in pending:
            delattr(cls, s.name)
        import dataclasses

        try:
            if not _is_dataclass_processed(cls):
                dataclasses.dataclass(cls, init=False, repr=False, eq=False)
            elif "__match_args__" not in cls.__dict__ and sys.version_info >= (3, 10):
                # decorated by hand after creation: the decorator left our stand-in alone
                setattr(cls, "__match_args__", tuple(
                    f.name for f in dataclasses.fields(cls)
                    if f.init and not getattr(f, "kw_only", False)))
        except BaseException:
            for s in pending:
                if s.name not in cls.__dict__:
                    setattr(cls, s.name, s)
            raise


def _needs_dataclass_now(cls: type) -> bool:
    """Whether the class body has what only the decorator may judge (a Field, a mutable
    default) or a dataclass base that is not a model: then it is processed at creation."""
    d = cls.__dict__
    for name in d.get("__annotations__", ()):
        value = d.get(name, _MISSING)
        if value is not _MISSING and type(value) not in _PLAIN_DEFAULTS:
            return True
    dc = sys.modules.get("dataclasses")
    if dc is not None:
        field_type = dc.Field
        if any(type(v) is field_type for v in d.values()):
            return True
    return any("__dataclass_fields__" in b.__dict__ for b in cls.__mro__[1:]
               if not _is_model(b))


class _TransformRecord:
    """``BaseModel.__dataclass_transform__`` as ``typing.dataclass_transform`` records it
    (3.11+), computed when read."""

    def __get__(self, obj: object, owner: type) -> Any:
        import dataclasses

        transform = getattr(typing, "dataclass_transform", None)
        if transform is None:
            raise AttributeError("__dataclass_transform__")

        def probe() -> None:
            pass

        marked = transform(kw_only_default=True,
                           field_specifiers=(dataclasses.field, dataclasses.Field))(probe)
        return marked.__dataclass_transform__


# ---- the base class ------------------------------------------------------------------------

@dataclass_transform(kw_only_default=True, field_specifiers=(_dc_field, _DcField))
class BaseModel:
    """Base of all response models; subclasses become dataclasses automatically."""

    # Fields live in __dict__ (fast attribute access); bookkeeping lives in slots so that
    # ``vars(model)`` holds exactly the fields, as pydantic's __dict__ does.  The state is
    # one tuple, (fields set, extras or None), so that a build sets one slot, and objects
    # built from the same key set can share it: a fields set that is not a ``set`` (a
    # frozenset) is shared, and copied into the object's own state before any change.
    __slots__ = ("__dict__", "_lite_state", "_request_id")

    _lite_plan: ClassVar[Optional[_Plan]] = None
    _lite_builder: ClassVar[Callable[[Any], Any]]
    _lite_list_builder: ClassVar[Callable[[List[Any]], List[Any]]]
    _lite_state: _State
    _request_id: Optional[str]

    if TYPE_CHECKING:
        model_fields: ClassVar[Dict[str, FieldInfo]]
    else:
        model_fields = _ClassFields()
        if sys.version_info >= (3, 11):
            __dataclass_transform__ = _TransformRecord()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._lite_plan = None
        cls._lite_builder, cls._lite_list_builder = _new_builders(cls)
        if _needs_dataclass_now(cls):
            import dataclasses

            # init=False: the generic __init__ below accepts fields in any order, which a
            # generated one could not on 3.9 (no kw_only) once a required field follows an
            # optional one, as the API's schemas often have.
            dataclasses.dataclass(cls, init=False, repr=False, eq=False)
        else:
            for stand_in in _STAND_INS:
                setattr(cls, stand_in.name, stand_in)

    def __init__(self, **data: Any) -> None:
        plan = _prepare(type(self))
        by_name, by_api = plan.by_name, plan.by_api
        assert by_name is not None and by_api is not None
        values = dict(plan.defaults)
        for name, factory in plan.factories:
            values[name] = factory()
        fields_set: Set[str] = set()
        extra: Optional[Dict[str, Any]] = None
        for key, value in data.items():
            # pydantic with populate_by_name accepts both `from_=` and `**{"from": ...}`
            conv = by_name.get(key, _MISSING)
            if conv is _MISSING:
                spec = by_api.get(key)
                if spec is None:
                    if extra is None:
                        extra = {}
                    extra[key] = value
                    continue
                key, conv = spec
            values[key] = value if conv is None or value is None else conv(value)
            fields_set.add(key)
        missing = [by_api[api][0] for api in plan.required_api
                   if by_api[api][0] not in fields_set]
        if missing:
            raise ValidationError((), f"missing required field(s) for {type(self).__name__}: "
                                      + ", ".join(missing))
        _setattr(self, "__dict__", values)
        _set_state(self, (fields_set, extra))

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
                names = plan.api_names
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
        return cls._lite_builder(data)

    @classmethod
    def _lite_build_strict(cls: Type[_M], data: Any, path: Path) -> _M:
        return typing.cast(_M, _strict().build_strict(cls, data, path))

    # ---- attribute protocol ----------------------------------------------------------

    if not TYPE_CHECKING:
        # Hidden from type checkers so a misspelt field is still reported by mypy.
        def __getattr__(self, name: str) -> Any:
            if name == "_request_id":
                return None
            try:
                extra = object.__getattribute__(self, "_lite_state")[1]
            except AttributeError:
                extra = None
            if extra is not None and name in extra:
                return extra[name]
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        plan = _plan_of(type(self))
        if name in plan.names:
            self.__dict__[name] = value
            _own_fields_set(self).add(name)
        elif name.startswith("_"):
            _setattr(self, name, value)
        else:
            # pydantic (extra="allow") stores unknown public attributes as extras
            fields_set, extra = self._lite_state
            if extra is None:
                extra = {}
                _set_state(self, (fields_set, extra))
            extra[name] = value

    def __delattr__(self, name: str) -> None:
        extra = self._lite_state[1]
        if extra is not None and name in extra:
            del extra[name]
        else:
            object.__delattr__(self, name)

    # ---- introspection ---------------------------------------------------------------

    @property
    def model_extra(self) -> Dict[str, Any]:
        fields_set, extra = self._lite_state
        if extra is None:
            extra = {}
            _set_state(self, (fields_set, extra))
        return extra

    @property
    def model_fields_set(self) -> Set[str]:
        # the object's own set, as pydantic returns it: changing it changes the object
        return _own_fields_set(self)

    # The two halves of the state under their former names (older pickles set these).
    @property
    def _lite_fields_set(self) -> AbstractSet[str]:
        return self._lite_state[0]

    @_lite_fields_set.setter
    def _lite_fields_set(self, value: AbstractSet[str]) -> None:
        _set_state(self, (value, _state_of(self)[1]))

    @property
    def _lite_extra(self) -> Optional[Dict[str, Any]]:
        return self._lite_state[1]

    @_lite_extra.setter
    def _lite_extra(self, value: Optional[Dict[str, Any]]) -> None:
        _set_state(self, (_state_of(self)[0], value))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BaseModel):
            return NotImplemented
        return (type(self) is type(other) and self.__dict__ == other.__dict__
                and (self._lite_state[1] or {}) == (other._lite_state[1] or {}))

    __hash__ = None  # type: ignore[assignment]  # mutable, like pydantic models

    def __iter__(self) -> Iterator[Tuple[str, Any]]:
        # pydantic models iterate as (name, value) pairs, so dict(model) works
        yield from self.__dict__.items()
        extra = self._lite_state[1]
        if extra:
            yield from extra.items()

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
        from ._models_dump import DumpOptions, dump_model

        opts = DumpOptions(mode == "json", bool(by_alias), exclude_unset, exclude_defaults,
                           exclude_none, fallback)
        return dump_model(self, opts, include, exclude)

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
        from ._models_dump import json_text

        data = self.model_dump(mode="json", include=include, exclude=exclude,
                               by_alias=by_alias, exclude_unset=exclude_unset,
                               exclude_defaults=exclude_defaults, exclude_none=exclude_none,
                               fallback=fallback)
        return json_text(data, indent)

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
            fields_set, extra = self._lite_state
            _set_state(new, (set(fields_set), dict(extra) if extra else None))
        if update:
            for key, value in update.items():
                setattr(new, key, value)
        return new

    copy = model_copy


# Slot and __dict__ setters bound once: cheaper than object.__setattr__ on the hot path,
# and they bypass BaseModel.__setattr__ (which tracks assignments made by users).
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_state = BaseModel.__dict__["_lite_state"].__set__
_BASE_BUILD = BaseModel.__dict__["_lite_build"].__func__
# The modules split off from this one come first in the import order, so this is where
# they learn the root class and its slot setters (an import back would be a cycle).
_models_fields._root = BaseModel
_models_fields._BASE_BUILD = _BASE_BUILD
_models_build._set_dict = _set_dict
_models_build._set_state = _set_state
# BaseModel's own builders build a model with extras only
BaseModel._lite_builder, BaseModel._lite_list_builder = _new_builders(BaseModel)


def _state_of(model: BaseModel) -> _State:
    """The state, or an empty one for an object no builder has filled in yet (one being
    unpickled sets its state piece by piece)."""
    try:
        return model._lite_state
    except AttributeError:
        return _NO_FIELDS, None


def _own_fields_set(model: BaseModel) -> Set[str]:
    """The model's fields set as its own ``set``, copied out of a shared one first."""
    fields_set, extra = model._lite_state
    if type(fields_set) is not set:
        fields_set = set(fields_set)
        _set_state(model, (fields_set, extra))
    return typing.cast(Set[str], fields_set)


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
        _set_state(obj, (_NO_FIELDS, {k: _generic(v) for k, v in data.items()}))
        return obj

    @classmethod
    def _lite_build_strict(cls: Type[_M], data: Any, path: Path) -> _M:
        if not isinstance(data, Mapping):
            raise ValidationError(path, f"expected an object, got {type(data).__name__}")
        return typing.cast(_M, cls._lite_build(dict(data)))

    def __init__(self, **data: Any) -> None:
        _setattr(self, "__dict__", {})
        _set_state(self, (set(), {k: _generic(v) for k, v in data.items()}))


def _generic(value: Any) -> Any:
    tp = type(value)
    if tp is dict:
        return GenericModel._lite_build(value)
    if tp is list:
        return [_generic(v) for v in value]
    return value


_strict_module: Optional[ModuleType] = None


def _strict() -> Any:
    """``_models_strict``, imported on first use."""
    global _strict_module
    if _strict_module is None:
        from . import _models_strict

        _strict_module = _models_strict
    return _strict_module


def construct_type(*, type_: Any, value: Any, strict: bool = False) -> Any:
    """Build ``value`` (parsed JSON) into ``type_``: a model, ``List[Model]``, a union...

    Lenient by default, like the SDK; ``strict=True`` raises ``ValidationError`` at the
    first mismatch instead.
    """
    if strict:
        return _strict().validator(type_)(value, ())
    entry = _CONVERTERS.get(id(type_))
    if entry is not None and entry[0] is type_:
        conv = entry[1]
    else:
        conv = _converter(type_)
    if conv is None or value is None:
        return value
    return conv(value)


_LIST_CONVERTERS: Dict[int, Tuple[Any, Callable[[List[Any]], List[Any]]]] = {}


def list_converter_for(type_: Any) -> Callable[[List[Any]], List[Any]]:
    """``lambda items: [construct_type(type_=type_, value=v) for v in items]`` resolved
    once (page items): a model class's list builder, else a loop over ``converter_for``."""
    entry = _LIST_CONVERTERS.get(id(type_))
    if entry is not None and entry[0] is type_:
        return entry[1]
    tp = _strip(type_)
    made: Callable[[List[Any]], List[Any]]
    if _is_model(tp) and _model_converter(tp) is tp._lite_builder:
        made = tp._lite_list_builder
    else:
        conv = converter_for(type_)

        def made(items: List[Any]) -> List[Any]:
            return list(map(conv, items))
    _LIST_CONVERTERS[id(type_)] = (type_, made)
    return made


def converter_for(type_: Any) -> Callable[[Any], Any]:
    """``lambda value: construct_type(type_=type_, value=value)``, resolved once: for
    callers that build many values of one type (stream events, page items)."""
    conv = _converter(type_)
    if conv is None:
        return _identity
    if _is_model(_strip(type_)):
        return conv  # a model's builder keeps None (any non-object) as it is
    return lambda value: value if value is None else conv(value)
