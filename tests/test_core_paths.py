from __future__ import annotations

import pytest

from openai_lite.core.paths import encode_segment, format_path


def test_plain_ids_are_inserted_verbatim() -> None:
    assert format_path("/files/{file_id}", file_id="file-abc_123.x~") == "/files/file-abc_123.x~"


def test_several_placeholders() -> None:
    got = format_path("/threads/{thread_id}/runs/{run_id}", thread_id="t1", run_id="r2")
    assert got == "/threads/t1/runs/r2"


def test_template_without_placeholders_is_returned_unchanged() -> None:
    assert format_path("/chat/completions") == "/chat/completions"


@pytest.mark.parametrize(
    "value, encoded",
    [
        ("a/b", "a%2Fb"),
        ("50%", "50%25"),
        ("a b", "a%20b"),
        ("a?b#c", "a%3Fb%23c"),
        ("back\\slash", "back%5Cslash"),
        ("cr\r\nlf", "cr%0D%0Alf"),
        ("é", "%C3%A9"),
        ("日本", "%E6%97%A5%E6%9C%AC"),
        ('"<>`{}|^[]', "%22%3C%3E%60%7B%7D%7C%5E%5B%5D"),
        ("!$&'()*+,;=:@", "!$&'()*+,;=:@"),
        ("-._~", "-._~"),
        ("...", "..."),
        ("..a", "..a"),
    ],
)
def test_values_are_one_encoded_segment(value: str, encoded: str) -> None:
    assert format_path("/files/{file_id}", file_id=value) == f"/files/{encoded}"
    assert encode_segment(value) == encoded


def test_encode_segment_for_deployment_names() -> None:
    assert encode_segment("my dep/v1") == "my%20dep%2Fv1"
    assert encode_segment("gpt-4o") == "gpt-4o"


@pytest.mark.parametrize("value, text", [(True, "true"), (False, "false"), (12, "12"), (1.5, "1.5")])
def test_non_string_values_use_str_with_json_booleans(value: object, text: str) -> None:
    assert format_path("/x/{v}", v=value) == f"/x/{text}"


@pytest.mark.parametrize("bad, shown", [("", "''"), (None, "None")])
def test_empty_values_raise_with_name_and_repr(bad: object, shown: str) -> None:
    with pytest.raises(ValueError) as info:
        format_path("/files/{file_id}", file_id=bad)
    assert str(info.value) == f"Expected a non-empty value for `file_id` but received {shown}"


def test_every_param_is_validated_before_formatting() -> None:
    # The second id is empty although the template stops mattering at the first.
    with pytest.raises(ValueError, match="`run_id`"):
        format_path("/threads/{thread_id}/runs/{run_id}", thread_id="t", run_id="")


@pytest.mark.parametrize("value", [".", ".."])
def test_dot_segment_values_are_rejected(value: str) -> None:
    with pytest.raises(ValueError, match="dot-segment"):
        format_path("/files/{file_id}", file_id=value)


@pytest.mark.parametrize("template", ["/a/%2e/{x}", "/a/%2E%2e/{x}", "/a/.%2E/{x}", "/{x}/../b"])
def test_percent_spelled_dot_segments_in_the_result_are_rejected(template: str) -> None:
    with pytest.raises(ValueError, match="dot-segment"):
        format_path(template, x="ok")


def test_percent_in_a_value_cannot_smuggle_a_dot_segment() -> None:
    assert format_path("/files/{f}", f="%2e") == "/files/%252e"
    assert format_path("/files/{f}", f="%2e%2e") == "/files/%252e%252e"


def test_literal_query_in_template_is_kept() -> None:
    got = format_path("/responses/{response_id}?beta=true", response_id="resp 1")
    assert got == "/responses/resp%201?beta=true"
    assert format_path("/responses?beta=true") == "/responses?beta=true"


def test_dot_in_literal_query_is_not_a_segment() -> None:
    assert format_path("/x/{a}?v=..", a="b") == "/x/b?v=.."


def test_missing_placeholder_value_raises_key_error() -> None:
    with pytest.raises(KeyError, match="file_id"):
        format_path("/files/{file_id}")


def test_same_template_reused_gives_fresh_results() -> None:
    assert format_path("/files/{f}", f="a") == "/files/a"
    assert format_path("/files/{f}", f="b/c") == "/files/b%2Fc"
