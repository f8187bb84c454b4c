"""Classes as JSON Schema, and JSON back into class instances, the way pydantic does both.

The SDK turns pydantic models into structured-output schemas.  openai_lite has no pydantic, so
a ``response_format`` or tool class is a stdlib dataclass, a TypedDict or an openai_lite
``BaseModel``; this module emits the schema pydantic would emit for the equivalent model (same
keys, titles, ``$defs`` and key order), makes it strict as the SDK does
(streaming_pagination.md §5), and validates the model's JSON into an instance.
"""
from __future__ import annotations

import dataclasses
import enum
import inspect
import sys
import typing
import uuid
from datetime import date, datetime, time
from typing import Any, Dict, List, Literal, Mapping, NamedTuple, Optional, Set, Tuple, Union, cast

from .._models import BaseModel, ValidationError

__all__ = ["is_schema_class", "json_schema_of", "to_strict_json_schema", "ensure_strict_json_schema",
           "validate_json", "validate_python"]

_NoneType = type(None)
_MISSING: Any = dataclasses.MISSING
_UNION_TYPES: Tuple[Any, ...] = (Union,)
if sys.version_info >= (3, 10):
    import types as _types

    _UNION_TYPES = (Union, _types.UnionType)

_SEQUENCES = (list, typing.get_origin(typing.Sequence), typing.get_origin(typing.Iterable),
              typing.get_origin(typing.MutableSequence))
_SETS = (set, frozenset, typing.get_origin(typing.AbstractSet), typing.get_origin(typing.MutableSet))
_MAPPINGS = (dict, typing.get_origin(typing.Mapping), typing.get_origin(typing.MutableMapping))


def _is_typeddict(tp: Any) -> bool:
    # typing.is_typeddict is 3.10+
    return isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, "__total__")


def is_schema_class(tp: object) -> bool:
    """A class this module can describe as a JSON object: an openai_lite BaseModel, a
    stdlib dataclass or a TypedDict."""
    return isinstance(tp, type) and (dataclasses.is_dataclass(tp) or _is_typeddict(tp))


def _strip(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return tp


class _Field(NamedTuple):
    name: str          # Python attribute / constructor keyword
    key: str           # JSON property name (an alias for BaseModel fields)
    hint: Any
    required: bool
    default: Any       # _MISSING when there is none (or a default_factory)
    description: Optional[str]


def _hints(cls: type) -> Dict[str, Any]:
    try:
        return typing.get_type_hints(cls, include_extras=True)
    except NameError as e:
        raise TypeError(f"cannot resolve the annotations of {cls.__qualname__}: {e}; define the "
                        "classes it refers to at module level") from e


def _fields(cls: type) -> List[_Field]:
    hints = _hints(cls)
    out: List[_Field] = []
    if _is_typeddict(cls):
        required_keys = getattr(cls, "__required_keys__", frozenset(hints))
        for name, hint in hints.items():
            out.append(_Field(name, name, hint, name in required_keys, _MISSING, None))
        return out
    is_model = issubclass(cls, BaseModel)
    for f in dataclasses.fields(cls):
        if not f.init and not is_model:
            continue
        key = f.metadata.get("alias", f.name) if is_model else f.name
        required = f.default is _MISSING and f.default_factory is _MISSING
        out.append(_Field(f.name, key, hints.get(f.name, Any), required, f.default,
                          f.metadata.get("description")))
    return out


def _class_description(cls: type) -> Optional[str]:
    doc = cls.__dict__.get("__doc__")
    if not doc:
        return None
    if dataclasses.is_dataclass(cls):
        if not issubclass(cls, BaseModel):
            return None  # pydantic never describes a plain dataclass by its docstring
        if doc.startswith(cls.__name__ + "("):
            return None  # the signature the dataclass decorator writes when there is no docstring
    return inspect.cleandoc(doc)


def _title(name: str) -> str:
    return name.title().replace("_", " ").strip()


def _jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return _jsonable(value.value)
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _literal_schema(values: Tuple[Any, ...]) -> Dict[str, Any]:
    expected = [_jsonable(v) for v in values]
    out: Dict[str, Any] = {"const": expected[0]} if len(expected) == 1 else {"enum": expected}
    kinds = {type(v) for v in expected}
    for kind, name in ((str, "string"), (int, "integer"), (float, "number"), (bool, "boolean"),
                       (list, "array"), (_NoneType, "null")):
        if kinds == {kind}:
            out["type"] = name
    return out


def _anyof(parts: List[Dict[str, Any]]) -> Dict[str, Any]:
    members: List[Dict[str, Any]] = []
    for part in parts:
        if set(part) == {"anyOf"}:
            members.extend(part["anyOf"])
        else:
            members.append(part)
    return {"anyOf": members}


def _refers_to_definition(hint: Any) -> bool:
    """pydantic gives a field no title when its schema is a reference (a class or an enum),
    possibly made nullable."""
    tp = _strip(hint)
    if isinstance(tp, type) and (is_schema_class(tp) or issubclass(tp, enum.Enum)):
        return True
    if typing.get_origin(tp) in _UNION_TYPES:
        args = typing.get_args(tp)
        rest = [a for a in args if a is not _NoneType]
        if len(rest) == 1 and len(args) == 2:
            return _refers_to_definition(rest[0])
    return False


class _SchemaBuilder:
    def __init__(self, root: type) -> None:
        self.root = root
        self.root_referenced = False
        self.defs: Dict[str, Dict[str, Any]] = {}
        self.names: Dict[Any, str] = {}

    def _name(self, cls: type) -> str:
        name = self.names.get(cls)
        if name is None:
            name = cls.__name__
            if name in self.names.values():
                name = f"{cls.__module__}__{cls.__qualname__}".replace(".", "__")
            self.names[cls] = name
        return name

    def ref(self, cls: type) -> Dict[str, Any]:
        seen = cls in self.names
        name = self._name(cls)
        if cls is self.root:
            self.root_referenced = True
        elif not seen:
            self.defs[name] = {}  # reserved first: the class may refer to itself
            self.defs[name] = (self.enum(cls) if issubclass(cls, enum.Enum)
                               else self.object(cls))
        return {"$ref": f"#/$defs/{name}"}

    def enum(self, cls: Any) -> Dict[str, Any]:
        out: Dict[str, Any] = {"title": cls.__name__}
        doc = cls.__dict__.get("__doc__")
        if doc and doc != "An enumeration.":  # the default docstring of Enum before 3.11
            out["description"] = inspect.cleandoc(doc)
        values = [_jsonable(m.value) for m in cls]
        out["enum"] = values
        kinds = {type(v) for v in values}
        if issubclass(cls, str) or kinds == {str}:
            out["type"] = "string"
        elif issubclass(cls, int) or kinds == {int}:
            out["type"] = "integer"
        elif kinds == {float}:
            out["type"] = "number"
        elif kinds == {bool}:
            out["type"] = "boolean"
        return out

    def object(self, cls: type) -> Dict[str, Any]:
        properties: Dict[str, Any] = {}
        required: List[str] = []
        for f in _fields(cls):
            prop = dict(self.schema(f.hint))
            if not _refers_to_definition(f.hint):
                prop["title"] = _title(f.key)
            if f.description:
                prop["description"] = f.description
            if f.default is not _MISSING:
                prop["default"] = _jsonable(f.default)
            properties[f.key] = prop
            if f.required:
                required.append(f.key)
        out: Dict[str, Any] = {"properties": properties}
        if required:
            out["required"] = required
        out["title"] = cls.__name__
        out["type"] = "object"
        description = _class_description(cls)
        if description:
            out["description"] = description
        return out

    def schema(self, hint: Any) -> Dict[str, Any]:
        tp = _strip(hint)
        if tp is Any or tp is object:
            return {}
        if tp is None or tp is _NoneType:
            return {"type": "null"}
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is Literal:
            return _literal_schema(_flatten_literal(tp))
        if origin in _UNION_TYPES:
            rest = [a for a in args if a is not _NoneType]
            parts = [self.schema(a) for a in rest]
            if len(rest) < len(args):
                parts.append({"type": "null"})
            return parts[0] if len(parts) == 1 else _anyof(parts)
        if tp is str:
            return {"type": "string"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is datetime:
            return {"format": "date-time", "type": "string"}
        if tp is date:
            return {"format": "date", "type": "string"}
        if tp is time:
            return {"format": "time", "type": "string"}
        if tp is uuid.UUID:
            return {"format": "uuid", "type": "string"}
        if isinstance(tp, type) and (issubclass(tp, enum.Enum) or is_schema_class(tp)):
            return self.ref(tp)
        if tp in _SEQUENCES or origin in _SEQUENCES:
            return {"items": self.schema(args[0]) if args else {}, "type": "array"}
        if tp in _SETS or origin in _SETS:
            return {"items": self.schema(args[0]) if args else {}, "type": "array",
                    "uniqueItems": True}
        if tp is tuple or origin is tuple:
            if not args or (len(args) == 2 and args[1] is Ellipsis):
                return {"items": self.schema(args[0]) if args else {}, "type": "array"}
            if args == ((),):
                return {"maxItems": 0, "minItems": 0, "type": "array"}
            return {"maxItems": len(args), "minItems": len(args),
                    "prefixItems": [self.schema(a) for a in args], "type": "array"}
        if tp in _MAPPINGS or origin in _MAPPINGS:
            out: Dict[str, Any] = {"type": "object"}
            if len(args) == 2:
                values = dict(self.schema(args[1]))
                values.pop("title", None)
                if values:
                    out["additionalProperties"] = values
            return out
        raise TypeError(f"no JSON schema for the type {tp!r}")


def _flatten_literal(tp: Any) -> Tuple[Any, ...]:
    out: List[Any] = []
    for arg in typing.get_args(tp):
        if typing.get_origin(arg) is Literal:
            out.extend(_flatten_literal(arg))
        else:
            out.append(arg)
    return tuple(out)


def _sorted(value: Any, parent_key: Optional[str] = None) -> Any:
    # pydantic sorts schema keys, except the user's own names under properties/default
    if isinstance(value, dict):
        keys = list(value) if parent_key in ("properties", "default") else sorted(value)
        return {k: _sorted(value[k], k) for k in keys}
    if isinstance(value, list):
        return [_sorted(v, parent_key) for v in value]
    return value


def json_schema_of(cls: type) -> Dict[str, Any]:
    """The JSON schema pydantic would give the equivalent model (before strict mode)."""
    if not is_schema_class(cls):
        raise TypeError(f"expected a dataclass, TypedDict or BaseModel subclass, got {cls!r}")
    builder = _SchemaBuilder(cls)
    builder.names[cls] = cls.__name__
    body = builder.object(cls)
    if builder.root_referenced:
        builder.defs[cls.__name__] = body
        schema: Dict[str, Any] = {"$ref": f"#/$defs/{cls.__name__}"}
    else:
        schema = body
    if builder.defs:
        schema["$defs"] = builder.defs
    result: Dict[str, Any] = _sorted(schema)
    return result


def to_strict_json_schema(cls: type) -> Dict[str, Any]:
    schema = json_schema_of(cls)
    return ensure_strict_json_schema(schema, path=(), root=schema)


def ensure_strict_json_schema(json_schema: object, *, path: Tuple[str, ...],
                              root: Dict[str, object]) -> Dict[str, Any]:
    """Make a schema acceptable to strict structured outputs, in place (§5): objects closed,
    every property required, single-entry allOf merged, null defaults dropped, $refs with
    siblings inlined."""
    if not isinstance(json_schema, dict):
        raise TypeError(f"Expected {json_schema} to be a dictionary; path={path}")
    for defs_key in ("$defs", "definitions"):
        defs = json_schema.get(defs_key)
        if isinstance(defs, dict):
            for name, def_schema in defs.items():
                ensure_strict_json_schema(def_schema, path=(*path, defs_key, name), root=root)
    if json_schema.get("type") == "object" and "additionalProperties" not in json_schema:
        json_schema["additionalProperties"] = False
    properties = json_schema.get("properties")
    if isinstance(properties, dict):
        json_schema["required"] = list(properties)
        json_schema["properties"] = {
            key: ensure_strict_json_schema(prop, path=(*path, "properties", key), root=root)
            for key, prop in properties.items()
        }
    items = json_schema.get("items")
    if isinstance(items, dict):
        json_schema["items"] = ensure_strict_json_schema(items, path=(*path, "items"), root=root)
    any_of = json_schema.get("anyOf")
    if isinstance(any_of, list):
        json_schema["anyOf"] = [
            ensure_strict_json_schema(v, path=(*path, "anyOf", str(i)), root=root)
            for i, v in enumerate(any_of)
        ]
    all_of = json_schema.get("allOf")
    if isinstance(all_of, list):
        if len(all_of) == 1:
            json_schema.update(ensure_strict_json_schema(all_of[0], path=(*path, "allOf", "0"),
                                                         root=root))
            json_schema.pop("allOf")
        else:
            json_schema["allOf"] = [
                ensure_strict_json_schema(v, path=(*path, "allOf", str(i)), root=root)
                for i, v in enumerate(all_of)
            ]
    if "default" in json_schema and json_schema["default"] is None:
        json_schema.pop("default")
    ref = json_schema.get("$ref")
    if ref and len(json_schema) > 1:
        if not isinstance(ref, str):
            raise TypeError(f"Received non-string $ref - {ref}")
        resolved = _resolve_ref(root, ref)
        # the sibling keys win over the definition's
        json_schema.update({**resolved, **json_schema})
        json_schema.pop("$ref")
        return ensure_strict_json_schema(json_schema, path=path, root=root)
    return json_schema


def _resolve_ref(root: Mapping[str, object], ref: str) -> Dict[str, Any]:
    if not ref.startswith("#/"):
        raise ValueError(f"Unexpected $ref format {ref!r}; Does not start with #/")
    node: Any = root
    for key in ref[2:].split("/"):
        node = node[key]
        if not isinstance(node, dict):
            raise ValueError(f"encountered non-dictionary entry while resolving {ref} - {node}")
    return cast(Dict[str, Any], node)


# ---- JSON -> instances --------------------------------------------------------------------

Path = Tuple[Union[str, int], ...]


def validate_json(tp: Any, text: Union[str, bytes]) -> Any:
    """Parse ``text`` and build it into ``tp`` (raises ``ValidationError``, a ValueError)."""
    import json

    try:
        data = json.loads(text)
    except ValueError as e:
        raise ValidationError((), f"invalid JSON: {e}") from e
    return validate_python(tp, data)


def validate_python(tp: Any, value: Any, path: Path = ()) -> Any:
    return _build(tp, value, path)


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _fail(path: Path, expected: str, value: Any) -> ValidationError:
    return ValidationError(path, f"expected {expected}, got {_describe(value)}")


def _build(hint: Any, value: Any, path: Path) -> Any:
    tp = _strip(hint)
    if tp is Any or tp is object:
        return value
    if tp is None or tp is _NoneType:
        if value is not None:
            raise _fail(path, "null", value)
        return None
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is Literal:
        for allowed in _flatten_literal(tp):
            plain = allowed.value if isinstance(allowed, enum.Enum) else allowed
            if value == plain and type(value) is type(plain):
                return allowed
        raise _fail(path, f"one of {[_jsonable(a) for a in _flatten_literal(tp)]!r}", value)
    if origin in _UNION_TYPES:
        return _build_union(args, value, path)
    if tp is str:
        if type(value) is not str:
            raise _fail(path, "a string", value)
        return value
    if tp is bool:
        if type(value) is not bool:
            raise _fail(path, "a boolean", value)
        return value
    if tp is int:
        if type(value) is int:
            return value
        if type(value) is float and value.is_integer():
            return int(value)
        raise _fail(path, "an integer", value)
    if tp is float:
        if type(value) is float:
            return value
        if type(value) is int:
            return float(value)
        raise _fail(path, "a number", value)
    if tp in (datetime, date, time, uuid.UUID):
        return _build_text_scalar(tp, value, path)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            raise _fail(path, f"one of {[m.value for m in tp]!r}", value) from None
    if is_schema_class(tp):
        return _build_object(tp, value, path)
    if tp in _SEQUENCES or origin in _SEQUENCES:
        if type(value) is not list:
            raise _fail(path, "an array", value)
        item = args[0] if args else Any
        return [_build(item, v, path + (i,)) for i, v in enumerate(value)]
    if tp in _SETS or origin in _SETS:
        if type(value) is not list:
            raise _fail(path, "an array", value)
        item = args[0] if args else Any
        built = [_build(item, v, path + (i,)) for i, v in enumerate(value)]
        return frozenset(built) if frozenset in (tp, origin) else set(built)
    if tp is tuple or origin is tuple:
        if type(value) is not list:
            raise _fail(path, "an array", value)
        if not args or (len(args) == 2 and args[1] is Ellipsis):
            item = args[0] if args else Any
            return tuple(_build(item, v, path + (i,)) for i, v in enumerate(value))
        if args == ((),):
            args = ()
        if len(value) != len(args):
            raise _fail(path, f"an array of {len(args)} items", value)
        return tuple(_build(a, v, path + (i,)) for i, (a, v) in enumerate(zip(args, value)))
    if tp in _MAPPINGS or origin in _MAPPINGS:
        if type(value) is not dict:
            raise _fail(path, "an object", value)
        item = args[1] if len(args) == 2 else Any
        return {k: _build(item, v, path + (k,)) for k, v in value.items()}
    if isinstance(tp, type) and isinstance(value, tp):
        return value
    raise TypeError(f"cannot build the type {tp!r} from JSON")


_EXACT = {str: str, bool: bool, int: int, float: float}


def _build_union(args: Tuple[Any, ...], value: Any, path: Path) -> Any:
    if value is None:
        if _NoneType in args:
            return None
        raise _fail(path, "a value", value)
    variants = [a for a in args if a is not _NoneType]
    # like pydantic's smart unions: a variant of exactly the value's type wins
    for variant in variants:
        if _EXACT.get(_strip(variant)) is type(value):
            return value
    first: Optional[ValidationError] = None
    for variant in variants:
        try:
            return _build(variant, value, path)
        except ValidationError as e:
            first = first or e
    assert first is not None
    raise ValidationError(first.path, f"matches no member of the union ({first.reason})")


def _build_text_scalar(tp: Any, value: Any, path: Path) -> Any:
    if type(value) is not str:
        raise _fail(path, f"a {tp.__name__} string", value)
    try:
        if tp is uuid.UUID:
            return uuid.UUID(value)
        if tp is datetime:
            from .._models import _parse_datetime

            return _parse_datetime(value)
        text = value[:-1] + "+00:00" if tp is time and value[-1:] in "Zz" else value
        return tp.fromisoformat(text)
    except (TypeError, ValueError):
        raise _fail(path, f"a {tp.__name__} string", value) from None


def _build_object(cls: Any, value: Any, path: Path) -> Any:
    if type(value) is not dict:
        raise _fail(path, f"an object for {cls.__name__}", value)
    fields = _fields(cls)
    kwargs: Dict[str, Any] = {}
    known: Set[str] = set()
    for f in fields:
        known.add(f.key)
        if f.key in value:
            kwargs[f.name] = _build(f.hint, value[f.key], path + (f.key,))
        elif f.required:
            raise ValidationError(path + (f.key,), f"field required by {cls.__name__}")
    if _is_typeddict(cls):
        return kwargs
    if issubclass(cls, BaseModel):
        # unknown keys are kept as extras, as on every response model
        names = {f.name for f in fields}
        for key, item in value.items():
            if key not in known and key not in names:
                kwargs[key] = item
    return cls(**kwargs)
