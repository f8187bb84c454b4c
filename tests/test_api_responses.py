"""client.responses: each method's request on the wire and its parsed result, sync and
async, plain, raw and streamed views, and the Responses types themselves."""
import asyncio
import dataclasses
import importlib
import inspect
import json
import pkgutil
import re
import typing

import pytest

import openai_lite
from openai_lite import AsyncOpenAI, OpenAI, omit
from openai_lite._models import BaseModel, construct_type
from openai_lite.types import responses as rtypes
from openai_lite.types.responses import (
    CompactedResponse, InputTokenCountResponse, Response, ResponseCompletedEvent,
    ResponseCreatedEvent, ResponseErrorEvent, ResponseFunctionToolCall, ResponseFunctionToolCallItem,
    ResponseInputMessageItem, ResponseOutputItemAddedEvent, ResponseOutputMessage, ResponseOutputRefusal,
    ResponseOutputText, ResponseReasoningItem, ResponseStreamEvent, ResponseTextDeltaEvent, ResponseUsage,
)
from tests.apiserver import Reply, sse

SSE = {"Content-Type": "text/event-stream"}


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 20))


def client(api, **kw):
    return OpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0, **kw)


def aclient(api, **kw):
    return AsyncOpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0, **kw)


def message(text="hi", msg_id="msg_1", status="completed"):
    return {"type": "message", "id": msg_id, "role": "assistant", "status": status,
            "content": [{"type": "output_text", "text": text, "annotations": []}]}


def response(output=None, **extra):
    out = {"id": "resp_1", "object": "response", "created_at": 1741476542, "status": "completed",
           "model": "gpt-4.1", "output": [message()] if output is None else output,
           "parallel_tool_calls": True, "tool_choice": "auto", "tools": [], "error": None,
           "incomplete_details": None, "instructions": None, "metadata": {}, "temperature": 1.0,
           "top_p": 1.0, "usage": {"input_tokens": 5, "input_tokens_details": {"cached_tokens": 0},
                                   "output_tokens": 2, "output_tokens_details": {"reasoning_tokens": 0},
                                   "total_tokens": 7}}
    out.update(extra)
    return out


def event_stream(*events, names=True):
    """SSE bytes as the API sends them: each event named after its type, no [DONE]."""
    chunks = []
    for e in events:
        head = f"event: {e['type']}\n" if names else ""
        chunks.append(f"{head}data: {json.dumps(e)}\n\n".encode())
    return chunks


# ---- create -----------------------------------------------------------------------------------

def test_create_request_and_parsed_response(api):
    api.default = Reply(200, response())
    r = client(api).responses.create(model="gpt-4.1", input="Tell me a joke", instructions=None,
                                      metadata={"k": "v"}, tools=[{"type": "function", "name": "f",
                                                                    "parameters": {}, "strict": True}])
    req = api.last
    assert req.method == "POST" and req.path == "/v1/responses" and req.query == ""
    assert req.headers["content-type"] == "application/json"
    assert req.headers["accept"] == "application/json"
    # keys alphabetical (no required ones), explicit None sent as null
    assert req.body == (b'{"input":"Tell me a joke","instructions":null,"metadata":{"k":"v"},"model":"gpt-4.1",'
                        b'"tools":[{"type":"function","name":"f","parameters":{},"strict":true}]}')
    assert isinstance(r, Response) and r._request_id == "req_1"
    assert r.id == "resp_1" and r.status == "completed" and r.created_at == 1741476542.0
    assert isinstance(r.output[0], ResponseOutputMessage)
    assert isinstance(r.output[0].content[0], ResponseOutputText)
    assert r.output_text == "hi"
    assert isinstance(r.usage, ResponseUsage) and r.usage.total_tokens == 7
    assert r.usage.input_tokens_details.cached_tokens == 0


def test_create_body_order_extra_body_and_headers(api):
    api.default = Reply(200, response())
    client(api).responses.create(
        user="u", top_p=0.5, model="m", input=[{"role": "user", "content": "x"}], background=True,
        stream=False, text={"verbosity": "low"}, extra_body={"custom": 1},
        extra_headers={"X-Extra": "1", "Accept": omit})
    body = api.last.json()
    assert list(body) == ["background", "input", "model", "stream", "text", "top_p", "user", "custom"]
    assert body["stream"] is False
    assert api.last.headers["x-extra"] == "1" and "accept" not in api.last.headers


def test_create_output_items_resolve_by_type(api):
    output = [
        {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": "think"}]},
        {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "get_weather",
         "arguments": "{\"city\":\"Paris\"}", "status": "completed"},
        {"type": "web_search_call", "id": "ws_1", "status": "completed",
         "action": {"type": "search", "query": "weather"}},
        {"type": "file_search_call", "id": "fs_1", "status": "completed", "queries": ["q"], "results": None},
        {"type": "message", "id": "m2", "role": "assistant", "status": "completed",
         "content": [{"type": "refusal", "refusal": "no"}]},
        {"type": "brand_new_item", "id": "x"},
    ]
    api.default = Reply(200, response(output))
    r = client(api).responses.create(model="m", input="x")
    kinds = [type(o).__name__ for o in r.output[:5]]
    assert kinds == ["ResponseReasoningItem", "ResponseFunctionToolCall", "ResponseFunctionWebSearch",
                     "ResponseFileSearchToolCall", "ResponseOutputMessage"]
    assert r.output[1].arguments == '{"city":"Paris"}' and r.output[2].action.query == "weather"
    assert isinstance(r.output[4].content[0], ResponseOutputRefusal)
    # an unknown type never raises and keeps what was sent
    assert r.output[5].type == "brand_new_item" and r.output[5].id == "x"
    assert r.output_text == ""  # refusals and non-message items contribute nothing


def test_output_text_joins_every_output_text_part():
    r = Response.construct(response([
        message("Hello"),
        {"type": "function_call", "call_id": "c", "name": "f", "arguments": "{}"},
        {"type": "message", "id": "m2", "role": "assistant", "status": "completed",
         "content": [{"type": "output_text", "text": ", ", "annotations": []},
                     {"type": "refusal", "refusal": "ignored"},
                     {"type": "output_text", "text": "world", "annotations": []}]},
    ], output_text="stale value from the payload"))
    assert r.output_text == "Hello, world"
    assert Response.construct(response([])).output_text == ""


def test_create_stream_events_parse_to_their_classes(api):
    events = [
        {"type": "response.created", "sequence_number": 0, "response": response([], status="in_progress")},
        {"type": "response.output_item.added", "sequence_number": 1, "output_index": 0,
         "item": {"type": "function_call", "id": "fc_1", "call_id": "c1", "name": "f", "arguments": ""}},
        {"type": "response.output_text.delta", "sequence_number": 2, "item_id": "m", "output_index": 0,
         "content_index": 0, "delta": "Hi", "logprobs": []},
        {"type": "error", "sequence_number": 3, "code": "server_error", "message": "boom", "param": None},
        {"type": "response.future_event", "sequence_number": 4},
        {"type": "response.completed", "sequence_number": 5, "response": response()},
    ]
    api.default = Reply(200, headers=SSE, chunks=event_stream(*events))
    stream = client(api).responses.create(model="m", input="x", stream=True)
    assert isinstance(stream, openai_lite.Stream)
    got = list(stream)
    assert api.last.json() == {"input": "x", "model": "m", "stream": True}
    assert [type(e) for e in got[:4]] == [ResponseCreatedEvent, ResponseOutputItemAddedEvent,
                                          ResponseTextDeltaEvent, ResponseErrorEvent]
    assert isinstance(got[0].response, Response) and got[0].response.status == "in_progress"
    assert isinstance(got[1].item, ResponseFunctionToolCall)
    assert got[3].message == "boom"  # an `error` event is yielded, not raised
    assert got[4].type == "response.future_event"
    assert isinstance(got[5], ResponseCompletedEvent) and got[5].response.output_text == "hi"
    assert stream.response.is_closed


def test_create_async_plain_and_stream(api):
    api.queue(Reply(200, response()),
              Reply(200, headers=SSE, chunks=event_stream(
                  {"type": "response.created", "sequence_number": 0, "response": response([])},
                  {"type": "response.completed", "sequence_number": 1, "response": response()})))

    async def main():
        c = aclient(api)
        r = await c.responses.create(model="m", input="x")
        assert isinstance(r, Response) and r.output_text == "hi"
        stream = await c.responses.create(model="m", input="x", stream=True)
        assert isinstance(stream, openai_lite.AsyncStream)
        return [type(e).__name__ async for e in stream]
    assert run(main()) == ["ResponseCreatedEvent", "ResponseCompletedEvent"]
    assert api.requests[0].headers["x-stainless-async"] == "async:asyncio"
    assert api.requests[1].json()["stream"] is True


def test_create_raw_and_streamed_views(api):
    api.default = Reply(200, response())
    raw = client(api).responses.with_raw_response.create(model="m", input="x")
    assert api.last.headers["x-stainless-raw-response"] == "true"
    assert raw.status_code == 200 and raw.request_id == "req_1"
    assert isinstance(raw.parse(), Response) and json.loads(raw.text)["id"] == "resp_1"
    with client(api).responses.with_streaming_response.create(model="m", input="x") as streamed:
        assert api.last.headers["x-stainless-raw-response"] == "stream"
        assert streamed.parse().output_text == "hi"


def test_create_async_raw_and_streamed_views(api):
    api.default = Reply(200, response())

    async def main():
        c = aclient(api)
        raw = await c.responses.with_raw_response.create(model="m", input="x")
        assert raw.parse().id == "resp_1"
        async with c.responses.with_streaming_response.create(model="m", input="x") as streamed:
            parsed = await streamed.parse()
            assert parsed.output_text == "hi"
    run(main())
    assert [r.headers["x-stainless-raw-response"] for r in api.requests] == ["true", "stream"]


# ---- retrieve / delete / cancel / compact ---------------------------------------------------------

def test_retrieve_query_and_result(api):
    api.default = Reply(200, response())
    c = client(api)
    r = c.responses.retrieve("resp_1")
    assert api.last.method == "GET" and api.last.target == "/v1/responses/resp_1"
    assert "content-type" not in api.last.headers and r.id == "resp_1"
    c.responses.retrieve("resp_1", include=["file_search_call.results", "message.output_text.logprobs"],
                         include_obfuscation=False, starting_after=3)
    assert api.last.query == ("include%5B%5D=file_search_call.results&include%5B%5D=message.output_text.logprobs"
                              "&include_obfuscation=false&starting_after=3")


def test_retrieve_stream_sends_stream_query(api):
    events = [{"type": "response.created", "sequence_number": 0, "response": response([])},
              {"type": "response.in_progress", "sequence_number": 1, "response": response([])}]
    api.default = Reply(200, headers=SSE, chunks=event_stream(*events))
    stream = client(api).responses.retrieve("resp_1", include=["a"], stream=True)
    assert [e.type for e in stream] == ["response.created", "response.in_progress"]
    assert api.last.query == "include%5B%5D=a&stream=true" and api.last.body == b""


def test_retrieve_stream_through_the_streamed_view(api):
    api.default = Reply(200, headers=SSE, chunks=event_stream(
        {"type": "response.created", "sequence_number": 0, "response": response([])}))
    with client(api).responses.with_streaming_response.retrieve("resp_1", stream=True) as streamed:
        assert api.last.headers["x-stainless-raw-response"] == "stream"
        stream = streamed.parse()
        assert isinstance(stream, openai_lite.Stream)
        assert [type(e).__name__ for e in stream] == ["ResponseCreatedEvent"]
    raw = client(api).responses.with_raw_response.create(model="m", input="x", stream=True)
    assert [e.type for e in raw.parse()] == ["response.created"]


def test_retrieve_stream_async(api):
    api.default = Reply(200, headers=SSE, chunks=sse(
        {"type": "response.queued", "sequence_number": 0, "response": response([], status="queued")}))

    async def main():
        stream = await aclient(api).responses.retrieve("resp_1", stream=True)
        return [type(e).__name__ async for e in stream]
    assert run(main()) == ["ResponseQueuedEvent"]
    assert api.last.query == "stream=true"


def test_retrieve_checks_the_path_id(api):
    c = client(api)
    with pytest.raises(ValueError, match="response_id"):
        c.responses.retrieve("")
    with pytest.raises(ValueError, match="dot-segment"):
        c.responses.retrieve("..")
    assert api.requests == []
    api.default = Reply(200, response())
    c.responses.retrieve("a/b")
    assert api.last.target == "/v1/responses/a%2Fb"


def test_delete_has_no_content(api):
    api.default = Reply(200, b"", headers={"Content-Type": "text/plain"})
    assert client(api).responses.delete("resp_1") is None
    req = api.last
    assert req.method == "DELETE" and req.path == "/v1/responses/resp_1"
    assert req.headers["accept"] == "*/*" and req.headers["content-length"] == "0"
    raw = client(api).responses.with_raw_response.delete("resp_1")
    assert raw.parse() is None and raw.status_code == 200

    async def main():
        return await aclient(api).responses.delete("resp_1")
    assert run(main()) is None and api.last.headers["accept"] == "*/*"


def test_cancel(api):
    api.default = Reply(200, response(status="cancelled"))
    r = client(api).responses.cancel("resp_1")
    assert api.last.method == "POST" and api.last.path == "/v1/responses/resp_1/cancel"
    assert api.last.body == b"" and r.status == "cancelled"

    async def main():
        return await aclient(api).responses.cancel("resp_2")
    assert run(main()).status == "cancelled" and api.last.path == "/v1/responses/resp_2/cancel"


def test_compact(api):
    payload = {"id": "cmp_1", "object": "response.compaction", "created_at": 5,
               "output": [{"type": "compaction", "id": "c1", "encrypted_content": "zzz"}, message("kept")],
               "usage": response()["usage"]}
    api.default = Reply(200, payload)
    r = client(api).responses.compact(input="long history", model="gpt-5", previous_response_id=None)
    assert api.last.path == "/v1/responses/compact"
    assert api.last.body == b'{"model":"gpt-5","input":"long history","previous_response_id":null}'
    assert isinstance(r, CompactedResponse) and r.output[0].type == "compaction"
    assert type(r.output[0]).__name__ == "ResponseCompactionItem" and r.usage.total_tokens == 7

    async def main():
        return await aclient(api).responses.compact(model="gpt-5")
    assert run(main()).id == "cmp_1" and api.last.json() == {"model": "gpt-5"}


# ---- input_items / input_tokens ------------------------------------------------------------------

def items_page(items, has_more, first="a", last="b"):
    return {"object": "list", "data": items, "has_more": has_more, "first_id": first, "last_id": last}


INPUT_MESSAGE = {"type": "message", "id": "in_1", "role": "user", "status": "completed",
                 "content": [{"type": "input_text", "text": "hello"}]}
OUTPUT_MESSAGE = dict(message("answer", "msg_2"))
CALL = {"type": "function_call", "id": "fc_3", "call_id": "c3", "name": "f", "arguments": "{}",
        "status": "completed"}


def test_input_items_list_query_items_and_paging(api):
    api.queue(Reply(200, items_page([INPUT_MESSAGE, OUTPUT_MESSAGE], True)),
              Reply(200, items_page([CALL], False)))
    page = client(api).responses.input_items.list("resp_1", limit=2, order="asc", include=["x.y"])
    req = api.requests[0]
    assert req.method == "GET" and req.path == "/v1/responses/resp_1/input_items"
    assert req.query == "include%5B%5D=x.y&limit=2&order=asc"
    assert isinstance(page, openai_lite.SyncCursorPage) and page._request_id == "req_1"
    assert [type(i) for i in page.data] == [ResponseInputMessageItem, ResponseOutputMessage]
    assert page.data[0].content[0].text == "hello" and page.has_next_page()
    items = list(page)
    assert [i.id for i in items] == ["in_1", "msg_2", "fc_3"]
    assert isinstance(items[2], ResponseFunctionToolCallItem)
    # the next page is the same request after the last item's id
    assert api.requests[1].query == "include%5B%5D=x.y&limit=2&order=asc&after=msg_2"


def test_input_items_async_paginator(api):
    api.queue(Reply(200, items_page([INPUT_MESSAGE], True)), Reply(200, items_page([CALL], False)))

    async def main():
        return [i.id async for i in aclient(api).responses.input_items.list("resp_1")]
    assert run(main()) == ["in_1", "fc_3"]
    assert api.requests[1].query == "after=in_1"


def test_input_tokens_count(api):
    api.default = Reply(200, {"object": "response.input_tokens", "input_tokens": 11})
    r = client(api).responses.input_tokens.count(model="gpt-5", input="hi", tools=[], instructions=None)
    assert api.last.method == "POST" and api.last.path == "/v1/responses/input_tokens"
    assert api.last.body == b'{"input":"hi","instructions":null,"model":"gpt-5","tools":[]}'
    assert isinstance(r, InputTokenCountResponse) and r.input_tokens == 11

    async def main():
        raw = await aclient(api).responses.input_tokens.with_raw_response.count()
        return raw.parse()
    assert run(main()).input_tokens == 11
    # a method with body parameters sends an object even when none is given
    assert api.last.body == b"{}" and api.last.headers["x-stainless-raw-response"] == "true"


# ---- the types ---------------------------------------------------------------------------------

EVENT_TYPES = """response.created response.queued response.in_progress response.completed
response.failed response.incomplete error response.output_item.added response.output_item.done
response.content_part.added response.content_part.done response.output_text.delta
response.output_text.done response.output_text.annotation.added response.refusal.delta
response.refusal.done response.function_call_arguments.delta response.function_call_arguments.done
response.custom_tool_call_input.delta response.custom_tool_call_input.done
response.reasoning_text.delta response.reasoning_text.done response.reasoning_summary_part.added
response.reasoning_summary_part.done response.reasoning_summary_text.delta
response.reasoning_summary_text.done response.audio.delta response.audio.done
response.audio.transcript.delta response.audio.transcript.done
response.file_search_call.in_progress response.file_search_call.searching
response.file_search_call.completed response.web_search_call.in_progress
response.web_search_call.searching response.web_search_call.completed
response.code_interpreter_call.in_progress response.code_interpreter_call.interpreting
response.code_interpreter_call.completed response.code_interpreter_call_code.delta
response.code_interpreter_call_code.done response.image_generation_call.in_progress
response.image_generation_call.generating response.image_generation_call.partial_image
response.image_generation_call.completed response.mcp_call.in_progress response.mcp_call.completed
response.mcp_call.failed response.mcp_call_arguments.delta response.mcp_call_arguments.done
response.mcp_list_tools.in_progress response.mcp_list_tools.completed response.mcp_list_tools.failed
response.shell_call_command.added response.shell_call_command.delta response.shell_call_command.done
response.shell_call_output_content.delta response.shell_call_output_content.done""".split()


def test_every_stream_event_type_has_its_class():
    classes = typing.get_args(ResponseStreamEvent)
    by_type = {}
    for cls in classes:
        (literal,) = typing.get_args(typing.get_type_hints(cls)["type"])
        by_type[literal] = cls
        assert "sequence_number" in cls.model_fields
    assert sorted(by_type) == sorted(EVENT_TYPES) and len(classes) == len(EVENT_TYPES)
    for event_type, cls in by_type.items():
        built = construct_type(type_=ResponseStreamEvent, value={"type": event_type, "sequence_number": 1})
        assert type(built) is cls
        assert getattr(rtypes, cls.__name__) is cls  # exported from the package


def test_nested_event_payloads_are_typed():
    part = construct_type(type_=ResponseStreamEvent, value={
        "type": "response.content_part.added", "sequence_number": 1, "item_id": "m", "output_index": 0,
        "content_index": 0, "part": {"type": "output_text", "text": "", "annotations": [
            {"type": "url_citation", "url": "https://x", "title": "t", "start_index": 0, "end_index": 1}]}})
    assert isinstance(part.part, ResponseOutputText)
    assert type(part.part.annotations[0]).__name__ == "AnnotationURLCitation"
    summary = construct_type(type_=ResponseStreamEvent, value={
        "type": "response.reasoning_summary_part.added", "sequence_number": 2, "item_id": "r",
        "output_index": 0, "summary_index": 0, "part": {"type": "summary_text", "text": "s"}})
    assert summary.part.text == "s"
    delta = construct_type(type_=ResponseStreamEvent, value={
        "type": "response.output_text.delta", "sequence_number": 3, "item_id": "m", "output_index": 0,
        "content_index": 0, "delta": "x", "logprobs": [{"token": "x", "logprob": -1, "top_logprobs": []}]})
    assert delta.logprobs[0].logprob == -1.0 and isinstance(delta.logprobs[0].logprob, float)
    reasoning = construct_type(type_=rtypes.ResponseOutputItem, value={
        "type": "reasoning", "id": "rs", "summary": [], "encrypted_content": "e"})
    assert isinstance(reasoning, ResponseReasoningItem) and reasoning.encrypted_content == "e"


TYPE_PACKAGES = ["openai_lite.types.responses", "openai_lite.types.conversations",
                 "openai_lite.types.realtime", "openai_lite.types.webhooks"]


def _modules():
    for pkg_name in TYPE_PACKAGES:
        pkg = importlib.import_module(pkg_name)
        for info in pkgutil.iter_modules(pkg.__path__):
            yield pkg_name, importlib.import_module(f"{pkg_name}.{info.name}")


def test_type_packages_are_lazy_and_export_every_module():
    import subprocess
    import sys
    code = ("import sys\n" + "".join(f"import {p}\n" for p in TYPE_PACKAGES)
            + "print(sorted(m for m in sys.modules if m.count('.') == 3 and m.startswith('openai_lite.types.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    for pkg_name, module in _modules():
        pkg = importlib.import_module(pkg_name)
        short = "." + module.__name__.rsplit(".", 1)[1]
        if short.startswith("._"):
            continue
        assert short in pkg._EXPORTS.values(), module.__name__
    for pkg_name in TYPE_PACKAGES:
        pkg = importlib.import_module(pkg_name)
        assert sorted(pkg.__all__) == sorted(pkg._EXPORTS)
        for name in pkg._EXPORTS:
            assert getattr(pkg, name) is not None


def test_every_model_resolves_its_hints_and_builds_from_an_empty_payload():
    seen = 0
    for _pkg, module in _modules():
        for obj in list(vars(module).values()):
            if inspect.isclass(obj) and issubclass(obj, BaseModel) and obj.__module__ == module.__name__:
                hints = typing.get_type_hints(obj)
                assert {f.name for f in dataclasses.fields(obj)} <= set(hints)
                assert isinstance(obj.construct({}), obj)
                seen += 1
    assert seen > 150


def test_request_typeddicts_are_typeddicts_with_optional_keys():
    from openai_lite.types.responses import (
        EasyInputMessageParam, FunctionToolParam, ResponseInputItemParam, ResponseInputParam,
        ResponseInputTextParam,
    )
    assert EasyInputMessageParam.__required_keys__ == frozenset({"content", "role"})
    assert EasyInputMessageParam.__optional_keys__ == frozenset({"type"})
    assert ResponseInputTextParam.__required_keys__ == frozenset({"text", "type"})
    assert "description" in FunctionToolParam.__optional_keys__
    assert typing.get_origin(ResponseInputParam) is list
    assert EasyInputMessageParam in typing.get_args(ResponseInputItemParam)
    msg: EasyInputMessageParam = {"role": "user", "content": [{"type": "input_text", "text": "hi"}]}
    assert msg["role"] == "user"
    # parameter modules evaluate on every supported Python (no `X | Y`, no Required[])
    for _pkg, module in _modules():
        for obj in list(vars(module).values()):
            if inspect.isclass(obj) and issubclass(obj, dict) and hasattr(obj, "__total__"):
                typing.get_type_hints(obj)


def test_async_twins_of_the_responses_resources():
    from openai_lite.resources.responses import AsyncResponses, AsyncResponsesStreamHelper, Responses
    from openai_lite.resources.responses.input_items import AsyncInputItems, InputItems
    assert AsyncResponses is Responses and AsyncInputItems is InputItems
    assert AsyncResponsesStreamHelper is not None
    src = inspect.getsource(importlib.import_module("openai_lite.resources.responses"))
    assert re.search(r"^        stream: AsyncResponsesStreamHelper$", src, re.M)
    assert re.search(r"-> \"AsyncResponseStreamManager\[TextFormatT\]\"", src)
