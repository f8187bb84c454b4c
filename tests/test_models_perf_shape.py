"""The shape of the fast paths in openai_lite/_models.py, checked against the slow obvious way.

- ``@dataclass`` processing is deferred to the first read of a dataclass attribute, so
  field tables are computed without it: they must equal what the decorator records, for
  every model in openai_lite.types;
- hints are resolved without ``typing.get_type_hints``: they must equal its answers;
- builders change code as a class warms up (stub -> loop -> straight-line code per shape):
  every tier must build the same object;
- ``List[float]`` payloads take a one-pass check: same values, same types as item by item.

No timings here: those are in bench/models.py.
"""
from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import types
import typing
from typing import Any, Dict, List, Literal, Optional, Union

import pytest

from openai_lite import _models
from openai_lite._models import BaseModel, GenericModel, construct_type, converter_for


# ---- import cost ---------------------------------------------------------------------------

def test_models_and_plain_model_modules_import_neither_dataclasses_nor_inspect() -> None:
    code = (
        "import json, sys\n"
        "import openai_lite._models\n"
        "after_models = sorted(m for m in ('dataclasses', 'inspect', 'datetime') if m in sys.modules)\n"
        "from openai_lite._models import construct_type\n"
        "from openai_lite.types.chat.chat_completion_chunk import ChatCompletionChunk\n"
        "c = construct_type(type_=ChatCompletionChunk, value={'id': 'x', 'choices': [\n"
        "    {'index': 0, 'delta': {'content': 'hi'}}], 'object': 'chat.completion.chunk'})\n"
        "assert c.choices[0].delta.content == 'hi'\n"
        "after_build = sorted(m for m in ('dataclasses', 'inspect') if m in sys.modules)\n"
        "import dataclasses\n"
        "assert dataclasses.is_dataclass(ChatCompletionChunk)\n"
        "assert [f.name for f in dataclasses.fields(c.choices[0])][:2] == ['delta', 'finish_reason']\n"
        "print(json.dumps([after_models, after_build]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert json.loads(out.stdout) == [[], []]


# ---- every model: field tables and hints against dataclasses and typing ----------------------

_CHECK_ALL = r'''
import dataclasses, importlib, inspect, json, pkgutil, sys, typing
import openai_lite.types as root
from openai_lite import _models
from openai_lite._models import BaseModel

classes = []
for info in pkgutil.walk_packages(root.__path__, "openai_lite.types."):
    if info.name.rsplit(".", 1)[1].startswith("_"):
        continue
    module = importlib.import_module(info.name)
    for obj in list(vars(module).values()):
        if (inspect.isclass(obj) and issubclass(obj, BaseModel)
                and obj.__module__ == module.__name__):
            classes.append(obj)

def entry(name, default, factory, alias):
    return [name, repr(default), repr(factory), alias]

problems, deferred = [], 0
for cls in classes:
    where = f"{cls.__module__}.{cls.__qualname__}"
    own = _models._own_hints(cls)
    ann = cls.__dict__.get("__annotations__", {})
    full = typing.get_type_hints(cls, include_extras=True)
    for name in ann:
        if own.get(name) != full[name] or typing.get_args(own[name]) != typing.get_args(full[name]):
            problems.append([where, "hint", name, repr(own.get(name)), repr(full[name])])
    lazy = cls.__dict__.get("__dataclass_fields__") in _models._STAND_INS
    if lazy:
        deferred += 1
        table = _models._table_from_body(cls, own)
        mine = [entry(s.name, s.default if s.default is not _models._MISSING
                      else dataclasses.MISSING, s.factory, s.api)
                for s in table.values() if s.is_field]
    plan = _models._plan_of(cls)
    theirs = [entry(f.name, f.default, None if f.default_factory is dataclasses.MISSING
                    else f.default_factory, f.metadata.get("alias", f.name))
              for f in dataclasses.fields(cls)]
    if lazy and mine != theirs:
        problems.append([where, "table", mine, theirs])
    if [f[0] for f in theirs] != [name for name, _, _ in plan.fields]:
        problems.append([where, "plan", theirs, plan.fields])
    if sys.version_info >= (3, 10) and cls.__match_args__ != tuple(f[0] for f in theirs):
        problems.append([where, "match_args", cls.__match_args__])
print(json.dumps({"classes": len(classes), "deferred": deferred, "problems": problems[:20]}))
'''


def test_every_model_field_table_and_hints_match_dataclasses_and_typing() -> None:
    # a fresh process: in this one, other tests may have processed the classes already
    out = subprocess.run([sys.executable, "-c", _CHECK_ALL], capture_output=True, text=True,
                         check=True)
    result = json.loads(out.stdout)
    assert result["problems"] == []
    assert result["classes"] > 500
    assert result["deferred"] > 0.9 * result["classes"]


# ---- deferred @dataclass ------------------------------------------------------------------------

def test_dataclass_attributes_appear_on_first_read() -> None:
    class Base(BaseModel):
        a: int
        b: Optional[str] = None

    class Sub(Base):
        c: float = 1.5
        b: Optional[str] = "x"  # redeclared: keeps its place, takes the new default

    assert Base.__dict__["__dataclass_fields__"] in _models._STAND_INS
    assert Sub.__doc__ is None  # the decorator writes one when it runs
    assert dataclasses.is_dataclass(Sub)
    assert [(f.name, f.default) for f in dataclasses.fields(Sub)] == \
        [("a", dataclasses.MISSING), ("b", "x"), ("c", 1.5)]
    assert type(Sub.__dict__["__dataclass_fields__"]) is dict  # replaced by the real one
    assert type(Base.__dict__["__dataclass_fields__"]) is dict  # its base on the way
    assert Sub.__dataclass_params__.init is False
    if sys.version_info >= (3, 10):
        assert Base.__match_args__ == ("a", "b")
    assert Sub.__doc__.startswith("Sub(")
    s = Sub.construct({"a": 1})
    assert dataclasses.asdict(s) == {"a": 1, "b": "x", "c": 1.5}
    assert dataclasses.replace(s, a=2).a == 2
    assert dataclasses.is_dataclass(s) and not dataclasses.is_dataclass(BaseModel)


def test_plan_before_and_after_the_decorator_agree() -> None:
    class Early(BaseModel):
        x: Optional[int] = None
        y: List[float]

    early = Early.construct({"y": [1]})  # plan from the class body
    assert [f.name for f in dataclasses.fields(Early)] == list(Early.model_fields)
    assert Early.construct({"y": [1]}) == early and type(early.y[0]) is float


def test_class_bodies_the_decorator_must_judge_are_processed_at_creation() -> None:
    class WithField(BaseModel):
        from_: Optional[str] = dataclasses.field(default=None, metadata={"alias": "from"})

    assert type(WithField.__dict__["__dataclass_fields__"]) is dict
    assert WithField.from_ is None  # the Field was replaced by its default, as before
    assert WithField.construct({"from": "a"}).from_ == "a"

    with pytest.raises(ValueError, match="mutable default"):
        class Mutable(BaseModel):
            tags: List[str] = []  # noqa: RUF012


def test_explicit_decorator_on_a_model_still_works() -> None:
    @dataclasses.dataclass(init=False, repr=False, eq=False)
    class Explicit(BaseModel):
        a: int
        b: Optional[int] = None

    assert [f.name for f in dataclasses.fields(Explicit)] == ["a", "b"]
    if sys.version_info >= (3, 10):
        assert Explicit.__match_args__ == ("a", "b")
    assert Explicit.construct({"a": 1, "z": 2}).model_extra == {"z": 2}


def test_field_info_default_and_transform_record() -> None:
    class Req(BaseModel):
        a: int
        b: int = 2

    assert Req.model_fields["a"].default is dataclasses.MISSING
    assert Req.model_fields["a"].is_required() and not Req.model_fields["b"].is_required()
    assert Req.model_fields["b"].default == 2
    if sys.version_info >= (3, 11):
        record = BaseModel.__dataclass_transform__  # type: ignore[attr-defined]
        assert record["kw_only_default"] is True
        assert record["field_specifiers"] == (dataclasses.field, dataclasses.Field)


# ---- hints ---------------------------------------------------------------------------------------

def test_hints_with_nested_forward_references_and_real_objects() -> None:
    module = types.ModuleType("openai_lite_test_hints")
    sys.modules[module.__name__] = module
    try:
        # no `from __future__ import annotations` here: annotations are objects, or strings
        exec(
            "from typing import List, Optional\n"
            "from openai_lite._models import BaseModel\n"
            "class Node(BaseModel):\n"
            "    name: str\n"
            "    kids: Optional[List['Node']] = None\n"
            "    parent: 'Optional[Node]' = None\n",
            module.__dict__)
        node_cls = module.Node
        expected = typing.get_type_hints(node_cls)
        assert _models._own_hints(node_cls) == {k: expected[k] for k in ("name", "kids", "parent")}
        node = node_cls.construct({"name": "a", "kids": [{"name": "b"}], "parent": {"name": "p"}})
    finally:
        del sys.modules[module.__name__]
    assert isinstance(node.kids[0], node_cls) and isinstance(node.parent, node_cls)


def test_unresolvable_hint_raises_like_typing() -> None:
    class Broken(BaseModel):
        x: NoSuchName  # type: ignore[name-defined]  # noqa: F821

    with pytest.raises(NameError, match="NoSuchName"):
        Broken.construct({"x": 1})


# ---- tiers ---------------------------------------------------------------------------------------

class Leaf(BaseModel):
    v: Optional[float] = None


class Shape(BaseModel):
    id: str
    n: int
    score: Optional[float] = None
    ratio: float = 1  # a default other than None: never converted
    leaf: Optional[Leaf] = None
    leaves: Optional[List[Leaf]] = None
    values: Optional[List[float]] = None
    tags: List[float] = dataclasses.field(default_factory=list)
    by_key: Optional[Dict[str, Leaf]] = None
    either: Optional[Union[Leaf, str]] = None
    kind: Literal["s"] = "s"


class ShapeTwin(BaseModel):  # the same shape as Shape's builder, other names
    name: str
    count: int
    a: Optional[float] = None
    b: float = 1
    c: Optional[Leaf] = None
    d: Optional[List[Leaf]] = None
    e: Optional[List[float]] = None
    f: List[float] = dataclasses.field(default_factory=list)
    g: Optional[Dict[str, Leaf]] = None
    h: Optional[Union[Leaf, str]] = None
    i: Literal["s"] = "s"


PAYLOADS: List[Dict[str, Any]] = [
    {},
    {"id": "a", "n": 1},
    {"n": 2, "id": "b", "score": 3, "ratio": 2, "leaf": {"v": 1}, "leaves": [{"v": 2}, None, 5],
     "values": [1, 2.5, True, None], "tags": [1], "by_key": {"k": {"v": 3}}, "either": {"v": 4}},
    {"id": "c", "extra": {"x": 1}, "leaf": "not an object", "leaves": "nope", "score": None,
     "values": "base64text", "either": "text", "kind": "other"},
    {"unknown_only": 1},
]


def snapshot(obj: Any) -> Any:
    """Everything a model holds, with value types, for exact comparison."""
    if isinstance(obj, BaseModel):
        return (type(obj).__name__, list(obj.__dict__), snapshot(obj.__dict__),
                sorted(obj.model_fields_set), snapshot(obj._lite_extra))
    if isinstance(obj, dict):
        return {k: snapshot(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [snapshot(v) for v in obj]
    return (type(obj).__name__, obj)


def test_every_builder_tier_builds_the_same_objects() -> None:
    for cls in (Shape, ShapeTwin, Leaf):
        assert cls._lite_builder.__code__ is _models._STUB_CODE or cls is Leaf
    builder = Shape._lite_builder
    first = [snapshot(Shape.construct(dict(p))) for p in PAYLOADS]
    assert builder.__code__ is _models._tier1.__code__
    _models._tier_up(Shape)
    _models._tier_up(Leaf)
    assert Shape._lite_builder is builder  # the same function, its code replaced
    assert builder.__code__.co_name == "build"
    second = [snapshot(Shape.construct(dict(p))) for p in PAYLOADS]
    assert first == second
    full = Shape.construct(dict(PAYLOADS[2]))
    assert full.ratio == 2 and type(full.ratio) is float
    assert type(Shape.construct({}).ratio) is int  # a declared default is kept as declared
    assert type(full.score) is float and full.values == [1.0, 2.5, True, None]
    assert full.tags == [1.0] and Shape.construct({}).tags == [] == Shape.construct({}).tags
    assert Shape.construct({}).tags is not Shape.construct({}).tags
    assert isinstance(full.either, Leaf) and isinstance(full.by_key["k"], Leaf)
    assert full.leaves[1] is None and full.leaves[2] == 5
    assert list(vars(Shape.construct({"kind": "s", "id": "z"}))) == list(Shape.model_fields)


def test_builders_are_shared_per_shape_and_tier_up_after_many_builds() -> None:
    ShapeTwin.construct({})
    _models._tier_up(Shape)
    _models._tier_up(ShapeTwin)
    assert ShapeTwin._lite_builder.__code__ is Shape._lite_builder.__code__
    twin = ShapeTwin.construct({"name": "n", "a": 1, "c": {"v": 2}, "zz": 0})
    assert type(twin.a) is float and twin.c.v == 2 and twin.model_extra == {"zz": 0}

    class Hot(BaseModel):
        x: Optional[float] = None

    for i in range(_models._TIER_UP + 1):
        assert Hot.construct({"x": i}).x == float(i)
    assert Hot._lite_builder.__code__.co_name == "build"


class Child(BaseModel):
    c: Optional[int] = None


class Parent(BaseModel):
    child: Optional[Child] = None


def test_a_parent_built_before_its_child_uses_the_child_builder_in_place() -> None:
    child_builder = Child._lite_builder
    assert Parent.construct({}).child is None  # Parent set up, Child never built yet
    assert child_builder.__code__ is _models._STUB_CODE
    assert Parent.construct({"child": {"c": 1}}).child.c == 1
    assert Child._lite_builder is child_builder
    assert child_builder.__code__ is not _models._STUB_CODE


def test_generic_model_fields_use_its_own_builder() -> None:
    class Holder(BaseModel):
        g: Optional[GenericModel] = None
        gs: Optional[List[GenericModel]] = None

    h = Holder.construct({"g": {"a": {"b": 1}}, "gs": [{"c": 2}, 3]})
    assert h.g.a.b == 1 and h.gs[0].c == 2 and h.gs[1] == 3


# ---- List[float] ---------------------------------------------------------------------------------

def test_float_lists() -> None:
    floats = [0.25, -1.5, 3.0]
    out = _models._floats(floats)
    assert out == floats and out is not floats
    mixed = _models._floats([1, 0.5, True, None, "x"])
    assert mixed == [1.0, 0.5, True, None, "x"]
    assert [type(v) for v in mixed] == [float, float, bool, type(None), str]
    assert construct_type(type_=List[float], value=[1, 2.0]) == [1.0, 2.0]
    assert type(construct_type(type_=List[float], value=[1])[0]) is float
    assert construct_type(type_=List[float], value="AAAA") == "AAAA"
    assert construct_type(type_=Optional[List[Optional[float]]], value=[None, 2]) == [None, 2.0]


# ---- converter_for ---------------------------------------------------------------------------------

@pytest.mark.parametrize("tp,value", [
    (Shape, PAYLOADS[2]), (Shape, None), (Shape, "text"), (List[Leaf], [{"v": 1}, None]),
    (Optional[List[float]], [1, 2.5]), (Optional[List[float]], None), (str, "s"),
    (Union[Leaf, str], {"v": 1}), (Union[Leaf, str], None), (GenericModel, {"a": {"b": 1}}),
    (Dict[str, float], {"a": 1}),
])
def test_converter_for_is_construct_type_resolved_once(tp: Any, value: Any) -> None:
    conv = converter_for(tp)
    assert snapshot(conv(value)) == snapshot(construct_type(type_=tp, value=value))
    if isinstance(tp, type) and issubclass(tp, BaseModel) and tp is not GenericModel:
        assert conv is tp._lite_builder
