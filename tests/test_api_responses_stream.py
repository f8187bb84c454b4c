"""responses.stream() and responses.parse(): the requests they make, the events and the
accumulated snapshot, and structured outputs (text_format, strict tools)."""
import dataclasses
import enum
import json
from typing import List, Optional

import pytest

from openai_lite.lib._tools import pydantic_function_tool
from openai_lite._models import BaseModel
from openai_lite.lib.streaming.responses import (
    AsyncResponseStream, AsyncResponseStreamManager, ResponseCompletedEvent,
    ResponseFunctionCallArgumentsDeltaEvent, ResponseStream, ResponseStreamManager,
    ResponseStreamState, ResponseTextDeltaEvent, ResponseTextDoneEvent,
)
from openai_lite.types.responses import (
    ParsedResponse, ParsedResponseFunctionToolCall, ParsedResponseOutputMessage,
    ParsedResponseOutputText, ResponseCreatedEvent, ResponseOutputItemAddedEvent, ResponseStreamEvent,
)
from tests.apiserver import Reply
from tests.test_api_responses import SSE, aclient, client, event_stream, message, response, run


def text_events(chunks=("Hel", "lo"), *, parsed_text=None, item_id="msg_1"):
    """A message answered in `chunks`, then a function call, then response.completed."""
    text = "".join(chunks)
    final = response([message(text, item_id),
                      {"type": "function_call", "id": "fc_1", "call_id": "c1", "name": "lookup",
                       "arguments": '{"q":"x"}', "status": "completed"}])
    seq = iter(range(100))
    out = [
        {"type": "response.created", "response": response([], status="in_progress")},
        {"type": "response.in_progress", "response": response([], status="in_progress")},
        {"type": "response.output_item.added", "output_index": 0,
         "item": {"type": "message", "id": item_id, "role": "assistant", "status": "in_progress",
                  "content": []}},
        {"type": "response.content_part.added", "output_index": 0, "content_index": 0, "item_id": item_id,
         "part": {"type": "output_text", "text": "", "annotations": []}},
    ]
    for c in chunks:
        out.append({"type": "response.output_text.delta", "output_index": 0, "content_index": 0,
                    "item_id": item_id, "delta": c, "logprobs": []})
    out += [
        {"type": "response.output_text.done", "output_index": 0, "content_index": 0, "item_id": item_id,
         "text": text, "logprobs": []},
        {"type": "response.output_item.done", "output_index": 0, "item": message(text, item_id)},
        {"type": "response.output_item.added", "output_index": 1,
         "item": {"type": "function_call", "id": "fc_1", "call_id": "c1", "name": "lookup",
                  "arguments": "", "status": "in_progress"}},
        {"type": "response.function_call_arguments.delta", "output_index": 1, "item_id": "fc_1",
         "delta": '{"q":'},
        {"type": "response.function_call_arguments.delta", "output_index": 1, "item_id": "fc_1",
         "delta": '"x"}'},
        {"type": "response.function_call_arguments.done", "output_index": 1, "item_id": "fc_1",
         "name": "lookup", "arguments": '{"q":"x"}'},
        {"type": "response.completed", "response": final},
    ]
    for e in out:
        e["sequence_number"] = next(seq)
    return out


# ---- stream(): a new response ------------------------------------------------------------------

def test_stream_new_response_request_and_events(api):
    api.default = Reply(200, headers=SSE, chunks=event_stream(*text_events()))
    c = client(api)
    manager = c.responses.stream(model="gpt-4.1", input="Say hello", temperature=0.2,
                                 extra_headers={"X-Trace": "1"})
    assert isinstance(manager, ResponseStreamManager) and api.requests == []  # nothing sent yet
    with manager as stream:
        assert isinstance(stream, ResponseStream)
        events = list(stream)
    req = api.last
    assert req.method == "POST" and req.path == "/v1/responses" and req.headers["x-trace"] == "1"
    assert req.body == b'{"input":"Say hello","model":"gpt-4.1","stream":true,"temperature":0.2}'
    assert "x-stainless-helper-method" not in req.headers
    kinds = [type(e).__name__ for e in events]
    assert kinds[:4] == ["ResponseCreatedEvent", "ResponseInProgressEvent", "ResponseOutputItemAddedEvent",
                         "ResponseContentPartAddedEvent"]
    deltas = [e for e in events if isinstance(e, ResponseTextDeltaEvent)]
    assert [(d.delta, d.snapshot) for d in deltas] == [("Hel", "Hel"), ("lo", "Hello")]
    (done,) = [e for e in events if isinstance(e, ResponseTextDoneEvent)]
    assert done.text == "Hello" and done.parsed is None
    args = [e for e in events if isinstance(e, ResponseFunctionCallArgumentsDeltaEvent)]
    assert [a.snapshot for a in args] == ['{"q":', '{"q":"x"}']
    completed = events[-1]
    assert isinstance(completed, ResponseCompletedEvent) and isinstance(completed.response, ParsedResponse)
    assert [e.sequence_number for e in events] == list(range(len(events)))
    final = stream.get_final_response()
    assert final is completed.response and final.output_text == "Hello"
    assert isinstance(final.output[0], ParsedResponseOutputMessage)
    assert isinstance(final.output[0].content[0], ParsedResponseOutputText)
    assert isinstance(final.output[1], ParsedResponseFunctionToolCall)
    assert final.output[1].parsed_arguments is None  # no strict tool was declared
    assert stream.response.is_closed


def test_stream_snapshot_accumulates_per_item_and_part():
    state = ResponseStreamState(input_tools=None, text_format=None)
    for e in text_events(chunks=("a", "b", "c"))[:7]:
        state.handle_event(e if not isinstance(e, dict) else _event(e))
    snap = state.current_snapshot
    assert snap.output_text == "abc" and snap.output[0].content[0].text == "abc"
    # a second content part accumulates on its own
    state.handle_event(_event({"type": "response.content_part.added", "sequence_number": 50, "output_index": 0,
                               "content_index": 1, "item_id": "msg_1",
                               "part": {"type": "output_text", "text": "", "annotations": []}}))
    (ev,) = state.handle_event(_event({"type": "response.output_text.delta", "sequence_number": 51,
                                       "output_index": 0, "content_index": 1, "item_id": "msg_1",
                                       "delta": "Z", "logprobs": []}))
    assert ev.snapshot == "Z" and snap.output_text == "abcZ"
    # the event the caller got for response.created is not the growing snapshot
    first = _event(text_events()[0])
    other = ResponseStreamState(input_tools=None, text_format=None)
    other.handle_event(first)
    other.handle_event(_event(text_events()[2]))
    assert first.response.output == [] and len(other.current_snapshot.output) == 1


def _event(payload):
    from openai_lite._models import construct_type
    return construct_type(type_=ResponseStreamEvent, value=payload)


def test_stream_until_done_close_and_missing_completed(api):
    events = text_events()
    api.queue(Reply(200, headers=SSE, chunks=event_stream(*events)),
              Reply(200, headers=SSE, chunks=event_stream(*events[:-1])),
              Reply(200, headers=SSE, chunks=event_stream(*events[1:])))
    c = client(api)
    with c.responses.stream(model="m", input="x") as stream:
        assert stream.until_done() is stream
        assert stream.get_final_response().output_text == "Hello"
    with c.responses.stream(model="m", input="x") as stream:
        with pytest.raises(RuntimeError, match="Didn't receive a `response.completed` event."):
            stream.get_final_response()
    with c.responses.stream(model="m", input="x") as stream:
        with pytest.raises(RuntimeError, match="response.created"):
            next(iter(stream))
    assert stream.response.is_closed  # leaving the block closed it


def test_stream_argument_errors(api):
    c = client(api)
    with pytest.raises(ValueError, match="^input must be provided when creating a new response$"):
        c.responses.stream(model="m")
    with pytest.raises(ValueError, match="^model must be provided when creating a new response$"):
        c.responses.stream(input="x")
    with pytest.raises(ValueError, match="^id must be provided when streaming an existing response$"):
        c.responses.stream()
    with pytest.raises(ValueError, match="input, model"):
        c.responses.stream(response_id="resp_1", input="x", model="m")
    with pytest.raises(ValueError, match="text_format"):
        c.responses.stream(response_id="resp_1", text_format=Answer)
    with pytest.raises(ValueError, match="^response_id must be provided when streaming an existing response$"):
        aclient(api).responses.stream()
    assert api.requests == []


# ---- stream(): an existing response ------------------------------------------------------------

def test_stream_existing_response_filters_client_side(api):
    events = text_events()
    api.default = Reply(200, headers=SSE, chunks=event_stream(*events))
    with client(api).responses.stream(response_id="resp_1", starting_after=5,
                                      include=["message.output_text.logprobs"]) as stream:
        seen = list(stream)
        final = stream.get_final_response()
    req = api.last
    assert req.method == "GET" and req.path == "/v1/responses/resp_1"
    # starting_after is not sent: earlier events still build the snapshot
    assert req.query == "include%5B%5D=message.output_text.logprobs&stream=true"
    assert [e.sequence_number for e in seen] == list(range(6, len(events)))
    assert final.output_text == "Hello"
    deltas = [e for e in seen if isinstance(e, ResponseFunctionCallArgumentsDeltaEvent)]
    assert deltas[-1].snapshot == '{"q":"x"}'


def test_stream_existing_response_without_starting_after(api):
    api.default = Reply(200, headers=SSE, chunks=event_stream(*text_events()))
    with client(api).responses.stream(response_id="resp_9") as stream:
        first = next(stream)
        assert isinstance(first, ResponseCreatedEvent)
        stream.close()
    assert api.last.query == "stream=true" and stream.response.is_closed


# ---- structured outputs ------------------------------------------------------------------------

class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


@dataclasses.dataclass
class Answer:
    value: int
    color: Color
    note: Optional[str] = None


@dataclasses.dataclass
class Lookup:
    q: str


class Step(BaseModel):
    explanation: str


class Solution(BaseModel):
    steps: List[Step]
    final_answer: str


ANSWER_SCHEMA = {
    "$defs": {"Color": {"enum": ["red", "blue"], "title": "Color", "type": "string"}},
    "properties": {"value": {"title": "Value", "type": "integer"},
                   "color": {"$ref": "#/$defs/Color"},
                   "note": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Note"}},
    "required": ["value", "color", "note"], "title": "Answer", "type": "object",
    "additionalProperties": False,
}


def test_parse_with_a_dataclass(api):
    api.default = Reply(200, response([message('{"value": 4, "color": "red", "note": null}')]))
    r = client(api).responses.parse(model="m", input="2+2?", text_format=Answer, text={"verbosity": "low"})
    body = api.last.json()
    assert list(body) == ["input", "model", "text"] and "stream" not in body
    assert "x-stainless-helper-method" not in api.last.headers
    fmt = body["text"].pop("format")
    assert body["text"] == {"verbosity": "low"}
    assert fmt == {"type": "json_schema", "strict": True, "name": "Answer", "schema": ANSWER_SCHEMA}
    assert isinstance(r, ParsedResponse) and r._request_id == "req_1"
    assert r.output_parsed == Answer(value=4, color=Color.RED, note=None)
    assert r.output[0].content[0].parsed == r.output_parsed and r.output_text.startswith("{")


def test_parse_with_a_base_model_and_async(api):
    api.default = Reply(200, response([message('{"steps": [{"explanation": "a"}], "final_answer": "42"}')]))

    async def main():
        return await aclient(api).responses.parse(model="m", input="x", text_format=Solution)
    r = run(main())
    schema = api.last.json()["text"]["format"]["schema"]
    assert schema["$defs"]["Step"]["additionalProperties"] is False
    assert schema["required"] == ["steps", "final_answer"]
    assert isinstance(r.output_parsed, Solution) and r.output_parsed.steps[0].explanation == "a"


def test_parse_without_text_format_and_refusals(api):
    api.default = Reply(200, response([
        {"type": "message", "id": "m", "role": "assistant", "status": "completed",
         "content": [{"type": "refusal", "refusal": "no"}]},
        message("plain")]))
    r = client(api).responses.parse(model="m", input="x")
    assert "text" not in api.last.json()
    assert r.output_parsed is None and r.output[1].content[0].parsed is None
    assert r.output[0].content[0].refusal == "no"


def test_parse_function_call_arguments(api):
    calls = [
        {"type": "function_call", "id": "1", "call_id": "c1", "name": "strict_fn", "arguments": '{"a": 1}'},
        {"type": "function_call", "id": "2", "call_id": "c2", "name": "loose_fn", "arguments": '{"b": 2}'},
        {"type": "function_call", "id": "3", "call_id": "c3", "name": "Answer",
         "arguments": '{"value": 1, "color": "blue", "note": "n"}'},
        {"type": "function_call", "id": "4", "call_id": "c4", "name": "unknown", "arguments": "{}"},
    ]
    api.default = Reply(200, response(calls))
    tools = [{"type": "function", "name": "strict_fn", "parameters": {}, "strict": True},
             {"type": "function", "name": "loose_fn", "parameters": {}, "strict": False},
             pydantic_function_tool(Answer)]
    r = client(api).responses.parse(model="m", input="x", tools=tools)
    sent = api.last.json()["tools"]
    assert sent[:2] == tools[:2]
    # the chat-shaped class tool goes out in the flat Responses shape
    assert sent[2] == {"type": "function", "name": "Answer", "parameters": ANSWER_SCHEMA, "strict": True}
    assert [c.parsed_arguments for c in r.output] == [{"a": 1}, None, Answer(1, Color.BLUE, "n"), None]


def test_parse_refuses_bad_arguments(api):
    c = client(api)
    with pytest.raises(TypeError, match="Cannot mix and match text.format with text_format"):
        c.responses.parse(model="m", input="x", text_format=Answer, text={"format": {"type": "text"}})
    with pytest.raises(Exception, match="pydantic_function_tool"):
        c.responses.parse(model="m", input="x",
                          tools=[{"type": "function", "function": {"name": "f", "parameters": {}}}])
    with pytest.raises(TypeError):
        c.responses.parse(model="m", input="x", text_format=int)
    assert api.requests == []


def test_parse_raw_view_applies_the_parser(api):
    api.default = Reply(200, response([message('{"value": 2, "color": "blue"}')]))
    raw = client(api).responses.with_raw_response.parse(model="m", input="x", text_format=Answer)
    assert api.last.headers["x-stainless-raw-response"] == "true"
    assert raw.parse().output_parsed == Answer(2, Color.BLUE)


def test_stream_with_text_format_parses_the_done_text(api):
    text = '{"value": 7, "color": "blue", "note": null}'
    api.default = Reply(200, headers=SSE, chunks=event_stream(*text_events((text[:10], text[10:]))))
    with client(api).responses.stream(model="m", input="x", text_format=Answer,
                                      tools=[pydantic_function_tool(Lookup, name="lookup")]) as stream:
        events = list(stream)
    body = api.last.json()
    assert body["text"]["format"]["name"] == "Answer" and body["stream"] is True
    assert body["tools"][0]["name"] == "lookup" and "function" not in body["tools"][0]
    (done,) = [e for e in events if isinstance(e, ResponseTextDoneEvent)]
    assert done.parsed == Answer(7, Color.BLUE)
    final = stream.get_final_response()
    assert final.output_parsed == Answer(7, Color.BLUE)
    assert final.output[1].parsed_arguments == Lookup(q="x")  # the class tool's arguments


# ---- async stream ------------------------------------------------------------------------------

def test_async_stream_new_and_existing(api):
    api.queue(Reply(200, headers=SSE, chunks=event_stream(*text_events())),
              Reply(200, headers=SSE, chunks=event_stream(*text_events())))

    async def main():
        c = aclient(api)
        manager = c.responses.stream(model="m", input="x")
        assert isinstance(manager, AsyncResponseStreamManager) and api.requests == []
        async with manager as stream:
            assert isinstance(stream, AsyncResponseStream)
            snaps = [e.snapshot async for e in stream if isinstance(e, ResponseTextDeltaEvent)]
            final = await stream.get_final_response()
        async with c.responses.stream(response_id="resp_1", starting_after=10) as later:
            rest = [e.sequence_number async for e in later]
            assert (await later.until_done()) is later
        return snaps, final, rest
    snaps, final, rest = run(main())
    assert snaps == ["Hel", "Hello"] and final.output_text == "Hello"
    assert rest == [11, 12] and api.requests[1].query == "stream=true"
    assert api.requests[0].json()["stream"] is True


def test_async_stream_missing_completed(api):
    api.default = Reply(200, headers=SSE, chunks=event_stream(*text_events()[:3]))

    async def main():
        async with aclient(api).responses.stream(model="m", input="x") as stream:
            first = await stream.__anext__()
            assert isinstance(first, ResponseCreatedEvent)
            with pytest.raises(RuntimeError, match="response.completed"):
                await stream.get_final_response()
    run(main())


def test_output_item_events_are_passed_through_unchanged(api):
    events = text_events()
    api.default = Reply(200, headers=SSE, chunks=event_stream(*events))
    with client(api).responses.stream(model="m", input="x") as stream:
        added = [e for e in stream if isinstance(e, ResponseOutputItemAddedEvent)]
    # the snapshot grew from these items; the events themselves stay as sent
    assert added[0].to_dict() == events[2] and added[1].to_dict() == events[8]
    assert stream.get_final_response().output_text == "Hello"
