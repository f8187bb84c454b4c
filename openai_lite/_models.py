"""Response models: dataclasses built from parsed JSON by their type hints.

The official SDK's models are pydantic classes built in "construct" mode: no validation,
unknown keys kept, missing keys read as None.  Here a model is a plain dataclass, and every
response and stream chunk passes through a builder function made for its class:

- On a class's first build its hints are resolved and its fields listed (``_Plan``), and
  the fields that need converting are picked out (nested models, lists of them, int ->
  float, dates, unions...); str/int/bool/Literal/Any fields cost nothing beyond a dict
  update: a build is ``defaults.copy()``, ``.update(payload)``, then one check per such
  field.  The function's code changes in place as the class warms up (see "builders"):
  a generic loop over those fields at first, straight-line code generated for the class
  once it has been built ``_TIER_UP`` times, with a fast path for the key set it was
  sent most often (objects of that key set share their bookkeeping).  Changing code in
  place means a parent's builder holds its children's builders from the start, with no
  indirection.  Each class has a list builder too (page items, ``List[Model]`` fields),
  the same code in a loop.
- ``List[float]`` (embeddings) is checked in one C-level pass and copied.
- ``dataclasses`` is not imported here: ``@dataclass`` processing (about 50 us a class,
  and ``inspect`` at import) waits until something asks for it.  Each class carries
  stand-ins for the attributes the decorator adds (``__dataclass_fields__``...); the first
  read of one runs ``dataclasses.dataclass`` on the class, so ``dataclasses.is_dataclass``
  and ``dataclasses.fields`` answer as before.  A class whose body has anything but plain
  defaults (``dataclasses.field(...)``, a list...) is processed at creation, as before.
  Field tables and hints are computed here by the decorator's and ``typing``'s rules
  (tests/test_models_perf_shape.py checks every model against both).

Strict validation lives in ``_models_strict`` and dumping in ``_models_dump``; both are
imported on first use.  bench/models.py times all this.
"""
from __future__ import annotations

import builtins
import sys
import typing
from _thread import RLock
from operator import countOf
from types import FunctionType
from typing import (
    TYPE_CHECKING, AbstractSet, Any, Callable, ClassVar, Dict, Iterator, List, Literal,
    Mapping, Optional, Set, Tuple, Type, TypeVar, Union,
)

if TYPE_CHECKING:
    from dataclasses import Field as _DcField, field as _dc_field
    from types import CodeType, ModuleType

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


class _MissingType:
    """No default; stands for ``dataclasses.MISSING`` without importing dataclasses."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


_MISSING: Any = _MissingType()
_NoneType = type(None)
_new = object.__new__
_setattr = object.__setattr__
_UNION_TYPES: Tuple[Any, ...] = (Union,)
if sys.version_info >= (3, 10):
    import types as _types

    _UNION_TYPES = (Union, _types.UnionType)

_SEQUENCE = typing.get_origin(typing.Sequence)
_MAPPING = typing.get_origin(typing.Mapping)
# One lock for the rare one-time work (class set-up, dataclass processing); re-entrant
# because setting up one class may set up its bases.
_LOCK = RLock()

# A converter takes a non-None JSON value and returns the Python value; None means "keep
# the value as it is", which lets the hot paths skip a call for str/int/bool fields.
Converter = Optional[Callable[[Any], Any]]
Path = Tuple[Union[str, int], ...]
Validator = Callable[[Any, Path], Any]
# A model's bookkeeping: (fields set, extras or None); see BaseModel.__slots__.
_State = Tuple[AbstractSet[str], Optional[Dict[str, Any]]]


class ValidationError(ValueError):
    """A strict-mode mismatch; ``path`` locates the offending value inside the payload."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        self.reason = message
        where = ".".join(str(p) for p in path) or "<root>"
        super().__init__(f"{where}: {message}")


def _is_missing(value: Any) -> bool:
    if value is _MISSING:
        return True
    dc = sys.modules.get("dataclasses")
    return dc is not None and value is dc.MISSING


class FieldInfo:
    """What pydantic's ``model_fields`` exposes for one field, enough for introspection."""

    __slots__ = ("name", "alias", "annotation", "_default", "default_factory")

    def __init__(self, name: str, alias: Optional[str], annotation: Any, default: Any,
                 default_factory: Optional[Callable[[], Any]] = None) -> None:
        self.name = name
        self.alias = alias
        self.annotation = annotation
        self._default = _MISSING if _is_missing(default) else default
        self.default_factory = default_factory

    @property
    def default(self) -> Any:
        """The default value; ``dataclasses.MISSING`` for a field without one."""
        if self._default is _MISSING:
            import dataclasses

            return dataclasses.MISSING
        return self._default

    def is_required(self) -> bool:
        return self._default is _MISSING and self.default_factory is None

    def __repr__(self) -> str:
        return (f"FieldInfo(annotation={self.annotation!r}, required={self.is_required()}"
                + (f", alias={self.alias!r}" if self.alias else "") + ")")


# ---- field tables ------------------------------------------------------------------------

class _Spec:
    """One entry of a class's field table, as ``@dataclass`` would record it."""

    __slots__ = ("name", "default", "factory", "api", "is_field")

    def __init__(self, name: str, default: Any, factory: Optional[Callable[[], Any]],
                 api: str, is_field: bool) -> None:
        self.name = name
        self.default = default
        self.factory = factory
        self.api = api
        self.is_field = is_field  # False for ClassVar/InitVar pseudo-fields


class _Plan:
    """Everything about one model class that construction and dumping need, computed once.

    Filled in two steps: ``_compile`` (fields, hints; enough for union matching and
    introspection) and ``_prepare`` (converters, on the first build)."""

    __slots__ = ("specs", "own_hints", "hints", "fields", "defaults", "factories", "names",
                 "has_alias", "required_api", "literal_api", "infos", "api_names",
                 "by_api", "by_name", "shallow", "strict")

    specs: Dict[str, _Spec]  # every entry, pseudo-fields included, in dataclass order
    own_hints: Dict[str, Any]  # the class's own annotations, resolved
    hints: Dict[str, Any]  # field name -> type
    fields: Tuple[Tuple[str, str, Any], ...]  # (name, api name, default or _MISSING)
    defaults: Dict[str, Any]
    factories: Tuple[Tuple[str, Callable[[], Any]], ...]
    names: frozenset[str]
    has_alias: bool
    required_api: Tuple[str, ...]
    literal_api: Dict[str, Tuple[Any, ...]]  # fields typed as Literal, for union matching
    infos: Dict[str, FieldInfo]
    api_names: Dict[str, str]  # python name -> API name, aliased fields only
    by_api: Optional[Dict[str, Tuple[str, Converter]]]
    by_name: Optional[Dict[str, Converter]]
    shallow: Optional[Dict[str, Callable[[Any], bool]]]
    strict: Optional[Dict[str, Tuple[str, Validator]]]


# compiled annotation strings, shared by every class ("Optional[str]" is compiled once)
_ANNOTATION_CODE: Dict[str, CodeType] = {}


def _plain_hint(tp: Any) -> bool:
    """True when ``tp`` is fully evaluated: no ForwardRef or string left inside."""
    if isinstance(tp, type) or tp is Any or isinstance(tp, TypeVar):
        return True
    origin = typing.get_origin(tp)
    if origin is None:
        return False
    if origin is Literal:
        return True
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        return _plain_hint(args[0])
    return all(_plain_hint(a) for a in args)


def _own_hints(cls: type) -> Dict[str, Any]:
    """``cls``'s own annotations resolved as ``typing.get_type_hints`` resolves them, with
    the compiled expressions cached across classes; anything unusual goes to typing."""
    ann = cls.__dict__.get("__annotations__")
    if not isinstance(ann, dict) or not ann:
        return {}
    module = sys.modules.get(cls.__module__)
    module_ns: Dict[str, Any] = getattr(module, "__dict__", {})
    class_ns: Optional[Dict[str, Any]] = None
    out: Dict[str, Any] = {}
    try:
        for name, value in ann.items():
            if value is None:
                value = _NoneType
            elif type(value) is str:
                code = _ANNOTATION_CODE.get(value)
                if code is None:
                    code = compile(value, "<annotation>", "eval")
                    _ANNOTATION_CODE[value] = code
                if sys.version_info >= (3, 10):
                    # typing looks names up in the module, then the class, then builtins
                    if class_ns is None:
                        class_ns = dict(vars(cls))
                    value = eval(code, class_ns, module_ns)
                else:
                    value = eval(code, module_ns, module_ns)
                if value is None:
                    value = _NoneType
            if not _plain_hint(value) and value is not ClassVar:
                raise LookupError(name)
            out[name] = value
    except (NameError, LookupError, TypeError, SyntaxError):
        # nested forward references, odd objects, errors: typing's own rules and messages
        hints = typing.get_type_hints(cls, include_extras=True)
        return {name: hints[name] for name in ann if name in hints}
    return out


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _is_classvar(tp: Any) -> bool:
    if tp is ClassVar or typing.get_origin(tp) is ClassVar:
        return True
    dc = sys.modules.get("dataclasses")
    return dc is not None and (tp is dc.InitVar or isinstance(tp, dc.InitVar))


def _is_kw_only_marker(tp: Any) -> bool:
    dc = sys.modules.get("dataclasses")
    return dc is not None and tp is getattr(dc, "KW_ONLY", _MISSING)


def _is_dataclass_processed(cls: type) -> bool:
    return type(cls.__dict__.get("__dataclass_fields__")) is dict


def _table_from_dataclass(cls: type) -> Dict[str, _Spec]:
    """The field table of a class ``@dataclass`` has processed."""
    import dataclasses

    real = {f.name for f in dataclasses.fields(typing.cast(Any, cls))}
    table: Dict[str, _Spec] = {}
    for f in cls.__dict__["__dataclass_fields__"].values():
        table[f.name] = _Spec(
            f.name, _MISSING if f.default is dataclasses.MISSING else f.default,
            None if f.default_factory is dataclasses.MISSING else f.default_factory,
            f.metadata.get("alias", f.name), f.name in real)
    return table


def _table_from_body(cls: type, own_hints: Dict[str, Any]) -> Dict[str, _Spec]:
    """The field table ``@dataclass`` would make, for a class whose body holds only plain
    defaults and whose dataclass bases are models (see _needs_dataclass_now): the bases'
    entries in MRO order, then the class's own annotations in order."""
    table: Dict[str, _Spec] = {}
    for base in cls.__mro__[-1:0:-1]:
        if base is not BaseModel and _is_model(base):
            table.update(_plan_of(base).specs)
    for name, tp in own_hints.items():
        if _is_kw_only_marker(tp):
            continue
        default = getattr(cls, name, _MISSING)
        if type(default).__name__ == "member_descriptor":
            default = _MISSING  # a slot of the same name is no default
        table[name] = _Spec(name, default, None, name, not _is_classvar(tp))
    return table


def _compile(cls: Type[BaseModel]) -> _Plan:
    # Hints are resolved on first use rather than at class creation so that models may
    # refer to classes defined later in their module (or to themselves).
    plan = _Plan()
    # BaseModel itself is no dataclass: its annotations are bookkeeping, not fields
    plan.own_hints = _own_hints(cls) if cls is not BaseModel else {}
    hints: Dict[str, Any] = {}
    for base in cls.__mro__[-1:0:-1]:
        if base is object or base is BaseModel:
            continue
        hints.update(_plan_of(base).own_hints if _is_model(base) else _own_hints(base))
    hints.update(plan.own_hints)
    if _is_dataclass_processed(cls):
        # processed by the decorator (at creation, or since): its table is the truth
        specs = _table_from_dataclass(cls)
    else:
        specs = _table_from_body(cls, plan.own_hints)
    plan.specs = specs

    fields: List[Tuple[str, str, Any]] = []
    factories: List[Tuple[str, Callable[[], Any]]] = []
    required: List[str] = []
    plan.defaults = {}
    plan.literal_api = {}
    plan.infos = {}
    plan.api_names = {}
    plan.hints = {}
    for spec in specs.values():
        if not spec.is_field:
            continue
        name, api, default = spec.name, spec.api, spec.default
        tp = hints.get(name, Any)
        plan.hints[name] = tp
        if api != name:
            plan.api_names[name] = api
        if spec.factory is not None:
            factories.append((name, spec.factory))
        elif default is _MISSING:
            required.append(api)
        fields.append((name, api, default))
        plan.defaults[name] = None if default is _MISSING else default
        lit = _literal_values(tp)
        if lit is not None:
            plan.literal_api[api] = lit
        plan.infos[name] = FieldInfo(name, api if api != name else None, tp, default,
                                     spec.factory)
    plan.fields = tuple(fields)
    plan.factories = tuple(factories)
    plan.names = frozenset(plan.defaults)
    plan.has_alias = bool(plan.api_names)
    plan.required_api = tuple(required)
    plan.by_api = None
    plan.by_name = None
    plan.shallow = None
    plan.strict = None
    cls._lite_plan = plan
    return plan


def _plan_of(cls: Type[BaseModel]) -> _Plan:
    plan = cls._lite_plan
    return plan if plan is not None else _compile(cls)


def _prepare(cls: Type[BaseModel]) -> _Plan:
    """The plan with its converters (what keyword construction and builders need)."""
    plan = _plan_of(cls)
    if plan.by_name is None:
        by_api: Dict[str, Tuple[str, Converter]] = {}
        by_name: Dict[str, Converter] = {}
        for name, api, _default in plan.fields:
            conv = _converter(plan.hints[name])
            by_api[api] = (name, conv)
            by_name[name] = conv
        plan.by_api = by_api
        plan.by_name = by_name  # published last: by_name set means by_api is too
    return plan


def _shallow_table(plan: _Plan) -> Dict[str, Callable[[Any], bool]]:
    table = plan.shallow
    if table is None:
        table = {api: _shallow_check(plan.hints[name]) for name, api, _ in plan.fields}
        plan.shallow = table
    return table


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


# ---- builders ------------------------------------------------------------------------------

# Every class has two builder functions, created with the class: one for an object, one for
# a list of them (page items, ``List[Model]`` fields).  Both share one globals dict holding
# the class's constants (_cls, _defaults, the converters...).  Their code changes in place
# as the class warms up: _stub (set-up on first call) -> _tier1 (a loop over the fields
# that need converting; precompiled, costs nothing to adopt; it also counts the key sets
# it sees) -> after _TIER_UP builds, code generated for the class (straight-line, compiled
# once per shape: worth its ~100 us only for classes built many times).  Swapping the code
# of one function object means a parent's builder can hold a child's builders before the
# child has ever been built, and pays no indirection once it has.
#
# The generated code has a fast path for the key set the class was seen with most often
# while learning (its "shape"; the API sends the same keys again and again): one length
# test and a few membership tests prove a payload has exactly that key set, and then the
# object shares one state tuple ``(frozenset of fields set, None)`` with every object of
# that shape, and fields the shape lacks need no conversion step.  Anything else takes
# the general path; a class that keeps missing its shape learns again (see _relearn).
#
# Names below are those per-class globals, declared for type checkers; the templates
# never run with this module's own globals.
_cls: Any
_defaults: Dict[str, Any]
_count: int
_names: frozenset[str]
_plan: _Plan
_steps: Tuple[Tuple[str, int, Converter, bool], ...]
_factories: Tuple[Tuple[str, Callable[[], Any]], ...]
_calls: int
_shapes: Dict[frozenset[str], int]
_builder: Callable[[Any], Any]
_TIER_UP = 200  # builds of one class before its straight-line builder is generated
# Misses of the learned shape before the class learns again, and how often it may: a
# wrong guess costs only the general path, so relearning is rare and bounded.
_RELEARN_AFTER = 1000
_MAX_GENERATIONS = 4
_MAX_SHAPE_EXTRA = 3  # unknown keys a learned shape may carry
_MAX_UNROLLED = 6  # membership tests written out; beyond, one C-level set operation
# A small class whose shape lacks at most one field builds its dict as a display (one
# subscript per key: a missing key raises), which needs no membership test; past a few
# fields, copying the defaults and updating them in C costs less than the subscripts.
_MAX_DISPLAY_FIELDS = 6

# step kinds
_K_MODEL, _K_MODELS, _K_FLOAT, _K_FLOATS, _K_CALL = range(5)
_KIND_CODES = {"model": _K_MODEL, "models": _K_MODELS, "float": _K_FLOAT,
               "floats": _K_FLOATS, "call": _K_CALL}

# What an object built from a payload with no key holds as its state.
_NO_FIELDS: frozenset[str] = frozenset()


def _stub(data: Any) -> Any:
    return _first_build(_cls, data)


def _list_loop(items: List[Any]) -> List[Any]:
    return [_builder(x) for x in items]


def _tier1(data: Any) -> Any:
    global _calls
    if type(data) is not dict:
        return data
    _calls += 1
    if _calls >= _TIER_UP:
        _tier_up(_cls)
    keys = frozenset(data)
    _shapes[keys] = _shapes.get(keys, 0) + 1
    values = _defaults.copy()
    for name, factory in _factories:
        values[name] = factory()
    values.update(data)
    if len(values) == _count:
        fields_set = keys
        extra = None
    else:
        extra = {}
        for key in data:
            if key not in _names:
                extra[key] = values.pop(key)
        fields_set = keys.difference(extra)
    for name, kind, conv, guarded in _steps:
        if guarded and name not in data:
            continue
        v = values[name]
        if kind == 0:  # _K_MODEL
            if type(v) is dict:
                values[name] = conv(v)  # type: ignore[misc]
        elif kind == 1:  # _K_MODELS: conv is the item class's list builder
            if type(v) is list:
                values[name] = conv(v)  # type: ignore[misc]
        elif kind == 2:  # _K_FLOAT
            if type(v) is int:
                values[name] = float(v)
        elif kind == 3:  # _K_FLOATS
            if type(v) is list:
                values[name] = _floats(v)
        elif v is not None:
            values[name] = conv(v)  # type: ignore[misc]
    obj = _new(_cls)
    _set_dict(obj, values)
    _set_state(obj, (fields_set, extra))
    return obj


def _aliased(data: Any) -> Any:
    if type(data) is not dict:
        return data
    return _build_loop(_cls, _plan, data)


_STUB_CODE = _stub.__code__
_LIST_LOOP_CODE = _list_loop.__code__
_BUILTINS = builtins.__dict__


def _new_builders(cls: type) -> Tuple[Callable[[Any], Any], Callable[[List[Any]], List[Any]]]:
    g: Dict[str, Any] = {"__builtins__": _BUILTINS, "_cls": cls, "_first_build": _first_build}
    item = FunctionType(_STUB_CODE, g, f"build_{cls.__name__}")
    g["_builder"] = item
    return item, FunctionType(_LIST_LOOP_CODE, g, f"build_{cls.__name__}_list")


def _first_build(cls: Type[BaseModel], data: Any) -> Any:
    fn = cls._lite_builder
    _specialise(cls, typing.cast(FunctionType, fn))
    return fn(data)


def _specialise(cls: Type[BaseModel], func: FunctionType) -> None:
    """Set up the class's builder: its constants, and the first tier of code."""
    with _LOCK:
        if func.__code__ is not _STUB_CODE:
            return
        plan = _prepare(cls)
        g = func.__globals__
        g.update(_new=_new, _set_dict=_set_dict, _set_state=_set_state, _floats=_floats,
                 _build_loop=_build_loop, _tier_up=_tier_up, _relearn=_relearn,
                 _TIER_UP=_TIER_UP, _RELEARN_AFTER=_RELEARN_AFTER, _calls=0, _misses=0,
                 _generation=0, _shapes={}, _plan=plan, _defaults=plan.defaults,
                 _count=len(plan.defaults), _names=plan.names, _factories=plan.factories)
        if plan.has_alias:
            func.__code__ = _aliased.__code__
            return
        steps: List[Tuple[str, int, Converter, bool]] = []
        with_factory = {name for name, _ in plan.factories}
        for name, _api, default in plan.fields:
            kind, conv = _field_kind(plan.hints[name])
            if kind is not None:
                # a default other than None is kept as declared, never converted
                guarded = name in with_factory or not (default is _MISSING or default is None)
                steps.append((name, _KIND_CODES[kind], conv, guarded))
        g["_steps"] = tuple(steps)
        func.__code__ = _tier1.__code__


_SHAPE_CODE: Dict[Tuple[Any, ...], Tuple[CodeType, CodeType]] = {}
_KIND_NAMES = {code: name for name, code in _KIND_CODES.items()}


def _learned_shape(g: Dict[str, Any]) -> Optional[Tuple[frozenset[str], Tuple[str, ...]]]:
    """The key set seen most often while learning, as (fields, unknown keys); None when
    there is none worth a fast path."""
    shapes = dict(g["_shapes"])  # a copy: other threads may still be counting
    if not shapes:
        return None
    best = max(shapes, key=shapes.__getitem__)
    names: frozenset[str] = g["_names"]
    extra = tuple(sorted(k for k in best if k not in names))
    if len(extra) > _MAX_SHAPE_EXTRA:
        return None
    return best & names, extra


def _tier_up(cls: Type[BaseModel]) -> None:
    """Give a much-built class straight-line code for its shape (see _builder_source)."""
    with _LOCK:
        func = typing.cast(FunctionType, cls._lite_builder)
        if func.__code__ is not _tier1.__code__:
            return
        g = func.__globals__
        shape_steps = []
        for i, (name, kind, conv, guarded) in enumerate(g["_steps"]):
            g[f"_n{i}"] = name
            g[f"_c{i}"] = conv
            shape_steps.append((_KIND_NAMES[kind], guarded))
        for i, (name, factory) in enumerate(g["_factories"]):
            g[f"_fn{i}"] = name
            g[f"_ff{i}"] = factory
        fast: Optional[Tuple[Any, ...]] = None
        learned = _learned_shape(g)
        if learned is not None:
            # Each generation has its own names, never rebound: a thread still running the
            # code of an earlier generation keeps reading that generation's constants.
            gen = g["_generation"]
            g["_generation"] = gen + 1
            fields, extra = learned
            names: frozenset[str] = g["_names"]
            absent = names - fields
            p = f"_h{gen}"
            g[p + "n"] = len(fields) + len(extra)
            g[p + "c"] = len(names) + len(extra)
            if extra:
                g[p + "f"] = fields
            else:
                g[p + "s"] = (fields, None)
            present = tuple(i for i, (name, _k, _c, _g) in enumerate(g["_steps"])
                            if name in fields)
            if not extra and len(names) <= _MAX_DISPLAY_FIELDS and len(absent) <= 1:
                plan: _Plan = g["_plan"]
                by_factory = {name: j for j, (name, _f) in enumerate(g["_factories"])}
                layout: List[Tuple[str, str, int]] = []
                for i, (name, _api, _default) in enumerate(plan.fields):
                    if name in fields:
                        layout.append(("data", name, i))
                    elif name in by_factory:
                        layout.append(("factory", name, by_factory[name]))
                    elif plan.defaults[name] is None:
                        layout.append(("none", name, i))
                    else:
                        g[f"_d{i}"] = plan.defaults[name]
                        layout.append(("default", name, i))
                fast = (gen, "display", tuple(layout), present)
            else:
                for i, key in enumerate(extra):
                    g[f"{p}e{i}"] = key
                # Given the two lengths, the key set is the shape when the fields it lacks
                # are all absent, or the fields it has all present: test the shorter list.
                if len(absent) <= len(fields):
                    check, tested = "absent", sorted(absent)
                else:
                    check, tested = "present", sorted(fields)
                if len(tested) > _MAX_UNROLLED:
                    check, tested = "disjoint", []
                    g[p + "A"] = absent
                for i, key in enumerate(tested):
                    g[f"{p}q{i}"] = key
                fast = (gen, "keys", (len(extra), check, len(tested)), present)
        shape = (len(g["_factories"]), tuple(shape_steps), fast)
        codes = _SHAPE_CODE.get(shape)
        if codes is None:
            item_src, list_src = _builder_source(shape)
            namespace: Dict[str, Any] = {}
            exec(compile(item_src + list_src, "<openai_lite model builder>", "exec"),
                 namespace)
            codes = (namespace["build"].__code__, namespace["build_list"].__code__)
            _SHAPE_CODE[shape] = codes
        g["_misses"] = 0
        g["_shapes"] = {}
        func.__code__ = codes[0]
        typing.cast(FunctionType, cls._lite_list_builder).__code__ = codes[1]


def _relearn(cls: Type[BaseModel]) -> None:
    """The class keeps missing its learned shape: learn again from the next _TIER_UP
    builds (at most _MAX_GENERATIONS shapes in all)."""
    with _LOCK:
        func = typing.cast(FunctionType, cls._lite_builder)
        g = func.__globals__
        g["_misses"] = 0
        code = func.__code__
        if (code is _tier1.__code__ or code is _STUB_CODE or code is _aliased.__code__
                or g["_generation"] >= _MAX_GENERATIONS):
            return
        g["_calls"] = 0
        g["_shapes"] = {}
        typing.cast(FunctionType, cls._lite_list_builder).__code__ = _LIST_LOOP_CODE
        func.__code__ = _tier1.__code__


def _step_lines(i: int, kind: str, pad: str) -> List[str]:
    out = [f"{pad}v = values[_n{i}]"]
    if kind == "float":
        out += [f"{pad}if type(v) is int:", f"{pad}    values[_n{i}] = float(v)"]
    elif kind == "model":
        out += [f"{pad}if type(v) is dict:", f"{pad}    values[_n{i}] = _c{i}(v)"]
    elif kind == "models":
        # (an empty list is common, e.g. a message's annotations: no call for it)
        out += [f"{pad}if type(v) is list:", f"{pad}    values[_n{i}] = _c{i}(v) if v else []"]
    elif kind == "floats":
        out += [f"{pad}if type(v) is list:", f"{pad}    values[_n{i}] = _floats(v)"]
    else:
        out += [f"{pad}if v is not None:", f"{pad}    values[_n{i}] = _c{i}(v)"]
    return out


def _builder_source(shape: Tuple[Any, ...]) -> Tuple[str, str]:
    """The straight-line builders (object, list) for a shape: (number of factories,
    ((kind, guarded)...), fast path or None), with names and converters in globals
    _n<i>/_c<i>, factories in _fn<i>/_ff<i>, the fast path's constants in _h<gen>*.

    The fast path is (generation, "keys" or "display", its layout, the steps of the fields
    present): "keys" builds the dict as the general path does and tests the key set by
    lengths and membership; "display" writes the dict out, field by field in declared
    order ('name': data['name'] for a field of the shape, else its default, _d<i> or a
    factory's value), after one length test; the keys are written as constants (a
    constant-key display is the cheapest dict CPython builds), so that code is the
    class's own unless another class has the same fields."""
    n_factories, steps, fast = shape

    def values_lines(pad: str) -> List[str]:
        return ([f"{pad}values = _defaults.copy()"]
                + [f"{pad}values[_fn{i}] = _ff{i}()" for i in range(n_factories)]
                + [f"{pad}values.update(data)"])

    def finish(inner: str, state: str, done: str) -> List[str]:
        out: List[str] = []
        for i in fast[3]:
            out += _step_lines(i, steps[i][0], inner)
        return out + [f"{inner}obj = _new(_cls)", f"{inner}_set_dict(obj, values)",
                      f"{inner}_set_state(obj, {state})", f"{inner}{done}"]

    def keys_lines(pad: str, done: str) -> List[str]:
        gen, _mode, (n_extra, check, n_tested), _present = fast
        p = f"_h{gen}"
        tests = [f"len(values) == {p}c", f"len(data) == {p}n"]
        tests += [f"{p}e{i} in data" for i in range(n_extra)]
        if check == "absent":
            tests += [f"{p}q{i} not in data" for i in range(n_tested)]
        elif check == "present":
            tests += [f"{p}q{i} in data" for i in range(n_tested)]
        else:
            tests.append(f"{p}A.isdisjoint(data)")
        out = [f"{pad}if {' and '.join(tests)}:"]
        inner = pad + "    "
        if n_extra == 1:
            out.append(f"{inner}extra = {{{p}e0: values.pop({p}e0)}}")
        elif n_extra:  # in the payload's order, as the general path keeps them
            out += [f"{inner}extra = {{}}", f"{inner}for key in data:",
                    f"{inner}    if key not in _names:",
                    f"{inner}        extra[key] = values.pop(key)"]
        return out + finish(inner, f"({p}f, extra)" if n_extra else p + "s", done)

    def display_lines(pad: str, done: str) -> List[str]:
        gen, _mode, layout, _present = fast
        items = []
        for source, name, i in layout:
            key = repr(name)
            value = {"data": f"data[{key}]", "none": "None", "default": f"_d{i}",
                     "factory": f"_ff{i}()"}[source]
            items.append(f"{key}: {value}")
        return [f"{pad}try:",
                f"{pad}    values = {{{', '.join(items)}}}",
                f"{pad}except KeyError:",  # a field of the shape is missing
                f"{pad}    pass",
                f"{pad}else:"] + finish(pad + "    ", f"_h{gen}s", done)

    item = ["def build(data):",
            "    global _misses",
            "    if type(data) is not dict:",
            "        return data"]
    if fast is not None and fast[1] == "display":
        item += [f"    if len(data) == _h{fast[0]}n:"] + display_lines("        ", "return obj")
        item += values_lines("    ")
    else:
        item += values_lines("    ")
        if fast is not None:
            item += keys_lines("    ", "return obj")
    if fast is not None:
        item += ["    _misses += 1",
                 "    if _misses >= _RELEARN_AFTER:",
                 "        _relearn(_cls)"]
    item += ["    if len(values) == _count:",
             "        fields_set = _names if len(data) == _count else set(data)",
             "        extra = None",
             "    else:",
             "        extra = {}",
             "        for key in data:",
             "            if key not in _names:",
             "                extra[key] = values.pop(key)",
             "        fields_set = set(data)",
             "        fields_set.difference_update(extra)"]
    for i, (kind, guarded) in enumerate(steps):
        if guarded:
            item.append(f"    if _n{i} in data:")
            item += _step_lines(i, kind, "        ")
        else:
            item += _step_lines(i, kind, "    ")
    item += ["    obj = _new(_cls)",
             "    _set_dict(obj, values)",
             "    _set_state(obj, (fields_set, extra))",
             "    return obj", "", ""]
    if fast is None:
        lst = ["def build_list(items):",
               "    return [_builder(x) for x in items]", ""]
    else:
        # the fast path inline, saving a call per item; the rest goes to the item builder
        lst = ["def build_list(items):",
               "    out = []",
               "    for data in items:"]
        if fast[1] == "display":
            lst += [f"        if type(data) is dict and len(data) == _h{fast[0]}n:"]
            lst += display_lines("            ", "out.append(obj)")
        else:
            lst += ["        if type(data) is dict:"]
            lst += values_lines("            ")
            lst += keys_lines("            ", "out.append(obj)")
        lst += ["                continue",
                "        out.append(_builder(data))",
                "    return out", ""]
    return "\n".join(item), "\n".join(lst)


def _build_loop(cls: Type[BaseModel], plan: _Plan, data: Dict[str, Any]) -> Any:
    """The general builder, for classes with aliased fields."""
    values = plan.defaults.copy()
    for name, factory in plan.factories:
        values[name] = factory()
    by_api = plan.by_api
    assert by_api is not None
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
    _set_state(obj, ({by_api[k][0] for k in data if k in by_api}, extra))
    return obj


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


# ---- converters (lenient mode) ---------------------------------------------------------

# Keyed by identity, with the type kept alive in the entry: typing's unions compare equal
# whatever their order, but the order decides the fallback variant.
_CONVERTERS: Dict[int, Tuple[Any, Converter]] = {}


def _strip(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return tp


def _model_converter(tp: Type[BaseModel]) -> Callable[[Any], Any]:
    """The function that builds ``tp``: its generated builder, or its own ``_lite_build``
    when the class overrides that (GenericModel)."""
    build = tp._lite_build
    if getattr(build, "__func__", None) is _BASE_BUILD:
        return tp._lite_builder
    return typing.cast(Callable[[Any], Any], build)


def _converter(tp: Any) -> Converter:
    entry = _CONVERTERS.get(id(tp))
    if entry is not None and entry[0] is tp:
        return entry[1]
    conv = _make_converter(tp)
    _CONVERTERS[id(tp)] = (tp, conv)
    return conv


def _to_float(value: Any) -> Any:
    return float(value) if type(value) is int else value


def _floats(value: List[Any]) -> List[Any]:
    """A ``List[float]`` payload: a copy, ints made floats (bools, None... kept)."""
    if countOf(map(type, value), float) == len(value):
        return value[:]  # all floats already (an embedding): one C-level pass
    return [float(v) if type(v) is int else v for v in value]


def _float_list(value: Any) -> Any:
    return _floats(value) if type(value) is list else value  # base64 text stays as sent


def _datetime_kind(tp: Any) -> Optional[str]:
    if isinstance(tp, type) and tp.__module__ == "datetime":
        dt = sys.modules.get("datetime")
        if dt is not None:
            if tp is dt.datetime:
                return "datetime"
            if tp is dt.date:
                return "date"
    return None


def _optional_inner(tp: Any) -> Any:
    """``X`` for ``Optional[X]`` (and Annotated wrappers), else ``tp`` stripped."""
    tp = _strip(tp)
    if typing.get_origin(tp) in _UNION_TYPES:
        variants = [a for a in typing.get_args(tp) if a is not _NoneType]
        if len(variants) == 1:
            return _strip(variants[0])
    return tp


def _field_kind(tp: Any) -> Tuple[Optional[str], Converter]:
    """How a builder converts a field of type ``tp``: (kind, converter); kind None means
    the value is kept as sent."""
    inner = _optional_inner(tp)
    if inner is float:
        return "float", None
    if _is_model(inner):
        build = _model_converter(inner)
        return ("model" if build is inner._lite_builder else "call"), build
    if typing.get_origin(inner) in (list, _SEQUENCE):
        args = typing.get_args(inner)
        if args:
            item = _optional_inner(args[0])
            if item is float:
                return "floats", None
            if _is_model(item) and _model_converter(item) is item._lite_builder:
                return "models", item._lite_list_builder
    conv = _converter(tp)
    return (None if conv is None else "call"), conv


def _make_converter(tp: Any) -> Converter:
    tp = _strip(tp)
    if tp is float:
        return _to_float
    kind = _datetime_kind(tp)
    if kind == "datetime":
        return _to_datetime
    if kind == "date":
        return _to_date
    if _is_model(tp):
        return _model_converter(tp)
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
        if item is _to_float:
            return _float_list
        model = _strip(args[0])
        if _is_model(model):
            if item is model._lite_builder:
                build_list = model._lite_list_builder

                def model_list(value: Any) -> Any:
                    return build_list(value) if type(value) is list else value
                return model_list

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


def _parse_datetime(value: Any) -> Any:
    from datetime import datetime, timezone

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
    import re

    fixed = re.sub(r"(\d\d:\d\d:\d\d)[.,](\d+)",
                   lambda m: f"{m.group(1)}.{(m.group(2) + '000000')[:6]}", text, count=1)
    return datetime.fromisoformat(fixed)


def _to_datetime(value: Any) -> Any:
    try:
        return _parse_datetime(value)
    except (TypeError, ValueError, OverflowError, OSError):
        return value


def _to_date(value: Any) -> Any:
    if type(value) is str:
        from datetime import date

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

    __slots__ = ("variants", "ready", "models", "builders", "disc", "mapping", "by_value",
                 "dict_conv", "list_conv", "scalars")

    def __init__(self, variants: List[Any]) -> None:
        self.variants = [_strip(v) for v in variants]
        # Set up on first use: variant plans may not be compilable yet (a model whose own
        # field is a union containing it is still being compiled when this is created).
        self.ready = False
        self.models: List[Any] = []
        self.builders: List[Callable[[Any], Any]] = []
        self.disc: Optional[str] = None
        self.mapping: Dict[Any, Any] = {}  # discriminator value -> model class
        self.by_value: Dict[Any, Callable[[Any], Any]] = {}  # ... -> its builder
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
        disc, mapping = self._find_discriminator(models)
        self.by_value = {k: _model_converter(m) for k, m in mapping.items()}
        self.disc, self.mapping = disc, mapping
        self.builders = [_model_converter(m) for m in models]
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
                build = self.by_value.get(value.get(self.disc))
                if build is not None:
                    return build(value)
            best = self._best_model(value)
            if best is not None:
                return self.builders[best](value)
            if self.dict_conv is not None:
                return self.dict_conv(value)
            if self.builders:
                return self.builders[0](value)
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

    def _best_model(self, value: Dict[str, Any]) -> Optional[int]:
        best, best_score = None, -1
        for i, model in enumerate(self.models):
            score = _fit(_plan_of(model), value)
            if score > best_score:
                best, best_score = i, score
        return best


def _identity(value: Any) -> Any:
    return value


def _fit(plan: _Plan, value: Dict[str, Any]) -> int:
    """How many known keys ``value`` fills in a model, or -1 when it cannot be one."""
    for api in plan.required_api:
        if api not in value:
            return -1
    score = 0
    shallow = _shallow_table(plan)
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
