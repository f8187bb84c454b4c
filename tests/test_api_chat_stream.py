"""chat.completions.stream(): the request it sends, the events it yields, the completion it
accumulates (tool calls across chunks included) — sync and async."""
import asyncio
import json
import warnings
from dataclasses import dataclass
from typing import Literal

import pytest

from openai_lite import (APIConnectionError, AsyncOpenAI, BadRequestError,
                         ContentFilterFinishReasonError, LengthFinishReasonError, OpenAI)
from openai_lite.lib._pydantic_like import to_strict_json_schema
from openai_lite.lib._tools import pydantic_function_tool
from openai_lite.lib.streaming.chat import (AsyncChatCompletionStream, AsyncChatCompletionStreamManager,
                                            ChatCompletionStream, ChatCompletionStreamManager,
                                            ChatCompletionStreamState, ChunkEvent, ContentDoneEvent,
                                            FunctionToolCallArgumentsDoneEvent, accumulate_delta)
from openai_lite.types.chat import ChatCompletionChunk
from openai_lite.types.chat.parsed_chat_completion import ParsedChatCompletion
from tests.apiserver import Reply, sse
from tests.rawserver import RawServer, read_request

SSE = {"Content-Type": "text/event-stream"}


@dataclass
class GetWeather:
    city: str
    unit: Literal["c", "f"]


@dataclass
class Answer:
    text: str
    score: int


def chunk(delta=None, finish=None, idx=0, logprobs=None, **top):
    choice = {"index": idx, "delta": delta or {}, "finish_reason": finish}
    if logprobs is not None:
        choice["logprobs"] = logprobs
    return dict({"id": "chatcmpl-s", "object": "chat.completion.chunk", "created": 7, "model": "gpt-4o",
                 "system_fingerprint": "fp_a", "choices": [choice]}, **top)


def usage_chunk():
    return {"id": "chatcmpl-s", "object": "chat.completion.chunk", "created": 7, "model": "gpt-4o",
            "system_fingerprint": "fp_b", "choices": [],
            "usage": {"prompt_tokens": 5, "completion_tokens": 9, "total_tokens": 14}}


def lp(token):
    return {"token": token, "logprob": -0.5, "bytes": None, "top_logprobs": []}


TOOLS_RAW = {"type": "function", "function": {"name": "raw", "strict": True,
                                              "parameters": {"type": "object"}}}

TOOL_STREAM = [
    chunk({"role": "assistant", "content": "", "refusal": None}, obfuscation="zz"),
    chunk({"content": "Let me check"}),
    chunk({"tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                           "function": {"name": "GetWeather", "arguments": ""}}]}),
    chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city":'}}]}),
    chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"Paris","unit":"c"}'}}]}),
    chunk({"tool_calls": [{"index": 1, "id": "call_2", "type": "function",
                           "function": {"name": "raw", "arguments": '{"q":'}}]}),
    chunk({"tool_calls": [{"index": 1, "function": {"arguments": "[1]}"}}]}),
    chunk({}, finish="tool_calls"),
    usage_chunk(),
]


def client(api, **kw):
    return OpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0, **kw)


def describe(event):
    """A compact, comparable view of an event."""
    t = event.type
    if t == "chunk":
        return (t,)
    if t == "content.delta":
        return (t, event.delta, event.snapshot, event.parsed)
    if t == "content.done":
        return (t, event.content, event.parsed)
    if t == "refusal.delta":
        return (t, event.delta, event.snapshot)
    if t == "refusal.done":
        return (t, event.refusal)
    if t == "tool_calls.function.arguments.delta":
        return (t, event.index, event.name, event.arguments_delta, event.arguments,
                event.parsed_arguments)
    if t == "tool_calls.function.arguments.done":
        return (t, event.index, event.name, event.arguments, event.parsed_arguments)
    if t in ("logprobs.content.delta", "logprobs.content.done"):
        return (t, [x.token for x in event.content]) + (
            (tuple(x.token for x in event.snapshot),) if t.endswith("delta") else ())
    return (t, [x.token for x in event.refusal]) + (
        (tuple(x.token for x in event.snapshot),) if t.endswith("delta") else ())


TOOL_EVENTS = [
    ("chunk",), ("content.delta", "", "", None),
    ("chunk",), ("content.delta", "Let me check", "Let me check", None),
    ("chunk",), ("tool_calls.function.arguments.delta", 0, "GetWeather", "", "", None),
    ("content.done", "Let me check", None),
    ("chunk",), ("tool_calls.function.arguments.delta", 0, "GetWeather", '{"city":', '{"city":', {}),
    ("chunk",), ("tool_calls.function.arguments.delta", 0, "GetWeather", '"Paris","unit":"c"}',
                 '{"city":"Paris","unit":"c"}', {"city": "Paris", "unit": "c"}),
    ("chunk",), ("tool_calls.function.arguments.delta", 1, "raw", '{"q":', '{"q":', {}),
    ("tool_calls.function.arguments.done", 0, "GetWeather", '{"city":"Paris","unit":"c"}',
     GetWeather(city="Paris", unit="c")),
    ("chunk",), ("tool_calls.function.arguments.delta", 1, "raw", "[1]}", '{"q":[1]}', {"q": [1]}),
    ("chunk",), ("tool_calls.function.arguments.done", 1, "raw", '{"q":[1]}', {"q": [1]}),
    ("chunk",),
]


def check_tool_completion(final):
    assert isinstance(final, ParsedChatCompletion)
    assert final.id == "chatcmpl-s" and final.object == "chat.completion" and final.created == 7
    assert final.system_fingerprint == "fp_b"  # overwritten by every chunk
    assert final.usage is not None and final.usage.total_tokens == 14
    assert "obfuscation" not in final.to_dict()
    choice = final.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.index == 0
    msg = choice.message
    assert msg.role == "assistant" and msg.content == "Let me check" and msg.parsed is None
    calls = msg.tool_calls
    assert [c.id for c in calls] == ["call_1", "call_2"]
    assert [c.function.arguments for c in calls] == ['{"city":"Paris","unit":"c"}', '{"q":[1]}']
    assert calls[0].function.parsed_arguments == GetWeather(city="Paris", unit="c")
    assert calls[1].function.parsed_arguments == {"q": [1]}


# ---- the request --------------------------------------------------------------------------

def test_request_is_sent_on_enter_with_helper_header_and_schema(api):
    api.default = Reply(200, headers=SSE, chunks=sse(chunk({"content": "{}"}, "stop")))
    manager = client(api).chat.completions.stream(
        model="gpt-4o", messages=[{"role": "user", "content": "weather?"}], response_format=Answer,
        tools=[pydantic_function_tool(GetWeather)], temperature=None, stream_options={"include_usage": True})
    assert isinstance(manager, ChatCompletionStreamManager)
    assert api.requests == []
    with manager as stream:
        assert isinstance(stream, ChatCompletionStream)
        r = api.last
        assert (r.method, r.path) == ("POST", "/v1/chat/completions")
        assert r.headers["x-stainless-helper-method"] == "chat.completions.stream"
        body = r.json()
        assert list(body) == ["messages", "model", "response_format", "stream", "stream_options",
                              "temperature", "tools"]
        assert body["stream"] is True and body["temperature"] is None
        assert body["response_format"] == {"type": "json_schema", "json_schema": {
            "schema": to_strict_json_schema(Answer), "name": "Answer", "strict": True}}
        assert body["tools"][0]["function"]["parameters"] == to_strict_json_schema(GetWeather)
    assert len(api.requests) == 1


def test_stream_does_not_validate_tools_and_passes_extras(api):
    api.default = Reply(200, headers=SSE, chunks=sse(chunk({"content": "x"}, "stop")))
    with client(api).chat.completions.stream(
            model="m", messages=[], tools=[{"type": "custom", "custom": {"name": "g"}}],
            extra_headers={"X-Stainless-Helper-Method": "mine"}, extra_query={"a": "1"},
            extra_body={"seed": 3}) as stream:
        stream.until_done()
    assert api.last.headers["x-stainless-helper-method"] == "mine"
    assert api.last.query == "a=1" and api.last.json()["seed"] == 3


def test_error_status_raises_on_enter(api):
    api.default = Reply(400, {"error": {"message": "nope", "type": "invalid_request_error"}})
    manager = client(api).chat.completions.stream(model="m", messages=[])
    with pytest.raises(BadRequestError):
        with manager:
            pass


def test_stream_from_a_raw_view_still_streams(api):
    api.default = Reply(200, headers=SSE, chunks=sse(chunk({"content": "hi"}, "stop")))
    with client(api).chat.completions.with_raw_response.stream(model="m", messages=[]) as stream:
        assert stream.get_final_completion().choices[0].message.content == "hi"
    assert "x-stainless-raw-response" not in api.last.headers


# ---- events and accumulation --------------------------------------------------------------

def test_tool_call_events_and_final_completion(api):
    api.default = Reply(200, headers=SSE, chunks=sse(*TOOL_STREAM))
    with client(api).chat.completions.stream(
            model="m", messages=[], tools=[pydantic_function_tool(GetWeather), TOOLS_RAW]) as stream:
        events = list(stream)
        final = stream.get_final_completion()
        assert stream.current_completion_snapshot is not None
    assert [describe(e) for e in events] == TOOL_EVENTS
    first = events[0]
    assert isinstance(first, ChunkEvent) and isinstance(first.chunk, ChatCompletionChunk)
    assert first.chunk.obfuscation == "zz"
    done = [e for e in events if isinstance(e, FunctionToolCallArgumentsDoneEvent)]
    assert len(done) == 2
    check_tool_completion(final)
    assert stream._response.is_closed


def test_content_with_a_class_response_format(api):
    parts = ['{"te', 'xt": "hi', '", "sc', 'ore": 4', "}"]
    chunks = [chunk({"role": "assistant", "content": ""})] + [chunk({"content": p}) for p in parts]
    api.default = Reply(200, headers=SSE, chunks=sse(*chunks, chunk({}, "stop")))
    with client(api).chat.completions.stream(model="m", messages=[], response_format=Answer) as stream:
        events = [describe(e) for e in stream if e.type != "chunk"]
        final = stream.get_final_completion()
    assert events == [
        ("content.delta", "", "", None),
        ("content.delta", '{"te', '{"te', {}),
        ("content.delta", 'xt": "hi', '{"text": "hi', {}),
        ("content.delta", '", "sc', '{"text": "hi", "sc', {"text": "hi"}),
        ("content.delta", 'ore": 4', '{"text": "hi", "score": 4', {"text": "hi", "score": 4}),
        ("content.delta", "}", '{"text": "hi", "score": 4}', {"text": "hi", "score": 4}),
        ("content.done", '{"text": "hi", "score": 4}', Answer(text="hi", score=4)),
    ]
    assert final.choices[0].message.parsed == Answer(text="hi", score=4)


def test_refusal_and_logprobs_events(api):
    api.default = Reply(200, headers=SSE, chunks=sse(
        chunk({"role": "assistant", "refusal": ""}, logprobs={"content": None, "refusal": [lp("I")]}),
        chunk({"refusal": "I can't"}, logprobs={"content": None, "refusal": [lp(" can't")]}),
        chunk({}, "stop"),
    ))
    with client(api).chat.completions.stream(model="m", messages=[], response_format=Answer) as stream:
        events = [describe(e) for e in stream if e.type != "chunk"]
        final = stream.get_final_completion()
    assert events == [
        ("refusal.delta", "", ""),
        ("logprobs.refusal.delta", ["I"], ("I",)),
        ("refusal.delta", "I can't", "I can't"),
        ("logprobs.refusal.delta", [" can't"], ("I", " can't")),
        ("refusal.done", "I can't"),
        ("logprobs.refusal.done", ["I", " can't"]),
    ]
    msg = final.choices[0].message
    assert msg.refusal == "I can't" and msg.parsed is None
    assert [t.token for t in final.choices[0].logprobs.refusal] == ["I", " can't"]


def test_content_logprobs_and_several_choices(api):
    api.default = Reply(200, headers=SSE, chunks=sse(
        chunk({"role": "assistant", "content": "A"}, idx=0, logprobs={"content": [lp("A")]}),
        chunk({"role": "assistant", "content": "B"}, idx=1),
        chunk({"content": "a"}, idx=0, logprobs={"content": [lp("a")], "refusal": None}),
        chunk({"content": "b"}, "stop", idx=1),
        chunk({}, "stop", idx=0),
    ))
    with client(api).chat.completions.stream(model="m", messages=[], n=2) as stream:
        events = [describe(e) for e in stream if e.type != "chunk"]
        final = stream.get_final_completion()
    assert events == [
        ("content.delta", "A", "A", None), ("logprobs.content.delta", ["A"], ("A",)),
        ("content.delta", "B", "B", None),
        ("content.delta", "a", "Aa", None), ("logprobs.content.delta", ["a"], ("A", "a")),
        ("content.delta", "b", "Bb", None), ("content.done", "Bb", None),
        ("content.done", "Aa", None), ("logprobs.content.done", ["A", "a"]),
    ]
    assert [c.message.content for c in final.choices] == ["Aa", "Bb"]
    assert [c.index for c in final.choices] == [0, 1]
    assert api.last.json()["n"] == 2


def test_non_chunk_records_are_skipped(api):
    azure_filter = {"id": "", "object": "", "created": 0, "model": "", "choices": [],
                    "prompt_filter_results": [{"prompt_index": 0}]}
    api.default = Reply(200, headers=SSE, chunks=sse(azure_filter, chunk({"content": "x"}, "stop")))
    with client(api).chat.completions.stream(model="m", messages=[]) as stream:
        events = list(stream)
    assert [e.type for e in events] == ["chunk", "content.delta", "content.done"]
    assert events[0].chunk.choices[0].delta.content == "x"


def test_finish_reasons_raise_with_parseable_input(api):
    api.default = Reply(200, headers=SSE, chunks=sse(chunk({"content": "{"}), chunk({}, "length")))
    with client(api).chat.completions.stream(model="m", messages=[], response_format=Answer) as stream:
        with pytest.raises(LengthFinishReasonError):
            list(stream)
    api.default = Reply(200, headers=SSE, chunks=sse(chunk({"content": "{"}),
                                                     chunk({}, "content_filter")))
    with client(api).chat.completions.stream(model="m", messages=[], tools=[TOOLS_RAW]) as stream:
        with pytest.raises(ContentFilterFinishReasonError):
            stream.until_done()


def test_finish_reason_without_parseable_input_raises_only_at_the_end(api):
    api.default = Reply(200, headers=SSE, chunks=sse(chunk({"content": "cut"}), chunk({}, "length")))
    with client(api).chat.completions.stream(model="m", messages=[]) as stream:
        assert stream.until_done() is stream
        assert stream.current_completion_snapshot.choices[0].finish_reason == "length"
        with pytest.raises(LengthFinishReasonError) as info:
            stream.get_final_completion()
    assert info.value.completion.choices[0].message.content == "cut"


def test_leaving_early_releases_the_connection(api):
    api.default = Reply(200, headers=SSE, chunks=sse(*TOOL_STREAM))
    c = client(api)
    with c.chat.completions.stream(model="m", messages=[]) as stream:
        for event in stream:
            break
    assert stream._response.is_closed
    api.default = Reply(200, {"id": "m", "object": "model", "created": 1, "owned_by": "o"})
    assert c.models.retrieve("m").id == "m"


def test_error_event_and_cut_stream_raise():
    def handler(sock, index):
        read_request(sock)
        body = ("data: " + json.dumps(chunk({"content": "a"})) + "\n\ndata: {\"id\": \"c").encode()
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
                     + body)
    srv = RawServer(handler).start()
    try:
        c = OpenAI(api_key="k", base_url=srv.url + "/v1", max_retries=0)
        with c.chat.completions.stream(model="m", messages=[]) as stream:
            it = iter(stream)
            assert next(it).type == "chunk"
            with pytest.raises(APIConnectionError):
                list(it)
    finally:
        srv.stop()


def test_state_accumulates_chunks_from_create(api):
    api.default = Reply(200, headers=SSE, chunks=sse(*TOOL_STREAM))
    state = ChatCompletionStreamState(input_tools=[pydantic_function_tool(GetWeather), TOOLS_RAW])
    with pytest.raises(AssertionError):
        state.current_completion_snapshot
    events = []
    for ch in client(api).chat.completions.create(model="m", messages=[], stream=True):
        events.extend(state.handle_chunk(ch))
    assert [describe(e) for e in events] == TOOL_EVENTS
    check_tool_completion(state.get_final_completion())
    assert "x-stainless-helper-method" not in api.last.headers


def test_content_done_event_is_generic():
    event = ContentDoneEvent[Answer].construct(type="content.done", content="{}", parsed=None)
    assert isinstance(event, ContentDoneEvent)


def test_accumulate_delta_rules():
    acc = {"content": "a", "n": 1, "f": 0.5, "tokens": [1], "meta": {"k": "x"}, "type": "a",
           "index": 0, "none": None, "calls": [{"index": 0, "args": "{"}]}
    accumulate_delta(acc, {"content": "b", "n": 2, "f": 0.25, "tokens": [2, 3], "meta": {"k": "y", "j": 1},
                           "type": "b", "index": 1, "none": "set", "new": [1],
                           "calls": [{"index": 0, "args": "}"}, {"index": 1, "args": "x"}]})
    assert acc == {"content": "ab", "n": 3, "f": 0.75, "tokens": [1, 2, 3],
                   "meta": {"k": "xy", "j": 1}, "type": "b", "index": 1, "none": "set", "new": [1],
                   "calls": [{"index": 0, "args": "{}"}, {"index": 1, "args": "x"}]}
    accumulate_delta(acc, {"content": None})
    assert acc["content"] == "ab"
    with pytest.raises(TypeError):
        accumulate_delta({"calls": [{"index": 0}]}, {"calls": ["x"]})
    with pytest.raises(RuntimeError):
        accumulate_delta({"calls": [{"index": 0}]}, {"calls": [{"no": 1}]})


# ---- async ----------------------------------------------------------------------------------

def test_async_stream(api):
    api.default = Reply(200, headers=SSE, chunks=sse(*TOOL_STREAM))

    async def main():
        c = AsyncOpenAI(api_key="k", base_url=api.base_url, max_retries=0)
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # an un-awaited request coroutine would warn
            unused = c.chat.completions.stream(model="m", messages=[])
            assert isinstance(unused, AsyncChatCompletionStreamManager)
            del unused
        assert api.requests == []
        manager = c.chat.completions.stream(
            model="m", messages=[], tools=[pydantic_function_tool(GetWeather), TOOLS_RAW])
        async with manager as stream:
            assert isinstance(stream, AsyncChatCompletionStream)
            assert api.last.headers["x-stainless-helper-method"] == "chat.completions.stream"
            assert api.last.headers["x-stainless-async"] == "async:asyncio"
            events = [e async for e in stream]
            final = await stream.get_final_completion()
            assert stream.current_completion_snapshot.usage.total_tokens == 14
        assert stream._response.is_closed
        assert [describe(e) for e in events] == TOOL_EVENTS
        check_tool_completion(final)

        api.default = Reply(200, headers=SSE, chunks=sse(chunk({"content": '{"text": "x", "score": 1}'}),
                                                         chunk({}, "stop")))
        async with c.chat.completions.stream(model="m", messages=[], response_format=Answer) as s2:
            assert await s2.until_done() is s2
            assert (await s2.get_final_completion()).choices[0].message.parsed == Answer("x", 1)
        api.default = Reply(200, headers=SSE, chunks=sse(chunk({"content": "{"}), chunk({}, "length")))
        async with c.chat.completions.stream(model="m", messages=[], response_format=Answer) as s3:
            with pytest.raises(LengthFinishReasonError):
                async for _ in s3:
                    pass
        await c.close()
    asyncio.run(asyncio.wait_for(main(), 20))
