from __future__ import annotations

import datetime
import json
import pathlib
from typing import Any, Dict

import pytest

from openai_lite._types import NOT_GIVEN, omit
from openai_lite.core.jsonbody import dumps, merge_extra_body, strip_not_given


def test_strip_removes_sentinels_and_keeps_none() -> None:
    body = {"model": "m", "max_tokens": None, "temperature": NOT_GIVEN, "user": omit}
    assert strip_not_given(body) == {"model": "m", "max_tokens": None}


def test_strip_recurses_into_nested_dicts_lists_and_tuples() -> None:
    body = {
        "messages": [{"role": "user", "name": NOT_GIVEN, "content": "hi"}],
        "pair": ({"a": omit, "b": 1}, NOT_GIVEN, 2),
        "deep": {"x": {"y": NOT_GIVEN, "z": None}},
    }
    assert strip_not_given(body) == {
        "messages": [{"role": "user", "content": "hi"}],
        "pair": [{"b": 1}, 2],
        "deep": {"x": {"z": None}},
    }
    assert isinstance(strip_not_given((1, 2)), list)


def test_strip_does_not_mutate_input() -> None:
    inner = {"a": NOT_GIVEN}
    body = {"inner": inner}
    strip_not_given(body)
    assert inner == {"a": NOT_GIVEN}


def test_strip_shares_unchanged_containers_and_copies_changed_ones() -> None:
    messages = [{"role": "user", "content": "hi"}, {"role": "assistant", "content": None}]
    body = {"messages": messages, "n": 1, "user": NOT_GIVEN}
    out = strip_not_given(body)
    assert out == {"messages": messages, "n": 1}
    assert isinstance(out, dict) and out["messages"] is messages
    assert strip_not_given(messages) is messages
    deep = [{"a": 1}, {"b": [1, {"c": omit, "d": 2}]}, 3]
    stripped = strip_not_given(deep)
    assert stripped == [{"a": 1}, {"b": [1, {"d": 2}]}, 3]
    assert isinstance(stripped, list) and stripped is not deep and stripped[0] is deep[0]
    assert deep[1] == {"b": [1, {"c": omit, "d": 2}]}


def test_strip_handles_other_mappings_and_list_subclasses() -> None:
    import types

    class MyList(list):  # type: ignore[type-arg]
        pass

    proxy = types.MappingProxyType({"a": NOT_GIVEN, "b": MyList([omit, 1])})
    assert strip_not_given(proxy) == {"b": [1]}


def test_strip_leaves_scalars_alone() -> None:
    assert strip_not_given("x") == "x"
    assert strip_not_given(None) is None


def test_merge_extra_wins_at_top_level_only() -> None:
    body = {"model": "m", "meta": {"a": 1, "b": 2}}
    merged = merge_extra_body(body, {"model": "n", "meta": {"c": 3}, "new": True})
    assert merged == {"model": "n", "meta": {"c": 3}, "new": True}
    assert body == {"model": "m", "meta": {"a": 1, "b": 2}}


def test_merge_omit_deletes_key() -> None:
    assert merge_extra_body({"a": 1, "b": 2}, {"a": omit, "c": NOT_GIVEN}) == {"b": 2}


def test_merge_extra_none_returns_body_as_is() -> None:
    body = [1, 2]
    assert merge_extra_body(body, None) is body
    assert merge_extra_body(None, None) is None


def test_merge_extra_alone_becomes_body() -> None:
    assert merge_extra_body(None, {"x": 1, "y": omit}) == {"x": 1}
    assert merge_extra_body(NOT_GIVEN, {"x": 1}) == {"x": 1}


def test_merge_into_non_object_body_raises() -> None:
    with pytest.raises(RuntimeError, match="extra_body"):
        merge_extra_body([1, 2], {"x": 1})
    with pytest.raises(RuntimeError):
        merge_extra_body("text", {})


def test_dumps_is_compact_utf8_without_ascii_escapes() -> None:
    out = dumps({"a": [1, 2], "text": "héllo 日本 \u2028"})
    assert isinstance(out, bytes)
    assert out == '{"a":[1,2],"text":"héllo 日本 \u2028"}'.encode("utf-8")


def test_dumps_none_is_null() -> None:
    assert dumps({"max_tokens": None}) == b'{"max_tokens":null}'


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_dumps_rejects_nan_and_infinity(bad: float) -> None:
    with pytest.raises(ValueError):
        dumps({"x": bad})


def test_dumps_datetimes_as_iso8601() -> None:
    tz = datetime.timezone(datetime.timedelta(hours=2))
    body = {
        "at": datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=tz),
        "naive": datetime.datetime(2024, 1, 2, 3, 4, 5, 600000),
        "day": datetime.date(2024, 5, 6),
    }
    assert json.loads(dumps(body)) == {
        "at": "2024-05-06T07:08:09+02:00",
        "naive": "2024-01-02T03:04:05.600000",
        "day": "2024-05-06",
    }


def test_dumps_uses_to_dict_of_models() -> None:
    class Model:
        def to_dict(self) -> Dict[str, Any]:
            return {"type": "text", "when": datetime.date(2020, 1, 1)}

    assert dumps({"format": Model(), "list": [Model()]}) == (
        b'{"format":{"type":"text","when":"2020-01-01"},'
        b'"list":[{"type":"text","when":"2020-01-01"}]}'
    )


def test_dumps_rejects_other_objects_with_type_name() -> None:
    with pytest.raises(TypeError, match="PosixPath|WindowsPath"):
        dumps({"p": pathlib.Path("x")})
    with pytest.raises(TypeError, match="set"):
        dumps({"s": {1}})


def test_dumps_drops_leftover_sentinels() -> None:
    assert dumps({"a": 1, "b": NOT_GIVEN, "c": [omit, {"d": NOT_GIVEN}]}) == b'{"a":1,"c":[{}]}'


def test_dumps_bare_sentinel_is_an_error() -> None:
    with pytest.raises(TypeError, match="NotGiven"):
        dumps(NOT_GIVEN)


def test_dumps_lone_surrogate_falls_back_to_escape() -> None:
    out = dumps({"s": "a\ud800é"})
    assert out == b'{"s":"a\\ud800\\u00e9"}'


def test_dumps_scalars_and_tuples() -> None:
    assert dumps("x") == b'"x"'
    assert dumps((1, True)) == b"[1,true]"


def test_dataclasses_and_enums_are_sent_as_json():
    import dataclasses
    import enum

    from openai_lite.core.jsonbody import dumps

    class Color(enum.Enum):
        RED = "red"

    @dataclasses.dataclass
    class Answer:
        text: str
        color: Color

    assert dumps({"parsed": Answer("hi", Color.RED)}) == b'{"parsed":{"text":"hi","color":"red"}}'


def test_dumps_alone_drops_nested_sentinels_and_encodes_other_mappings() -> None:
    # build_request hands bodies to dumps without a walk first: dumps must do the walk's job
    import dataclasses
    from types import MappingProxyType

    from openai_lite import NOT_GIVEN, omit
    from openai_lite.core.jsonbody import dumps

    @dataclasses.dataclass
    class Holder:
        m: object

    body = {"a": MappingProxyType({"x": 1, "y": NOT_GIVEN}), "b": [1, omit, (2, 3)], "c": NOT_GIVEN,
            "d": Holder(MappingProxyType({"q": 1}))}
    assert dumps(body) == b'{"a":{"x":1},"b":[1,[2,3]],"d":{"m":{"q":1}}}'
