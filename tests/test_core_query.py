from __future__ import annotations

from decimal import Decimal
from urllib.parse import parse_qsl

import pytest

from openai_lite._types import NOT_GIVEN, omit
from openai_lite.core.query import encode_query, flatten_params, merge_url_query


def test_simple_params_keep_order() -> None:
    assert encode_query({"limit": 10, "order": "desc"}) == "limit=10&order=desc"


def test_sdk_example_list_and_bool() -> None:
    assert encode_query({"include": ["a"], "stream": True}) == "include%5B%5D=a&stream=true"


@pytest.mark.parametrize("value, text", [(True, "true"), (False, "false")])
def test_booleans(value: bool, text: str) -> None:
    assert encode_query({"b": value}) == f"b={text}"


@pytest.mark.parametrize("value", [None, "", NOT_GIVEN, omit])
def test_absent_values_are_omitted(value: object) -> None:
    assert encode_query({"gone": value, "kept": "x"}) == "kept=x"


@pytest.mark.parametrize("value, text", [(0, "0"), (-3, "-3"), (1.23456, "1.23456"), (Decimal("2.50"), "2.50")])
def test_numbers_use_str(value: object, text: str) -> None:
    assert encode_query({"n": value}) == f"n={text}"


def test_lists_repeat_with_brackets_and_skip_none() -> None:
    got = encode_query({"include": ["a", None, "b"], "t": ("x",)})
    assert got == "include%5B%5D=a&include%5B%5D=b&t%5B%5D=x"


def test_empty_list_sends_nothing() -> None:
    assert encode_query({"include": [], "a": 1}) == "a=1"


def test_dicts_nest_recursively() -> None:
    got = flatten_params({"metadata": {"k1": "v1", "deep": {"k2": 2, "off": False}}})
    assert got == [("metadata[k1]", "v1"), ("metadata[deep][k2]", "2"), ("metadata[deep][off]", "false")]


def test_empty_dict_sends_nothing() -> None:
    assert encode_query({"metadata": {}, "a": "b"}) == "a=b"


def test_dicts_inside_lists() -> None:
    assert flatten_params({"f": [{"a": 1}, {"b": None}]}) == [("f[][a]", "1")]


def test_sentinels_inside_nested_values_are_dropped() -> None:
    assert flatten_params({"m": {"x": omit, "y": NOT_GIVEN, "z": "1"}, "l": [omit, "v"]}) == [
        ("m[z]", "1"),
        ("l[]", "v"),
    ]


def test_form_urlencoding_of_keys_and_values() -> None:
    got = encode_query({"q": "a b&c=d/é+", "k y": "~-._"})
    assert got == "q=a+b%26c%3Dd%2F%C3%A9%2B&k+y=~-._"
    assert parse_qsl(got) == [("q", "a b&c=d/é+"), ("k y", "~-._")]


def test_round_trip_with_stdlib_parser() -> None:
    params = {"after": "obj_1", "limit": 20, "include": ["x y", "z"], "meta": {"a": "ü"}}
    assert parse_qsl(encode_query(params)) == [
        ("after", "obj_1"),
        ("limit", "20"),
        ("include[]", "x y"),
        ("include[]", "z"),
        ("meta[a]", "ü"),
    ]


def test_other_objects_use_str() -> None:
    class Thing:
        def __str__(self) -> str:
            return "thing"

    assert encode_query({"t": Thing()}) == "t=thing"


def test_empty_params_give_empty_string() -> None:
    assert encode_query({}) == ""


@pytest.mark.parametrize(
    "url, query, expected",
    [
        ("https://h/v1/files", "a=1", "https://h/v1/files?a=1"),
        ("https://h/v1/responses?beta=true", "a=1&b=2", "https://h/v1/responses?beta=true&a=1&b=2"),
        ("https://h/v1/x?", "a=1", "https://h/v1/x?a=1"),
        ("https://h/v1/x?p=1&", "a=1", "https://h/v1/x?p=1&a=1"),
        ("https://h/v1/x?p=1", "", "https://h/v1/x?p=1"),
        ("https://h/v1/x", "", "https://h/v1/x"),
        ("https://h/v1/x#frag", "a=1", "https://h/v1/x?a=1#frag"),
    ],
)
def test_merge_url_query(url: str, query: str, expected: str) -> None:
    assert merge_url_query(url, query) == expected
