"""Structured outputs: class -> strict JSON schema, chat.completions.parse() on the wire and
its parsed result, pydantic_function_tool()."""
import asyncio
import enum
import json
import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Dict, List, Literal, Optional, Tuple, TypedDict, Union

import pytest

from openai_lite import (AsyncOpenAI, BaseModel, ContentFilterFinishReasonError,
                         LengthFinishReasonError, OpenAI)
from openai_lite._models import ValidationError
from openai_lite.lib._partial_json import PartialJSON, parse_partial_json
from openai_lite.lib._pydantic_like import json_schema_of, to_strict_json_schema, validate_json
from openai_lite.lib._tools import PydanticFunctionTool, pydantic_function_tool
from openai_lite.types.chat import ChatCompletion
from openai_lite.types.chat.parsed_chat_completion import (ParsedChatCompletion,
                                                           ParsedChatCompletionMessage)
from openai_lite.types.chat.parsed_function_tool_call import ParsedFunctionToolCall
from tests.apiserver import Reply


# ---- classes under test (module level: their annotations must resolve) ----------------------

class Color(enum.Enum):
    red = "red"
    blue = "blue"


class Step(BaseModel):
    explanation: str
    output: str


class MathResponse(BaseModel):
    steps: List[Step]
    final_answer: str
    note: Optional[str] = None
    color: Color = field(metadata={"description": "the color"})


# streaming_pagination.md §5, byte for byte (key order included)
MATH_SCHEMA = (
    '{"$defs":{"Color":{"enum":["red","blue"],"title":"Color","type":"string"},'
    '"Step":{"properties":{"explanation":{"title":"Explanation","type":"string"},'
    '"output":{"title":"Output","type":"string"}},"required":["explanation","output"],'
    '"title":"Step","type":"object","additionalProperties":false}},'
    '"properties":{"steps":{"items":{"$ref":"#/$defs/Step"},"title":"Steps","type":"array"},'
    '"final_answer":{"title":"Final Answer","type":"string"},'
    '"note":{"anyOf":[{"type":"string"},{"type":"null"}],"title":"Note"},'
    '"color":{"description":"the color","enum":["red","blue"],"title":"Color","type":"string"}},'
    '"required":["steps","final_answer","note","color"],"title":"MathResponse","type":"object",'
    '"additionalProperties":false}'
)


class Priority(int, enum.Enum):
    """How urgent."""
    low = 1
    high = 2


@dataclass
class Address:
    street: str
    zip_code: Optional[str]


@dataclass
class Person:
    name: str
    age: int
    height: float
    admin: bool
    tags: List[str]
    home: Address
    work: Optional[Address]
    kind: Literal["human", "robot"]
    version: Literal[1]
    scores: Dict[str, float]
    pair: Tuple[int, str]
    either: Union[int, str]
    born: date
    seen: datetime
    priority: Priority = Priority.low
    nickname: Optional[str] = None
    limit: int = 3
    aliases: List[str] = field(default_factory=list)


PERSON_SCHEMA = {
    "$defs": {
        "Address": {
            "properties": {"street": {"title": "Street", "type": "string"},
                           "zip_code": {"anyOf": [{"type": "string"}, {"type": "null"}],
                                        "title": "Zip Code"}},
            "required": ["street", "zip_code"], "title": "Address", "type": "object",
            "additionalProperties": False},
        "Priority": {"description": "How urgent.", "enum": [1, 2], "title": "Priority",
                     "type": "integer"},
    },
    "properties": {
        "name": {"title": "Name", "type": "string"},
        "age": {"title": "Age", "type": "integer"},
        "height": {"title": "Height", "type": "number"},
        "admin": {"title": "Admin", "type": "boolean"},
        "tags": {"items": {"type": "string"}, "title": "Tags", "type": "array"},
        "home": {"$ref": "#/$defs/Address"},
        "work": {"anyOf": [{"$ref": "#/$defs/Address"}, {"type": "null"}]},
        "kind": {"enum": ["human", "robot"], "title": "Kind", "type": "string"},
        "version": {"const": 1, "title": "Version", "type": "integer"},
        "scores": {"additionalProperties": {"type": "number"}, "title": "Scores", "type": "object"},
        "pair": {"maxItems": 2, "minItems": 2, "prefixItems": [{"type": "integer"}, {"type": "string"}],
                 "title": "Pair", "type": "array"},
        "either": {"anyOf": [{"type": "integer"}, {"type": "string"}], "title": "Either"},
        "born": {"format": "date", "title": "Born", "type": "string"},
        "seen": {"format": "date-time", "title": "Seen", "type": "string"},
        "priority": {"default": 1, "description": "How urgent.", "enum": [1, 2], "title": "Priority",
                     "type": "integer"},
        "nickname": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Nickname"},
        "limit": {"default": 3, "title": "Limit", "type": "integer"},
        "aliases": {"items": {"type": "string"}, "title": "Aliases", "type": "array"},
    },
    "required": ["name", "age", "height", "admin", "tags", "home", "work", "kind", "version",
                 "scores", "pair", "either", "born", "seen", "priority", "nickname", "limit",
                 "aliases"],
    "title": "Person", "type": "object", "additionalProperties": False,
}


class Node(BaseModel):
    """A tree node."""
    value: int
    children: List["Node"]


class Flags(TypedDict, total=False):
    verbose: bool


class Options(Flags):
    level: int


class Aliased(BaseModel):
    from_: str = field(metadata={"alias": "from"})


@dataclass
class GetWeather:
    """Get the weather for a city."""
    city: str
    unit: Literal["c", "f"]


@dataclass
class NoDoc:
    x: int


class Untyped:
    pass


# ---- schema ---------------------------------------------------------------------------------

def test_reference_example_schema_byte_for_byte():
    assert json.dumps(to_strict_json_schema(MathResponse), separators=(",", ":")) == MATH_SCHEMA


def test_dataclass_schema_covers_the_common_types():
    assert to_strict_json_schema(Person) == PERSON_SCHEMA
    # pydantic keeps non-null defaults and sorts keys; the null default goes in strict mode
    plain = json_schema_of(Person)
    assert plain["properties"]["nickname"]["default"] is None
    assert plain["required"] == ["name", "age", "height", "admin", "tags", "home", "work", "kind",
                                 "version", "scores", "pair", "either", "born", "seen"]
    assert list(plain) == ["$defs", "properties", "required", "title", "type"]
    assert "description" not in plain  # a plain dataclass's docstring is its signature


def test_recursive_model_is_inlined_at_the_root():
    schema = to_strict_json_schema(Node)
    assert schema == {
        "$defs": {"Node": {"description": "A tree node.", "properties": {
            "value": {"title": "Value", "type": "integer"},
            "children": {"items": {"$ref": "#/$defs/Node"}, "title": "Children", "type": "array"}},
            "required": ["value", "children"], "title": "Node", "type": "object",
            "additionalProperties": False}},
        "description": "A tree node.",
        "properties": {"value": {"title": "Value", "type": "integer"},
                       "children": {"items": {"$ref": "#/$defs/Node"}, "title": "Children",
                                    "type": "array"}},
        "required": ["value", "children"], "title": "Node", "type": "object",
        "additionalProperties": False,
    }


def test_typeddict_and_alias_schemas():
    assert to_strict_json_schema(Options) == {
        "properties": {"verbose": {"title": "Verbose", "type": "boolean"},
                       "level": {"title": "Level", "type": "integer"}},
        "required": ["verbose", "level"], "title": "Options", "type": "object",
        "additionalProperties": False}
    assert json_schema_of(Options)["required"] == ["level"]
    schema = to_strict_json_schema(Aliased)
    assert schema["properties"] == {"from": {"title": "From", "type": "string"}}
    assert schema["required"] == ["from"]


def test_unsupported_types_are_refused():
    @dataclass
    class Weird:
        x: complex
    with pytest.raises(TypeError, match="no JSON schema"):
        to_strict_json_schema(Weird)
    with pytest.raises(TypeError):
        to_strict_json_schema(Untyped)


def test_unresolvable_annotations_are_reported():
    @dataclass
    class Outer:
        inner: "LocalOnly"  # noqa: F821 - names a class no module defines

    with pytest.raises(TypeError, match="cannot resolve the annotations of"):
        to_strict_json_schema(Outer)


def test_validate_json_builds_instances_and_reports_paths():
    text = json.dumps({
        "name": "Ada", "age": 36, "height": 1, "admin": True, "tags": ["x"],
        "home": {"street": "Main", "zip_code": None}, "work": None, "kind": "human", "version": 1,
        "scores": {"a": 1}, "pair": [1, "b"], "either": "s", "born": "1815-12-10",
        "seen": "2024-01-02T03:04:05Z", "priority": 2, "nickname": None, "limit": 5,
        "aliases": ["A"]})
    p = validate_json(Person, text)
    assert isinstance(p, Person) and isinstance(p.home, Address) and p.work is None
    assert p.height == 1.0 and type(p.height) is float and p.priority is Priority.high
    assert p.pair == (1, "b") and p.scores == {"a": 1.0} and p.born == date(1815, 12, 10)
    assert p.seen == datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    with pytest.raises(ValidationError) as info:
        validate_json(Person, text.replace('"human"', '"alien"'))
    assert info.value.path == ("kind",)
    with pytest.raises(ValidationError) as info:
        validate_json(Person, text.replace('"zip_code": null', '"zip_code": 5'))
    assert info.value.path == ("home", "zip_code")
    with pytest.raises(ValidationError, match="field required"):
        validate_json(Address, '{"street": "x"}')
    with pytest.raises(ValueError):
        validate_json(Address, "not json")
    node = validate_json(Node, '{"value": 1, "children": [{"value": 2, "children": []}], "x": 9}')
    assert node.children[0].value == 2 and node.x == 9  # unknown keys kept as extras
    assert validate_json(Options, '{"level": 2, "other": 1}') == {"level": 2}
    assert validate_json(Aliased, '{"from": "a"}').from_ == "a"


def test_partial_json():
    assert parse_partial_json('{"a": [1, {"b": "x"}], "c": "unfin') == {"a": [1, {"b": "x"}]}
    assert parse_partial_json('{"a": 12') == {"a": 12}
    assert parse_partial_json('{"a": 1.') == {}
    assert parse_partial_json('{"a": tr') == {}
    assert parse_partial_json('{"a": "x\\') == {}
    assert parse_partial_json('{"a": null, "b": [true, fal') == {"a": None, "b": [True]}
    assert parse_partial_json('"cut') is None
    assert parse_partial_json('{"done": true}') == {"done": True}
    for bad in ("hello", '{"a" 1', '{"a": 1}}', "[1 2", '{"a": 1,}', "[,", '{"a": -x'):
        with pytest.raises(ValueError):
            parse_partial_json(bad)


DOCS = [
    {"a": [1, -2.5e3, {"b": "x\"y\\u00e9"}, [], {}], "c": None, "d": True, "e": False, "f": "",
     "g": {"h": [[0]]}},
    [{"k": 10}, "s", 0, [True, None]],
    "just a string",
    -12.75,
]


@pytest.mark.parametrize("doc", DOCS)
def test_partial_json_incremental_equals_one_off(doc):
    for text in (json.dumps(doc), json.dumps(doc, indent=1)):
        parser = PartialJSON()
        for end in range(1, len(text) + 1):
            prefix = text[:end]
            assert parser.parse(prefix) == parse_partial_json(prefix), prefix
        assert parser.parse(text) == doc
    # snapshots are independent: later chunks never change an earlier result
    parser = PartialJSON()
    first = parser.parse('{"items": [1, 2')
    parser.parse('{"items": [1, 2, 3], "more": {"x": 1')
    assert first == {"items": [1, 2]}
    assert parser.parse("[1]") == [1]  # not a continuation: starts over


def test_pydantic_function_tool():
    tool = pydantic_function_tool(GetWeather)
    assert tool == {"type": "function", "function": {
        "name": "GetWeather", "strict": True, "parameters": to_strict_json_schema(GetWeather),
        "description": "Get the weather for a city."}}
    assert list(tool["function"]) == ["name", "strict", "parameters", "description"]
    assert isinstance(tool["function"], PydanticFunctionTool)
    assert tool["function"].model is GetWeather
    named = pydantic_function_tool(NoDoc, name="nodoc", description="d")
    assert named["function"]["name"] == "nodoc" and named["function"]["description"] == "d"
    assert "description" not in pydantic_function_tool(NoDoc)["function"]
    assert pydantic_function_tool(Step)["function"]["parameters"]["title"] == "Step"


# ---- parse() --------------------------------------------------------------------------------

def client(api, **kw):
    return OpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0, **kw)


def completion(message, finish="stop", **extra):
    return dict({"id": "chatcmpl-p", "object": "chat.completion", "created": 1, "model": "m",
                 "choices": [{"index": 0, "finish_reason": finish, "logprobs": None,
                              "message": dict({"role": "assistant", "refusal": None}, **message)}],
                 "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}}, **extra)


ANSWER = {"steps": [{"explanation": "add", "output": "2"}], "final_answer": "2", "note": None,
          "color": "blue"}


def test_parse_request_and_result(api):
    api.default = Reply(200, completion({"content": json.dumps(ANSWER)}))
    result = client(api).chat.completions.parse(
        model="gpt-4o", messages=[{"role": "user", "content": "1+1"}], response_format=MathResponse,
        temperature=0, seed=None)
    r = api.last
    assert (r.method, r.path) == ("POST", "/v1/chat/completions")
    assert r.headers["x-stainless-helper-method"] == "chat.completions.parse"
    body = r.json()
    assert list(body) == ["messages", "model", "response_format", "seed", "stream", "temperature"]
    assert body["stream"] is False and body["seed"] is None
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"schema": json.loads(MATH_SCHEMA), "name": "MathResponse", "strict": True}}
    assert isinstance(result, ParsedChatCompletion) and isinstance(result, ChatCompletion)
    message = result.choices[0].message
    assert isinstance(message, ParsedChatCompletionMessage)
    parsed = message.parsed
    assert isinstance(parsed, MathResponse) and parsed.color is Color.blue
    assert isinstance(parsed.steps[0], Step) and parsed.steps[0].output == "2"
    assert result._request_id == "req_1" and result.usage.total_tokens == 3
    dumped = result.to_dict()
    assert dumped["choices"][0]["message"]["tool_calls"] is None
    assert dumped["choices"][0]["message"]["content"] == json.dumps(ANSWER)


def test_parse_without_a_class_still_checks_finish_reasons(api):
    api.default = Reply(200, completion({"content": "plain"}))
    result = client(api).chat.completions.parse(model="m", messages=[])
    assert "response_format" not in api.last.json()
    assert result.choices[0].message.parsed is None
    api.default = Reply(200, completion({"content": "cut"}, finish="length"))
    with pytest.raises(LengthFinishReasonError) as info:
        client(api).chat.completions.parse(model="m", messages=[])
    assert info.value.completion.choices[0].message.content == "cut"
    assert "length limit" in str(info.value)
    api.default = Reply(200, completion({"content": None}, finish="content_filter"))
    with pytest.raises(ContentFilterFinishReasonError):
        client(api).chat.completions.parse(model="m", messages=[], response_format=Step)


def test_parse_leaves_refusals_and_dict_formats_unparsed(api):
    api.default = Reply(200, completion({"content": None, "refusal": "I can't"}))
    result = client(api).chat.completions.parse(model="m", messages=[], response_format=Step)
    assert result.choices[0].message.parsed is None
    assert result.choices[0].message.refusal == "I can't"
    fmt = {"type": "json_object"}
    api.default = Reply(200, completion({"content": '{"a": 1}'}))
    result = client(api).chat.completions.parse(model="m", messages=[], response_format=fmt)
    assert api.last.json()["response_format"] == fmt
    assert result.choices[0].message.parsed is None


def test_parse_content_that_does_not_match_raises(api):
    api.default = Reply(200, completion({"content": '{"explanation": 1, "output": "x"}'}))
    with pytest.raises(ValidationError):
        client(api).chat.completions.parse(model="m", messages=[], response_format=Step)


def test_parse_refuses_unsupported_formats_and_tools_before_sending(api):
    c = client(api)
    with pytest.raises(TypeError, match="Unsupported response_format type"):
        c.chat.completions.parse(model="m", messages=[], response_format=Untyped)
    with pytest.raises(ValueError, match="Currently only `function` tool types support auto-parsing; "
                                         "Received `custom`"):
        c.chat.completions.parse(model="m", messages=[], tools=[{"type": "custom",
                                                                 "custom": {"name": "g"}}])
    with pytest.raises(ValueError, match="`lookup` is not strict. Only `strict` function tools can be "
                                         "auto-parsed"):
        c.chat.completions.parse(model="m", messages=[], tools=[
            {"type": "function", "function": {"name": "lookup", "parameters": {}}}])
    assert api.requests == []


def test_parse_tool_call_arguments(api, caplog):
    calls = [
        {"id": "c1", "type": "function",
         "function": {"name": "GetWeather", "arguments": '{"city": "Paris", "unit": "c"}'}},
        {"id": "c2", "type": "function", "function": {"name": "raw", "arguments": '{"q": [1]}'}},
        {"id": "c3", "type": "function", "function": {"name": "unknown", "arguments": "{}"}},
        {"id": "c4", "type": "custom", "custom": {"name": "grep", "input": "x"}},
    ]
    api.default = Reply(200, completion({"content": None, "tool_calls": calls}, finish="tool_calls"))
    tools = (t for t in [pydantic_function_tool(GetWeather),
                         {"type": "function", "function": {"name": "raw", "strict": True,
                                                           "parameters": {"type": "object"}}}])
    with caplog.at_level(logging.WARNING, logger="openai"):
        result = client(api).chat.completions.parse(model="m", messages=[], tools=tools)
    sent = api.last.json()["tools"]
    assert [t["function"]["name"] for t in sent] == ["GetWeather", "raw"]
    assert sent[0]["function"]["parameters"] == to_strict_json_schema(GetWeather)
    tool_calls = result.choices[0].message.tool_calls
    assert [tc.id for tc in tool_calls] == ["c1", "c2", "c3"]  # the custom call is dropped
    assert all(isinstance(tc, ParsedFunctionToolCall) for tc in tool_calls)
    assert tool_calls[0].function.parsed_arguments == GetWeather(city="Paris", unit="c")
    assert tool_calls[1].function.parsed_arguments == {"q": [1]}
    assert tool_calls[2].function.parsed_arguments is None
    assert "Custom tool calls are not callable" in caplog.text
    assert result.to_dict()["choices"][0]["message"]["tool_calls"][1]["function"] == {
        "name": "raw", "arguments": '{"q": [1]}', "parsed_arguments": {"q": [1]}}


def test_parse_extra_headers_win_and_views(api):
    api.default = Reply(200, completion({"content": '{"explanation": "e", "output": "o"}'}))
    c = client(api)
    c.chat.completions.parse(model="m", messages=[], response_format=Step,
                             extra_headers={"X-Stainless-Helper-Method": "mine", "X-A": "1"},
                             extra_body={"stream": True}, extra_query={"v": "2"})
    assert api.last.headers["x-stainless-helper-method"] == "mine"
    assert api.last.json()["stream"] is True and api.last.query == "v=2"
    raw = c.chat.completions.with_raw_response.parse(model="m", messages=[], response_format=Step)
    assert api.last.headers["x-stainless-raw-response"] == "true"
    assert api.last.headers["x-stainless-helper-method"] == "chat.completions.parse"
    assert raw.parse().choices[0].message.parsed == Step(explanation="e", output="o")
    with c.chat.completions.with_streaming_response.parse(model="m", messages=[],
                                                          response_format=Step) as resp:
        assert resp.parse().choices[0].message.parsed.output == "o"


def test_parse_async(api):
    api.default = Reply(200, completion({"content": '{"city": "Oslo", "unit": "f"}'}))

    async def main():
        c = AsyncOpenAI(api_key="k", base_url=api.base_url, max_retries=0)
        result = await c.chat.completions.parse(model="m", messages=[], response_format=GetWeather)
        assert result.choices[0].message.parsed == GetWeather(city="Oslo", unit="f")
        raw = await c.chat.completions.with_raw_response.parse(model="m", messages=[],
                                                               response_format=GetWeather)
        assert raw.parse().choices[0].message.parsed.city == "Oslo"
        await c.close()
    asyncio.run(asyncio.wait_for(main(), 20))
    assert api.last.headers["x-stainless-helper-method"] == "chat.completions.parse"
    assert api.last.headers["x-stainless-async"] == "async:asyncio"


def test_parsed_types_tolerate_partial_payloads():
    c = ParsedChatCompletion.construct({"choices": [{"message": {"content": "x"}}]})
    assert isinstance(c.choices[0].message, ParsedChatCompletionMessage)
    assert c.choices[0].message.parsed is None
    # subscripted like the SDK's generic models, for annotations and construction alike
    assert type(ParsedChatCompletion[Step].construct({})) is ParsedChatCompletion
