"""The learned-shape fast path of the model builders (openai_lite/_models.py, "builders").

Once a class has been built ``_TIER_UP`` times its builders test each payload against the
key set seen most often, and objects of that shape share one state tuple (a frozenset of
fields set, no extras) and skip the conversion steps of the fields the shape lacks.  Each
test pins a behaviour that path must keep: objects equal to the general path's, fields set
copied before it changes, extras per object, defaults and factories per object, pickling,
relearning when the payloads change shape.
"""

import copy
import dataclasses
import pickle
import threading
from datetime import date
from typing import Any, Dict, List, Literal, Optional, Tuple, Type, Union

import pytest

from openai_lite import _models
from openai_lite._models import (
    BaseModel, GenericModel, ValidationError, construct_type, list_converter_for,
)
from openai_lite._pagination import SyncCursorPage, SyncPage
from openai_lite.types.model import Model


def make_classes() -> Tuple[Type[Any], Type[Any]]:
    """Fresh classes, so that each test warms its own builders up."""

    class Leaf(BaseModel):
        v: Optional[float] = None

    class Item(BaseModel):
        id: str
        created: int
        object: Literal["item"]
        owned_by: str
        score: Optional[float] = None
        when: Optional[date] = None
        tags: List[str] = dataclasses.field(default_factory=list)
        child: Optional[Leaf] = None
        kids: Optional[List[Leaf]] = None

    return Item, Leaf


BASE: Dict[str, Any] = {"id": "m", "object": "item", "created": 1, "owned_by": "me"}


def warm(cls: Type[Any], payload: Dict[str, Any]) -> List[Any]:
    """Build ``payload`` as list items until the class has learned its key set."""
    built = construct_type(type_=List[cls], value=[dict(payload)
                                                  for _ in range(_models._TIER_UP + 5)])
    assert cls._lite_builder.__code__.co_name == "build"
    assert _globals(cls)["_generation"] >= 1
    return built


def _globals(cls: Type[Any]) -> Dict[str, Any]:
    return cls._lite_builder.__globals__  # type: ignore[no-any-return]


def fast(cls: Type[Any], payload: Any) -> bool:
    """Whether building ``payload`` takes the fast path (no miss counted)."""
    before = _globals(cls)["_misses"]
    cls._lite_builder(copy.deepcopy(payload))
    return bool(_globals(cls)["_misses"] == before)


def snapshot(obj: Any) -> Any:
    """Everything a model holds, with value types and key order, for exact comparison."""
    if isinstance(obj, BaseModel):
        return (type(obj).__name__, list(obj.__dict__), snapshot(obj.__dict__),
                sorted(obj.model_fields_set), snapshot(obj.model_extra),
                list(obj.model_extra))
    if isinstance(obj, dict):
        return {k: snapshot(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [snapshot(v) for v in obj]
    return (type(obj).__name__, obj)


VARIANTS: List[Any] = [
    dict(BASE),                                               # the learned shape
    {"owned_by": "me", "created": 1, "object": "item", "id": "m"},  # same keys, other order
    dict(BASE, score=2),                                      # one more field, converted
    dict(BASE, score=None, when="2024-01-02", child={"v": 1}, kids=[{"v": 2}, None, 3],
         tags=["a"]),
    {"id": "m", "object": "item", "created": 1},              # a required field missing
    {"id": "m", "object": "item", "created": 1, "x": 5},      # same length, an unknown key
    dict(BASE, x=5),                                          # the shape plus an unknown key
    {"id": "m", "object": "item", "created": 1, "score": 3},  # same length, other field
    dict(BASE, kids=[], child="not an object", when="not a date"),
    {},
    None, "text", 3, [1],
]


@pytest.mark.parametrize("learned", [dict(BASE), dict(BASE, x=5),
                                     dict(BASE, x=5, y=6, score=1.5), {}])
def test_fast_path_objects_equal_the_general_paths(learned: Dict[str, Any]) -> None:
    cold_item, _ = make_classes()
    hot_item, _ = make_classes()
    warm(hot_item, learned)
    assert fast(hot_item, learned)
    for payload in VARIANTS:
        cold = construct_type(type_=cold_item, value=copy.deepcopy(payload))
        hot = construct_type(type_=hot_item, value=copy.deepcopy(payload))
        hot_items = construct_type(type_=List[hot_item], value=[copy.deepcopy(payload)] * 2)
        assert snapshot(hot) == snapshot(cold) == snapshot(hot_items[0])
        assert snapshot(hot_items[1]) == snapshot(cold)
    assert cold_item._lite_builder.__code__ is _models._tier1.__code__  # never tiered up


def make_small() -> Type[Any]:
    """A class small enough for the "display" fast path (the dict written out)."""
    _, leaf_cls = make_classes()

    class Small(BaseModel):
        id: str
        n: Optional[float] = None
        ratio: float = 1
        leaf: Optional[leaf_cls] = None  # type: ignore[valid-type]
        tags: List[str] = dataclasses.field(default_factory=list)

    return Small


SMALL: Dict[str, Any] = {"id": "s", "n": 1, "ratio": 2, "leaf": {"v": 3}, "tags": ["t"]}
SMALL_VARIANTS: List[Any] = [
    dict(SMALL),
    {k: v for k, v in SMALL.items() if k != "tags"},
    {k: v for k, v in SMALL.items() if k != "n"},
    {k: v for k, v in SMALL.items() if k != "ratio"},
    {k: v for k, v in SMALL.items() if k != "id"},
    dict({k: v for k, v in SMALL.items() if k != "n"}, x=1),  # same length, unknown key
    dict(SMALL, x=1),
    dict(SMALL, n=None, leaf=None, tags=None),
    dict(SMALL, leaf="text", ratio=None),
    {"id": "s"}, {}, None, 5,
]


@pytest.mark.parametrize("learned", SMALL_VARIANTS[:5])
def test_display_fast_path_objects_equal_the_general_paths(learned: Dict[str, Any]) -> None:
    cold_cls, hot_cls = make_small(), make_small()
    warm(hot_cls, learned)
    assert _globals(hot_cls)["_n0"] == "n"  # (the steps: n, ratio, leaf)
    # the display flavour: the dict's keys are one constant of the code
    assert tuple(hot_cls.model_fields) in hot_cls._lite_builder.__code__.co_consts
    assert fast(hot_cls, learned)
    for payload in SMALL_VARIANTS:
        cold = construct_type(type_=cold_cls, value=copy.deepcopy(payload))
        hot = construct_type(type_=hot_cls, value=copy.deepcopy(payload))
        hot_items = construct_type(type_=List[hot_cls], value=[copy.deepcopy(payload)] * 2)
        assert snapshot(hot) == snapshot(cold) == snapshot(hot_items[0])
        assert fast(hot_cls, payload) == (isinstance(payload, dict) and payload.keys() ==
                                          learned.keys()) or not isinstance(payload, dict)
    if "tags" not in learned:  # a factory's value is the object's own
        built = construct_type(type_=List[hot_cls], value=[copy.deepcopy(learned)] * 2)
        assert built[0].tags == [] and built[0].tags is not built[1].tags


def test_objects_of_the_shape_share_state_until_one_changes() -> None:
    item_cls, _ = make_classes()
    a, b, c = warm(item_cls, BASE)[-3:]
    assert a._lite_state is b._lite_state is c._lite_state  # one shared tuple
    assert type(a._lite_state[0]) is frozenset

    a.score = 1  # assignment is not conversion, as in pydantic's construct
    assert b._lite_state is c._lite_state  # the others still share theirs
    assert a.model_fields_set == {"id", "object", "created", "owned_by", "score"}
    assert a.model_dump(exclude_unset=True) == dict(BASE, score=1)
    assert b.to_dict() == BASE and c.to_dict() == BASE
    assert b.model_fields_set == {"id", "object", "created", "owned_by"}

    fields_set = b.model_fields_set  # the object's own set, as pydantic returns it
    assert type(fields_set) is set and b.model_fields_set is fields_set
    fields_set.discard("owned_by")
    assert b.to_dict() == {"id": "m", "object": "item", "created": 1}
    assert c.to_dict() == BASE and "owned_by" in c.model_fields_set

    c.brand_new = 1  # an unknown public attribute becomes an extra of c alone
    assert c.model_extra == {"brand_new": 1} and b.model_extra == {}
    assert c.to_dict() == dict(BASE, brand_new=1)
    del c.brand_new
    assert c.model_extra == {}


def test_unknown_fields_on_list_items_stay_per_object() -> None:
    item_cls, _ = make_classes()
    payload = dict(BASE, brand_new={"k": 1})
    a, b = warm(item_cls, payload)[-2:]
    assert fast(item_cls, payload)
    assert a.brand_new == {"k": 1} and a.model_extra == {"brand_new": {"k": 1}}
    assert a.model_extra is not b.model_extra
    a.model_extra["more"] = 2
    assert b.model_extra == {"brand_new": {"k": 1}}
    assert a.to_dict() == dict(payload, more=2) and b.to_dict() == payload
    assert a._lite_state[0] is b._lite_state[0]  # the fields set is still shared
    assert "brand_new" not in a.model_fields_set

    plain = construct_type(type_=List[item_cls], value=[dict(BASE)])[0]
    assert plain.model_extra == {} and plain.to_dict() == BASE
    with pytest.raises(AttributeError):
        plain.brand_new  # noqa: B018


def test_several_unknown_fields_keep_the_payloads_order() -> None:
    item_cls, _ = make_classes()
    warm(item_cls, dict(BASE, z_new=1, a_new=2))
    first = construct_type(type_=item_cls, value=dict(BASE, z_new=1, a_new=2))
    second = construct_type(type_=item_cls, value={"a_new": 2, **BASE, "z_new": 1})
    assert list(first.model_extra) == ["z_new", "a_new"]
    assert list(second.model_extra) == ["a_new", "z_new"]
    assert repr(first).endswith("z_new=1, a_new=2)")


def test_list_items_missing_a_field_or_sending_null() -> None:
    item_cls, _ = make_classes()
    warm(item_cls, dict(BASE, score=0.5))
    missing, null, short = construct_type(type_=List[item_cls], value=[
        dict(BASE), dict(BASE, score=None), {"id": "m", "object": "item", "created": 1}])
    assert missing.score is None and "score" not in missing.model_fields_set
    assert "score" not in missing.to_dict()
    assert null.score is None and "score" in null.model_fields_set
    assert null.to_dict() == dict(BASE, score=None)
    assert short.owned_by is None and "owned_by" not in short.model_fields_set
    assert list(vars(missing)) == list(item_cls.model_fields)  # declared order throughout


def test_defaults_and_factories_are_per_object() -> None:
    item_cls, _ = make_classes()
    a, b = warm(item_cls, BASE)[-2:]
    assert a.tags == [] and a.tags is not b.tags
    a.tags.append("x")
    assert b.tags == [] and item_cls.construct(dict(BASE)).tags == []
    assert a.__dict__ is not b.__dict__


def test_conversions_on_the_fast_path() -> None:
    item_cls, leaf_cls = make_classes()
    payload = dict(BASE, score=1, when="2024-01-02", child={"v": 2}, kids=[{"v": 3}, None, 4])
    warm(item_cls, payload)
    kids: List[Any] = []
    raw = dict(payload, kids=kids)
    assert fast(item_cls, raw)
    item = construct_type(type_=item_cls, value=dict(payload))
    assert type(item.score) is float and item.score == 1.0
    assert item.when == date(2024, 1, 2)
    assert isinstance(item.child, leaf_cls) and item.child.v == 2.0
    assert isinstance(item.kids[0], leaf_cls) and item.kids[1:] == [None, 4]
    empty = construct_type(type_=item_cls, value=raw)
    assert empty.kids == [] and empty.kids is not kids  # a list of its own, as before


def test_non_object_items_pass_through_list_builders() -> None:
    item_cls, _ = make_classes()
    warm(item_cls, BASE)
    out = construct_type(type_=List[item_cls], value=[None, "x", 3, [1], dict(BASE)])
    assert out[:4] == [None, "x", 3, [1]] and isinstance(out[4], item_cls)
    assert construct_type(type_=List[item_cls], value="not a list") == "not a list"


PickledItem, PickledLeaf = make_classes()  # module-level: pickle finds classes by name
PickledItem.__qualname__ = "PickledItem"
PickledLeaf.__qualname__ = "PickledLeaf"


def test_copies_of_shared_state_objects_are_independent() -> None:
    original = warm(PickledItem, BASE)[-1]
    assert type(original._lite_state[0]) is frozenset
    for clone in (pickle.loads(pickle.dumps(original)), copy.copy(original),
                  copy.deepcopy(original), original.model_copy()):
        assert clone == original and clone.model_fields_set == original.model_fields_set
        clone.score = 2.0
        assert "score" in clone.model_fields_set
        assert "score" not in original.model_fields_set and original.score is None
    assert original.model_copy(update={"score": 3.0}).to_dict() == dict(BASE, score=3.0)


def test_state_set_under_the_former_slot_names() -> None:
    # what an older pickle's state does: __dict__ first, then each slot by name
    item_cls, _ = make_classes()
    obj = object.__new__(item_cls)
    obj.__dict__.update(item_cls.construct(dict(BASE)).__dict__)
    setattr(obj, "_lite_fields_set", {"id"})  # noqa: B010
    setattr(obj, "_lite_extra", {"x": 1})  # noqa: B010
    assert obj.model_fields_set == {"id"} and obj.model_extra == {"x": 1} and obj.x == 1
    assert obj.to_dict() == {"id": "m", "x": 1}
    assert obj._lite_fields_set == {"id"} and obj._lite_extra == {"x": 1}


def test_strict_mode_still_validates_a_warm_class() -> None:
    item_cls, _ = make_classes()
    warm(item_cls, BASE)
    bad = dict(BASE, created="soon")
    assert item_cls.construct(dict(bad)).created == "soon"  # lenient keeps it
    with pytest.raises(ValidationError, match="created"):
        item_cls.construct(dict(bad), strict=True)
    strict = item_cls.construct(dict(BASE), strict=True)
    assert snapshot(strict) == snapshot(item_cls.construct(dict(BASE)))


def test_relearning_when_payloads_change_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    item_cls, _ = make_classes()
    warm(item_cls, BASE)
    g = _globals(item_cls)
    monkeypatch.setitem(g, "_RELEARN_AFTER", 20)
    other = dict(BASE, score=1.5, when="2024-01-02")
    assert not fast(item_cls, other)
    built = construct_type(type_=List[item_cls], value=[dict(other)] * (_models._TIER_UP + 30))
    assert g["_generation"] == 2 and fast(item_cls, other) and not fast(item_cls, BASE)
    cold_item, _ = make_classes()
    assert {snapshot(x) == snapshot(cold_item.construct(dict(other))) for x in built} == {True}

    # at most _MAX_GENERATIONS shapes are learned; after that the class keeps the last
    for i in range(_models._MAX_GENERATIONS + 2):
        shape = dict(BASE, score=1.0) if i % 2 else dict(BASE, tags=["t"])
        construct_type(type_=List[item_cls], value=[dict(shape)] * (_models._TIER_UP + 30))
    assert g["_generation"] == _models._MAX_GENERATIONS
    assert item_cls.construct(dict(other)).to_dict(mode="json") == other


def test_concurrent_builds_while_classes_warm_up() -> None:
    item_cls, leaf_cls = make_classes()
    payloads = [dict(BASE), dict(BASE, score=2, kids=[{"v": 1}]), dict(BASE, x=1)]
    errors: List[str] = []

    def work(k: int) -> None:
        for i in range(300):
            payload = payloads[(i + k) % 3]
            obj = construct_type(type_=item_cls, value=copy.deepcopy(payload))
            if obj.to_dict() != payload or obj.model_extra != {k: v for k, v in payload.items()
                                                                if k == "x"}:
                errors.append(repr(obj))
            if "kids" in payload and not isinstance(obj.kids[0], leaf_cls):
                errors.append(repr(obj))

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_generic_model_fields_set_is_an_own_mutable_set() -> None:
    g = GenericModel.construct({"a": 1})
    assert g.model_fields_set == set() and type(g.model_fields_set) is set
    g.model_fields_set.add("a")
    assert g.model_fields_set == {"a"}
    assert GenericModel.construct({"b": 2}).model_fields_set == set()


# ---- pages ------------------------------------------------------------------------------------

def test_page_items_are_built_by_the_list_builder() -> None:
    assert list_converter_for(Model) is Model._lite_list_builder
    assert list_converter_for(Optional[Model]) is not Model._lite_list_builder
    raw_items: List[Any] = [
        {"id": f"m{i}", "object": "model", "created": i, "owned_by": "o"} for i in range(250)]
    raw_items += [
        {"id": "x", "object": "model", "created": 1, "owned_by": "o", "brand_new": True},
        {"id": "y", "object": "model", "created": 2},
        None,
        {"id": "z", "object": "model", "created": 3, "owned_by": "o",
         "shutdown_date": "2026-01-02"},
    ]
    payload = {"object": "list", "data": raw_items, "has_more": True}
    before = copy.deepcopy(payload)
    page = SyncCursorPage.build(payload, item_type=Model, client=None, options=None)
    assert type(page.data) is list and len(page.data) == 254
    assert page.data[252] is None
    assert all(isinstance(m, Model) for m in page.data[:252] + page.data[253:])
    first, extra, short, dated = page.data[0], page.data[250], page.data[251], page.data[253]
    assert first.to_dict() == raw_items[0] and first.shutdown_date is None
    assert extra.brand_new is True and extra.to_dict() == raw_items[250]
    assert short.owned_by is None and "owned_by" not in short.model_fields_set
    assert dated.shutdown_date == date(2026, 1, 2)
    first.owned_by = "changed"
    assert payload == before  # the parsed JSON is not the models' storage
    assert page.to_dict()["data"][0] == dict(raw_items[0], owned_by="changed")
    assert page.has_more is True and page.next_page_info() == {"after": "z"}


@pytest.mark.parametrize("item_type,raw,expected", [
    (Union[Model, str], [{"id": "a", "object": "model", "created": 1, "owned_by": "o"}, "t"],
     ["Model", "str"]),
    (str, ["a", "b"], ["str", "str"]),
    (GenericModel, [{"a": 1}], ["GenericModel"]),
])
def test_page_items_of_other_types(item_type: Any, raw: List[Any],
                                   expected: List[str]) -> None:
    page = SyncPage.build({"data": raw}, item_type=item_type, client=None, options=None)
    assert [type(x).__name__ for x in page.data] == expected
    assert snapshot(page.data) == snapshot([construct_type(type_=item_type, value=copy.deepcopy(v))
                                            for v in raw])


def test_page_of_a_bare_list_or_odd_payload() -> None:
    item = {"id": "a", "object": "model", "created": 1, "owned_by": "o"}
    page = SyncPage.build([item], item_type=Model, client=None, options=None)
    assert [m.id for m in page.data] == ["a"]
    assert SyncPage.build("nope", item_type=Model, client=None, options=None).data == []
    assert SyncPage.build({"data": None}, item_type=Model, client=None, options=None).data == []
