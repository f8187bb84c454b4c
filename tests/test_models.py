"""The model machinery: building from JSON by type hints, strict mode, dumping."""
from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from typing import Any, Dict, List, Literal, Optional, Union

import pytest

from openai_lite._models import (
    BaseModel, FieldInfo, GenericModel, ValidationError, construct_type,
)


class Function(BaseModel):
    name: str
    arguments: str


class FunctionCall(BaseModel):
    id: str
    type: Literal["function"]
    function: Function


class Custom(BaseModel):
    name: str
    input: str


class CustomCall(BaseModel):
    id: str
    type: Literal["custom"]
    custom: Custom


ToolCall = Union[FunctionCall, CustomCall]


class Message(BaseModel):
    content: Optional[str] = None
    role: Literal["assistant"]
    tool_calls: Optional[List[ToolCall]] = None


class Choice(BaseModel):
    index: int
    message: Message
    score: Optional[float] = None


class Completion(BaseModel):
    id: str
    object: Literal["completion"]
    choices: List[Choice]
    scores: Optional[Dict[str, float]] = None
    by_name: Optional[Dict[str, Message]] = None
    when: Optional[datetime] = None
    day: Optional[date] = None
    from_: Optional[str] = dataclasses.field(default=None, metadata={"alias": "from"})


class Tree(BaseModel):
    label: str
    children: Optional[List[Tree]] = None


class WithFactory(BaseModel):
    tags: List[str] = dataclasses.field(default_factory=list)


PAYLOAD: Dict[str, Any] = {
    "id": "c1",
    "object": "completion",
    "choices": [{
        "index": 0,
        "message": {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "t1", "type": "function",
                 "function": {"name": "f", "arguments": "{\"a\": 1}"}},
                {"id": "t2", "type": "custom", "custom": {"name": "g", "input": "x"}},
            ],
        },
    }],
    "from": "me",
    "brand_new": {"nested": [1, 2]},
}


def build(data: Optional[Dict[str, Any]] = None) -> Completion:
    return Completion.construct(copy.deepcopy(PAYLOAD if data is None else data))


# ---- declaration -------------------------------------------------------------------------

def test_subclasses_are_dataclasses_with_declared_fields() -> None:
    assert dataclasses.is_dataclass(Completion)
    assert [f.name for f in dataclasses.fields(Message)] == ["content", "role", "tool_calls"]


def test_model_fields_is_class_level_with_alias_and_requiredness() -> None:
    fields = Completion.model_fields
    assert list(fields)[:3] == ["id", "object", "choices"]
    assert isinstance(fields["id"], FieldInfo)
    assert fields["id"].is_required() and fields["id"].alias is None
    assert not fields["from_"].is_required() and fields["from_"].alias == "from"
    assert fields["scores"].annotation == Optional[Dict[str, float]]


# ---- lenient construction ------------------------------------------------------------------

def test_nested_models_lists_and_union_variants_are_built() -> None:
    c = build()
    call, custom = c.choices[0].message.tool_calls
    assert isinstance(c.choices[0], Choice) and isinstance(c.choices[0].message, Message)
    assert isinstance(call, FunctionCall) and call.function.arguments == "{\"a\": 1}"
    assert isinstance(custom, CustomCall) and custom.custom.input == "x"


def test_missing_fields_read_none_and_fields_set_tells_absent_from_null() -> None:
    c = build()
    msg = c.choices[0].message
    assert c.scores is None and c.when is None
    assert msg.content is None
    assert "content" in msg.model_fields_set
    assert "scores" not in c.model_fields_set
    assert Completion.construct({}).id is None


def test_unknown_keys_are_attributes_and_model_extra() -> None:
    c = build()
    assert c.brand_new == {"nested": [1, 2]}
    assert c.model_extra == {"brand_new": {"nested": [1, 2]}}
    assert "brand_new" not in c.model_fields_set
    assert Choice.construct({"index": 1}).model_extra == {}
    with pytest.raises(AttributeError):
        c.not_there


def test_extra_named_like_a_method_does_not_shadow_it() -> None:
    m = Message.construct({"role": "assistant", "to_dict": 1, "copy": 2})
    assert m.to_dict() == {"role": "assistant", "to_dict": 1, "copy": 2}
    assert m.model_extra["copy"] == 2


def test_values_of_unexpected_type_are_kept_raw() -> None:
    c = Completion.construct({"id": 5, "choices": "nope", "scores": [1],
                              "by_name": {"a": "not an object"}})
    assert c.id == 5
    assert c.choices == "nope"
    assert c.scores == [1]
    assert c.by_name == {"a": "not an object"}
    assert Choice.construct({"index": 0, "message": "text"}).message == "text"


def test_int_becomes_float_where_float_declared() -> None:
    c = Completion.construct({"scores": {"a": 1, "b": 0.5, "c": True},
                              "choices": [{"index": 0, "score": 3}]})
    assert c.scores == {"a": 1.0, "b": 0.5, "c": True}
    assert type(c.scores["a"]) is float
    assert c.scores["c"] is True  # bools are not numbers here
    assert type(c.choices[0].score) is float
    assert type(c.choices[0].index) is int


def test_dict_of_models() -> None:
    c = Completion.construct({"by_name": {"x": {"role": "assistant", "content": "hi"}}})
    assert isinstance(c.by_name["x"], Message)
    assert c.by_name["x"].content == "hi"


@pytest.mark.parametrize("text,expected", [
    ("2024-05-01T12:30:00Z", datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc)),
    ("2024-05-01T12:30:00+02:00",
     datetime(2024, 5, 1, 12, 30, tzinfo=timezone(timedelta(hours=2)))),
    ("2024-05-01T12:30:00.123456789Z",
     datetime(2024, 5, 1, 12, 30, 0, 123456, tzinfo=timezone.utc)),
    ("2024-05-01T12:30:00.5Z", datetime(2024, 5, 1, 12, 30, 0, 500000, tzinfo=timezone.utc)),
    ("2024-05-01 12:30:00", datetime(2024, 5, 1, 12, 30)),
    ("2024-05-01", datetime(2024, 5, 1)),
    (1714566600, datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc)),
    (1714566600000, datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc)),
])
def test_datetime_fields_parse_iso_strings_and_timestamps(text: Any, expected: datetime) -> None:
    assert Completion.construct({"when": text}).when == expected


def test_unparseable_datetime_and_date_are_kept_raw() -> None:
    c = Completion.construct({"when": "yesterday", "day": "soon"})
    assert c.when == "yesterday" and c.day == "soon"
    assert Completion.construct({"day": "2026-10-23"}).day == date(2026, 10, 23)


def test_self_referencing_model() -> None:
    t = Tree.construct({"label": "a", "children": [{"label": "b", "children": []}]})
    assert isinstance(t.children[0], Tree)
    assert t.children[0].label == "b"


def test_default_factory_gives_a_fresh_value_per_object() -> None:
    a, b = WithFactory.construct({}), WithFactory.construct({})
    assert a.tags == [] and a.tags is not b.tags
    assert WithFactory().tags == []


def test_construct_keyword_form_like_pydantic() -> None:
    c = Completion.construct(id="x", from_="y", data=[1], strict=True)
    assert c.id == "x" and c.from_ == "y"
    assert c.model_extra == {"data": [1], "strict": True}
    with pytest.raises(TypeError):
        Completion.construct({"id": "x"}, other=1)


def test_model_validate_and_json() -> None:
    c = build()
    assert Completion.model_validate(c) is c
    assert Completion.model_validate(PAYLOAD) == c
    assert Completion.model_validate_json(json.dumps(PAYLOAD)) == c
    with pytest.raises(ValidationError):
        Completion.model_validate([1])


def test_construct_type_over_lists_dicts_and_none() -> None:
    items = construct_type(type_=List[Choice], value=[{"index": 1}, None])
    assert isinstance(items[0], Choice) and items[1] is None
    assert construct_type(type_=Optional[Choice], value=None) is None
    assert construct_type(type_=Dict[str, float], value={"a": 1}) == {"a": 1.0}
    assert construct_type(type_=str, value="s") == "s"


# ---- unions --------------------------------------------------------------------------------

class Cat(BaseModel):
    kind: Literal["cat"]
    lives: int


class Dog(BaseModel):
    kind: Literal["dog"]
    good: bool


class Circle(BaseModel):
    radius: float


class Square(BaseModel):
    side: float
    label: Optional[str] = None


def test_unknown_discriminator_value_builds_first_variant_without_raising() -> None:
    tc = construct_type(type_=ToolCall, value={"id": "t", "type": "mcp", "server": "s"})
    assert isinstance(tc, FunctionCall)
    assert tc.type == "mcp" and tc.function is None and tc.server == "s"


def test_discriminator_need_not_be_named_type() -> None:
    pet = construct_type(type_=Union[Cat, Dog], value={"kind": "dog", "good": True})
    assert isinstance(pet, Dog)


def test_without_discriminator_the_variant_whose_required_keys_fit_wins() -> None:
    assert isinstance(construct_type(type_=Union[Circle, Square], value={"side": 2}), Square)
    assert isinstance(construct_type(type_=Union[Circle, Square], value={"radius": 2}), Circle)
    # a wrongly typed value disqualifies a variant
    assert isinstance(construct_type(type_=Union[Square, Circle],
                                     value={"side": "x", "radius": 1}), Circle)
    # nothing fits: the first variant
    assert isinstance(construct_type(type_=Union[Circle, Square], value={"z": 1}), Circle)


def test_union_with_scalars_and_lists() -> None:
    tp = Union[str, List[Circle]]
    assert construct_type(type_=tp, value="plain") == "plain"
    parts = construct_type(type_=tp, value=[{"radius": 1}])
    assert isinstance(parts[0], Circle) and parts[0].radius == 1.0
    assert construct_type(type_=Union[int, float], value=3) == 3
    assert type(construct_type(type_=Union[int, float], value=3)) is int
    assert type(construct_type(type_=Union[str, float], value=3)) is float
    assert construct_type(type_=Union[str, datetime], value="2024-01-01T00:00:00Z") == \
        "2024-01-01T00:00:00Z"
    assert construct_type(type_=Union[int, datetime], value="2024-01-01") == datetime(2024, 1, 1)
    assert construct_type(type_=Union[str, Dict[str, float]], value={"a": 1}) == {"a": 1.0}


# ---- strict mode ---------------------------------------------------------------------------

def test_strict_accepts_valid_payload_like_lenient() -> None:
    payload = copy.deepcopy(PAYLOAD)
    assert Completion.construct(copy.deepcopy(payload), strict=True) == build()
    assert construct_type(type_=Completion, value=payload, strict=True) == build()


@pytest.mark.parametrize("mutate,path,words", [
    (lambda p: p["choices"][0]["message"].update(role="bot"),
     ("choices", 0, "message", "role"), "expected one of ['assistant']"),
    (lambda p: p["choices"][0].update(index="0"), ("choices", 0, "index"), "expected int"),
    (lambda p: p["choices"][0].update(index=True), ("choices", 0, "index"), "expected int"),
    (lambda p: p.pop("id"), ("id",), "field required"),
    (lambda p: p.update(id=None), ("id",), "expected str, got None"),
    (lambda p: p.update(choices={}), ("choices",), "expected a list"),
    (lambda p: p.update(scores={"a": "x"}), ("scores", "a"), "expected float"),
    (lambda p: p["choices"][0]["message"]["tool_calls"][1].update(type="mcp"),
     ("choices", 0, "message", "tool_calls", 1, "type"), "expected one of ['custom', 'function']"),
    (lambda p: p["choices"][0]["message"]["tool_calls"][0]["function"].pop("name"),
     ("choices", 0, "message", "tool_calls", 0, "function", "name"), "field required"),
    (lambda p: p.update(when="yesterday"), ("when",), "expected datetime"),
])
def test_strict_reports_path_of_first_mismatch(mutate: Any, path: Any, words: str) -> None:
    payload = copy.deepcopy(PAYLOAD)
    mutate(payload)
    with pytest.raises(ValidationError) as info:
        Completion.construct(payload, strict=True)
    assert info.value.path == path
    assert words in str(info.value)
    assert isinstance(info.value, ValueError)


def test_strict_coerces_int_to_float_and_parses_datetime() -> None:
    c = Completion.construct({"id": "x", "object": "completion", "choices": [],
                              "scores": {"a": 1}, "when": "2024-01-01T00:00:00Z"}, strict=True)
    assert type(c.scores["a"]) is float
    assert c.when == datetime(2024, 1, 1, tzinfo=timezone.utc)


def test_strict_union_without_discriminator_and_top_level_type() -> None:
    assert isinstance(construct_type(type_=Union[Circle, Square], value={"side": 1},
                                     strict=True), Square)
    with pytest.raises(ValidationError, match="matches no variant"):
        construct_type(type_=Union[int, str], value=1.5, strict=True)
    with pytest.raises(ValidationError, match="expected an object"):
        construct_type(type_=Completion, value=[], strict=True)
    with pytest.raises(ValidationError, match="got null"):
        construct_type(type_=Completion, value=None, strict=True)
    assert construct_type(type_=Optional[Completion], value=None, strict=True) is None


def test_strict_keeps_extras() -> None:
    payload = copy.deepcopy(PAYLOAD)
    assert Completion.construct(payload, strict=True).brand_new == {"nested": [1, 2]}


# ---- dumping -------------------------------------------------------------------------------

def test_to_dict_round_trips_payload_with_api_names_and_extras() -> None:
    assert build().to_dict() == PAYLOAD
    assert list(build().to_dict()) == ["id", "object", "choices", "from", "brand_new"]


def test_to_dict_flags() -> None:
    c = build()
    assert "from_" in c.to_dict(use_api_names=False)
    full = c.to_dict(exclude_unset=False)
    assert full["scores"] is None and full["when"] is None and full["from"] == "me"
    msg = c.choices[0].message
    assert "content" not in msg.to_dict(exclude_none=True)
    assert "content" in msg.to_dict()
    assert msg.to_dict(exclude_unset=False, exclude_defaults=True) == \
        {"role": "assistant", "tool_calls": msg.to_dict()["tool_calls"]}


def test_json_mode_renders_dates_as_iso_strings() -> None:
    c = Completion.construct({"when": "2024-05-01T12:30:00Z", "day": "2026-10-23",
                              "choices": []})
    assert c.to_dict()["when"] == datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc)
    assert c.to_dict(mode="json") == {"when": "2024-05-01T12:30:00Z", "day": "2026-10-23",
                                      "choices": []}
    offset = Completion.construct({"when": "2024-05-01T12:30:00+02:00"})
    assert offset.model_dump(mode="json")["when"] == "2024-05-01T12:30:00+02:00"


def test_to_json_indents_by_default_and_keeps_unicode() -> None:
    m = Message.construct({"role": "assistant", "content": "héllo"})
    # declaration order, as pydantic dumps, whatever the payload order
    assert m.to_json() == '{\n  "content": "héllo",\n  "role": "assistant"\n}'
    assert m.to_json(indent=None) == '{"content":"héllo","role":"assistant"}'
    assert json.loads(build().to_json()) == PAYLOAD


def test_model_dump_uses_pydantic_defaults() -> None:
    c = build()
    dumped = c.model_dump()
    assert dumped["scores"] is None  # exclude_unset is False
    assert dumped["from_"] == "me"  # by_alias is False
    assert dumped["brand_new"] == {"nested": [1, 2]}
    assert c.model_dump(by_alias=True, exclude_unset=True) == PAYLOAD
    assert json.loads(c.model_dump_json(exclude_unset=True, by_alias=True)) == PAYLOAD
    assert c.model_dump_json().startswith('{"id":"c1","object":"completion"')
    assert c.dict() == dumped and json.loads(c.json()) == json.loads(c.model_dump_json())


def test_model_dump_include_and_exclude() -> None:
    c = build()
    assert c.model_dump(include={"id", "object"}) == {"id": "c1", "object": "completion"}
    assert "choices" not in c.model_dump(exclude={"choices"})
    nested = c.model_dump(include={"choices": {"__all__": {"index"}}})
    assert nested == {"choices": [{"index": 0}]}
    first = c.model_dump(include={"choices": {0: {"message": {"role"}}}})
    assert first == {"choices": [{"message": {"role": "assistant"}}]}
    dropped = c.model_dump(exclude={"choices": {"__all__": {"message"}}}, exclude_unset=True)
    assert dropped["choices"] == [{"index": 0}]


def test_repr_and_str_show_class_and_fields() -> None:
    m = Message.construct({"role": "assistant", "content": "hi", "x": 1})
    assert repr(m) == "Message(content='hi', role='assistant', tool_calls=None, x=1)"
    assert str(m) == repr(m)
    assert "Function(name='f'" in repr(build())


def test_equality_by_class_fields_and_extras() -> None:
    assert build() == build()
    assert Circle.construct({"radius": 1}) != Square.construct({"side": 1})
    assert Circle.construct({"radius": 1}) != Circle.construct({"radius": 2})
    assert Circle.construct({"radius": 1, "x": 1}) != Circle.construct({"radius": 1})
    assert Circle.construct({"radius": 1}) != {"radius": 1}
    with pytest.raises(TypeError):
        hash(build())


def test_iteration_gives_name_value_pairs() -> None:
    assert dict(Circle.construct({"radius": 1.0, "x": 2})) == {"radius": 1.0, "x": 2}


# ---- mutation, copies, private attributes ---------------------------------------------------

def test_assigning_a_field_marks_it_set_and_unknown_names_become_extras() -> None:
    m = Message.construct({"role": "assistant"})
    m.content = "later"
    assert m.to_dict() == {"role": "assistant", "content": "later"}
    m.annotation_count = 3
    assert m.model_extra == {"annotation_count": 3}
    assert m.annotation_count == 3
    del m.annotation_count
    assert m.model_extra == {}


def test_request_id_is_private_and_not_dumped() -> None:
    c = build()
    assert c._request_id is None and c.choices[0]._request_id is None
    c._request_id = "req_1"
    object.__setattr__(c.choices[0], "_request_id", "req_2")
    assert c._request_id == "req_1" and c.choices[0]._request_id == "req_2"
    assert "_request_id" not in c.to_dict() and "req_1" not in repr(c)
    assert c == build()
    assert "_request_id" not in vars(c)


def test_model_copy_shallow_deep_and_update() -> None:
    c = build()
    shallow = c.model_copy(update={"id": "c2"})
    assert shallow.id == "c2" and c.id == "c1"
    assert shallow.choices is c.choices
    deep = c.model_copy(deep=True)
    assert deep == c and deep.choices is not c.choices
    m = Message.construct({"role": "assistant"})
    m2 = m.model_copy()
    m2.content = "x"
    assert "content" not in m.model_fields_set and "content" in m2.model_fields_set


def test_pickle_and_deepcopy_round_trip() -> None:
    c = build()
    c._request_id = "req"
    for clone in (pickle.loads(pickle.dumps(c)), copy.deepcopy(c), copy.copy(c)):
        assert clone == c
        assert clone.model_fields_set == c.model_fields_set
        assert clone.model_extra == c.model_extra
        assert clone._request_id == "req"


# ---- keyword construction --------------------------------------------------------------------

def test_keyword_construction_converts_nested_dicts() -> None:
    m = Message(role="assistant", tool_calls=[
        {"id": "t", "type": "custom", "custom": {"name": "n", "input": "i"}}])
    assert isinstance(m.tool_calls[0], CustomCall)
    assert m.model_fields_set == {"role", "tool_calls"}
    assert m.to_dict() == {"role": "assistant", "tool_calls": [
        {"id": "t", "type": "custom", "custom": {"name": "n", "input": "i"}}]}


def test_keyword_construction_accepts_alias_and_keeps_extras() -> None:
    c = Completion(id="x", object="completion", choices=[], **{"from": "f", "zzz": 1})
    assert c.from_ == "f" and c.model_extra == {"zzz": 1}
    assert Completion(id="x", object="completion", choices=[], from_="g").to_dict()["from"] == "g"


def test_keyword_construction_requires_required_fields() -> None:
    with pytest.raises(ValidationError, match="role"):
        Message(content="x")


# ---- GenericModel ------------------------------------------------------------------------------

def test_generic_model_gives_attribute_access_and_round_trips() -> None:
    raw = {"a": {"b": [{"c": 1}, 2, [{"d": None}]]}, "e": None, "f": "g"}
    g = construct_type(type_=GenericModel, value=copy.deepcopy(raw))
    assert isinstance(g.a, GenericModel) and isinstance(g.a.b[0], GenericModel)
    assert g.a.b[0].c == 1 and g.a.b[2][0].d is None and g.e is None
    assert g.to_dict() == raw
    assert g.model_dump() == raw
    assert json.loads(g.to_json()) == raw
    assert g == GenericModel.construct(copy.deepcopy(raw))
    assert GenericModel(x={"y": 1}).x.y == 1
    assert repr(GenericModel.construct({"k": 1})) == "GenericModel(k=1)"


def test_generic_model_inside_a_declared_model() -> None:
    class Holder(BaseModel):
        payload: Optional[GenericModel] = None

    h = Holder.construct({"payload": {"deep": {"x": 1}}})
    assert h.payload.deep.x == 1
    assert h.to_dict() == {"payload": {"deep": {"x": 1}}}


# ---- import cost ---------------------------------------------------------------------------------

def test_importing_models_stays_cheap() -> None:
    # dataclasses (and inspect with it) is imported only if a class needs @dataclass now
    code = ("import sys, openai_lite._models; "
            "print(sorted(m for m in ('json', 'asyncio', 'ssl', 'http.client', 'pydantic', "
            "'dataclasses', 'inspect', 'datetime') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


# ---- smaller corners -----------------------------------------------------------------------------

def test_json_mode_fallback_serialises_unknown_objects() -> None:
    c = Completion.construct({"id": object()})
    assert c.model_dump(mode="json", fallback=lambda v: "custom")["id"] == "custom"
    assert c.model_dump(mode="python", fallback=lambda v: "custom")["id"] != "custom"


def test_model_validate_strict_and_mapping_inputs() -> None:
    from types import MappingProxyType

    with pytest.raises(ValidationError, match="field required"):
        Message.model_validate({}, strict=True)
    assert Message.construct(MappingProxyType({"role": "assistant"})).role == "assistant"
    assert Message.model_validate(MappingProxyType({"role": "assistant"})).role == "assistant"


def test_annotated_and_pep604_unions_are_understood() -> None:
    from typing import Annotated

    tp: Any = Annotated[List[Circle], "meta"]
    assert isinstance(construct_type(type_=tp, value=[{"radius": 1}])[0], Circle)
    if sys.version_info >= (3, 10):
        pep604 = eval("Circle | None", {"Circle": Circle})
        assert isinstance(construct_type(type_=pep604, value={"radius": 1}), Circle)
        assert construct_type(type_=pep604, value=None, strict=True) is None


def test_union_prefers_a_plain_mapping_over_an_unfitting_model() -> None:
    value = construct_type(type_=Union[Circle, Dict[str, Any]], value={"other": 1})
    assert value == {"other": 1}
    assert isinstance(construct_type(type_=Union[Circle, Dict[str, Any]],
                                     value={"radius": 1}), Circle)


def test_copy_is_the_pydantic_v1_spelling_of_model_copy() -> None:
    c = build()
    assert c.copy(update={"id": "z"}).id == "z" and c.id == "c1"


def test_strict_corner_types() -> None:
    assert construct_type(type_=Any, value={"a": 1}, strict=True) == {"a": 1}
    assert construct_type(type_=type(None), value=None, strict=True) is None
    with pytest.raises(ValidationError, match="expected null"):
        construct_type(type_=type(None), value=1, strict=True)
    assert construct_type(type_=date, value="2024-02-03", strict=True) == date(2024, 2, 3)
    with pytest.raises(ValidationError, match="expected date"):
        construct_type(type_=date, value="feb", strict=True)
    with pytest.raises(ValidationError, match="expected an object"):
        construct_type(type_=GenericModel, value=3, strict=True)
    assert construct_type(type_=GenericModel, value={"a": {"b": 1}}, strict=True).a.b == 1
    assert construct_type(type_=Dict[str, int], value={"a": 1}, strict=True) == {"a": 1}


def test_field_info_repr_names_alias() -> None:
    assert "alias='from'" in repr(Completion.model_fields["from_"])


class Both(BaseModel):
    type: Literal["a"]
    kind: Literal["b"]


class Other(BaseModel):
    type: Literal["b"]
    kind: Literal["a"]


class SameTypeA(BaseModel):
    type: Literal["x"]
    a: int


class SameTypeB(BaseModel):
    type: Literal["x"]
    b: int


def test_type_is_the_preferred_discriminator_when_several_literals_are_shared() -> None:
    v = construct_type(type_=Union[Both, Other], value={"type": "b", "kind": "b"})
    assert isinstance(v, Other)


def test_a_literal_shared_by_variants_does_not_discriminate() -> None:
    v = construct_type(type_=Union[SameTypeA, SameTypeB], value={"type": "x", "b": 1})
    assert isinstance(v, SameTypeB)


def test_default_factory_field_is_not_required() -> None:
    info = WithFactory.model_fields["tags"]
    assert not info.is_required() and info.default_factory is list


def test_include_true_and_exclude_none_scope() -> None:
    c = Completion.construct({"id": "x", "scores": {"a": None}, "brand_new": {"k": None},
                              "choices": [{"index": 0, "score": None}]})
    assert c.model_dump(include={"id": True, "object": ...}) == {"id": "x", "object": None}
    assert c.model_dump(exclude={"id": True, "choices": True, "scores": False},
                        exclude_unset=True) == {"scores": {"a": None}, "brand_new": {"k": None}}
    # None is dropped from fields (nested models included) but kept inside plain dicts
    assert c.to_dict(exclude_none=True) == {"id": "x", "scores": {"a": None},
                                           "choices": [{"index": 0}], "brand_new": {"k": None}}


def test_strict_literal_and_nullable_union() -> None:
    with pytest.raises(ValidationError, match="expected one of"):
        construct_type(type_=Literal[1], value=True, strict=True)
    assert construct_type(type_=Optional[Union[int, str]], value=None, strict=True) is None
    with pytest.raises(ValidationError, match="got null"):
        construct_type(type_=Union[int, str], value=None, strict=True)
