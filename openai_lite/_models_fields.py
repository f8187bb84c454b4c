"""A model class's fields and how their JSON values convert: its hints resolved, its
field table as ``@dataclass`` would make it (the class's ``_Plan``, computed once), and
the converter each hint calls for in lenient mode (nested models, lists and unions of
them, floats, dates; a value of the wrong kind is kept as sent, never an error).

Part of ``_models`` (see its docstring for how the pieces fit); the classes keep
``__module__ == "openai_lite._models"``, where pickles and reprs have always found them.
"""
from __future__ import annotations

import sys
import typing
from _thread import RLock
from operator import countOf
from typing import (
    TYPE_CHECKING, Any, Callable, ClassVar, Dict, List, Literal, Optional, Tuple, Type,
    TypeVar, Union,
)

if TYPE_CHECKING:
    from types import CodeType

    from ._models import BaseModel


class _MissingType:
    """No default; stands for ``dataclasses.MISSING`` without importing dataclasses."""

    __module__ = "openai_lite._models"
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


_MISSING: Any = _MissingType()
_NoneType = type(None)
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

# Set by ``_models`` once it has defined the root class, which this module (imported
# first; importing ``_models`` from here would be a cycle) needs to know: the root itself,
# and its ``_lite_build`` function (a class that overrides it is built by its own method).
_root: Type[BaseModel]
_BASE_BUILD: Any


def _is_missing(value: Any) -> bool:
    if value is _MISSING:
        return True
    dc = sys.modules.get("dataclasses")
    return dc is not None and value is dc.MISSING


class FieldInfo:
    """What pydantic's ``model_fields`` exposes for one field, enough for introspection."""

    __module__ = "openai_lite._models"
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

    __module__ = "openai_lite._models"
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

    __module__ = "openai_lite._models"
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
    return isinstance(tp, type) and issubclass(tp, _root)


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
        if base is not _root and _is_model(base):
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
    plan.own_hints = _own_hints(cls) if cls is not _root else {}
    hints: Dict[str, Any] = {}
    for base in cls.__mro__[-1:0:-1]:
        if base is object or base is _root:
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

    __module__ = "openai_lite._models"
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
