"""chat.completions.* endpoints on the wire: create (plain and streamed), retrieve, update,
list, delete and messages.list — sync and async, plain, raw and streamed views."""
import asyncio
import inspect
import json
import os

import pytest

import openai_lite
from openai_lite import AsyncOpenAI, OpenAI
from openai_lite.types.chat import ChatCompletion, ChatCompletionDeleted, ChatCompletionStoreMessage
from tests.apiserver import Reply, sse

SSE = {"Content-Type": "text/event-stream"}

COMPLETION = {
    "id": "chatcmpl-1", "object": "chat.completion", "created": 1741569952, "model": "gpt-4o",
    "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                 "message": {"role": "assistant", "content": "Hello!", "refusal": None,
                             "annotations": []}}],
    "usage": {"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12},
    "service_tier": "default", "system_fingerprint": "fp_1",
}


def completion(cid="chatcmpl-1", **extra):
    return dict(COMPLETION, id=cid, **extra)


def client(api, **kw):
    kw.setdefault("max_retries", 0)
    return OpenAI(api_key="sk-test", base_url=api.base_url, **kw)


def aclient(api, **kw):
    kw.setdefault("max_retries", 0)
    return AsyncOpenAI(api_key="sk-test", base_url=api.base_url, **kw)


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 20))


def chunk(delta, finish=None, idx=0):
    return {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m",
            "choices": [{"index": idx, "delta": delta, "finish_reason": finish}]}


# ---- signatures ---------------------------------------------------------------------------

CREATE_PARAMS = [
    "messages", "model", "audio", "frequency_penalty", "function_call", "functions", "logit_bias",
    "logprobs", "max_completion_tokens", "max_tokens", "metadata", "modalities", "moderation", "n",
    "parallel_tool_calls", "prediction", "presence_penalty", "prompt_cache_key",
    "prompt_cache_options", "prompt_cache_retention", "reasoning_effort", "response_format",
    "safety_identifier", "seed", "service_tier", "stop", "store", "stream", "stream_options",
    "temperature", "tool_choice", "tools", "top_logprobs", "top_p", "user", "verbosity",
    "web_search_options", "extra_headers", "extra_query", "extra_body", "timeout",
]


def test_signatures_follow_the_sdk_order():
    c = OpenAI(api_key="k")
    params = inspect.signature(c.chat.completions.create).parameters
    assert list(params) == CREATE_PARAMS
    assert all(p.kind is p.KEYWORD_ONLY for p in params.values())
    assert [n for n, p in params.items() if p.default is p.empty] == ["messages", "model"]
    helper = [n for n in CREATE_PARAMS if n not in ("stream", "response_format")]
    helper.insert(3, "response_format")  # the helpers take it right after `audio`
    assert list(inspect.signature(c.chat.completions.parse).parameters) == helper
    assert list(inspect.signature(c.chat.completions.stream).parameters) == helper
    assert list(inspect.signature(c.chat.completions.list).parameters)[:5] == [
        "after", "limit", "metadata", "model", "order"]
    assert list(inspect.signature(c.chat.completions.update).parameters)[:2] == [
        "completion_id", "metadata"]
    assert list(inspect.signature(c.chat.completions.messages.list).parameters)[:4] == [
        "completion_id", "after", "limit", "order"]


def spec_operation(method, path):
    data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "spec_operations.json")
    return next(op for op in json.load(open(data)) if (op["method"], op["path"]) == (method, path))


def test_parameters_are_exactly_the_spec_fields():
    c = OpenAI(api_key="k")
    body_fields = set(CREATE_PARAMS) - {"extra_headers", "extra_query", "extra_body", "timeout"}
    assert body_fields == set(spec_operation("POST", "/chat/completions")["body"])
    listed = set(inspect.signature(c.chat.completions.list).parameters)
    assert set(spec_operation("GET", "/chat/completions")["query"]) <= listed
    msgs = set(inspect.signature(c.chat.completions.messages.list).parameters)
    assert set(spec_operation("GET", "/chat/completions/{completion_id}/messages")["query"]) <= msgs


# ---- create -------------------------------------------------------------------------------

def test_create_sends_every_given_field_in_order_and_null_for_none(api):
    api.default = Reply(200, completion())
    c = client(api)
    result = c.chat.completions.create(
        messages=[{"role": "developer", "content": "be brief"},
                  {"role": "user", "content": [{"type": "text", "text": "hi"}]}],
        model="gpt-4o", temperature=0.5, max_tokens=None, tools=[
            {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}],
        tool_choice={"type": "function", "function": {"name": "f"}}, metadata={"k": "v"},
        moderation={"model": "omni-moderation-latest"},
        prompt_cache_options={"mode": "explicit", "ttl": "30m"}, stream_options=None,
        user="u1", web_search_options={"search_context_size": "low"})
    r = api.last
    assert (r.method, r.path, r.query) == ("POST", "/v1/chat/completions", "")
    body = r.json()
    assert list(body) == ["messages", "model", "max_tokens", "metadata", "moderation",
                          "prompt_cache_options", "stream_options", "temperature", "tool_choice",
                          "tools", "user", "web_search_options"]
    assert body["max_tokens"] is None and body["stream_options"] is None
    assert r.headers["content-type"] == "application/json"
    assert "x-stainless-helper-method" not in r.headers
    assert isinstance(result, ChatCompletion)
    assert result.choices[0].message.content == "Hello!" and result._request_id == "req_1"
    assert result.usage is not None and result.usage.total_tokens == 12


def test_create_minimal_body_and_extra_arguments(api):
    api.default = Reply(200, completion())
    client(api).chat.completions.create(
        messages=[], model="m", extra_headers={"X-Trace": "1"}, extra_query={"q": "1"},
        extra_body={"custom": True, "model": "override"})
    r = api.last
    assert r.body == b'{"messages":[],"model":"override","custom":true}'
    assert r.query == "q=1" and r.headers["x-trace"] == "1"


def test_create_turns_generators_into_json_arrays(api):
    api.default = Reply(200, completion())
    msgs = ({"role": "user", "content": t} for t in ("a", "b"))
    tools = iter([{"type": "function", "function": {"name": "f"}}])
    client(api).chat.completions.create(messages=msgs, model="m", tools=tools)
    body = api.last.json()
    assert body["messages"] == [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}]
    assert body["tools"] == [{"type": "function", "function": {"name": "f"}}]


def test_create_refuses_a_class_response_format_before_sending(api):
    class Answer:
        pass
    with pytest.raises(TypeError, match="You must use `chat.completions.parse\\(\\)` instead"):
        client(api).chat.completions.create(messages=[], model="m", response_format=Answer)
    assert api.requests == []


def test_create_passes_a_dict_response_format_through(api):
    api.default = Reply(200, completion())
    fmt = {"type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "object"}}}
    client(api).chat.completions.create(messages=[], model="m", response_format=fmt)
    assert api.last.json()["response_format"] == fmt


def test_create_streams_chunks(api):
    api.default = Reply(200, headers=SSE, chunks=sse(chunk({"role": "assistant", "content": "He"}),
                                                     chunk({"content": "llo"}), chunk({}, "stop")))
    stream = client(api).chat.completions.create(messages=[], model="m", stream=True,
                                                 stream_options={"include_usage": True})
    assert isinstance(stream, openai_lite.Stream)
    assert [ch.choices[0].delta.content for ch in stream] == ["He", "llo", None]
    body = api.last.json()
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert list(body)[-2:] == ["stream", "stream_options"]


def test_create_stream_false_is_sent_and_not_streamed(api):
    api.default = Reply(200, completion())
    result = client(api).chat.completions.create(messages=[], model="m", stream=False)
    assert isinstance(result, ChatCompletion) and api.last.json()["stream"] is False


def test_create_raw_and_streamed_views(api):
    api.default = Reply(200, completion())
    c = client(api)
    raw = c.chat.completions.with_raw_response.create(messages=[], model="m")
    assert api.last.headers["x-stainless-raw-response"] == "true"
    assert raw.status_code == 200 and raw.parse().choices[0].message.content == "Hello!"
    with c.chat.completions.with_streaming_response.create(messages=[], model="m") as resp:
        assert api.last.headers["x-stainless-raw-response"] == "stream"
        assert resp.parse().id == "chatcmpl-1"
    api.default = Reply(200, headers=SSE, chunks=sse(chunk({"content": "x"})))
    raw = c.chat.completions.with_raw_response.create(messages=[], model="m", stream=True)
    assert [ch.choices[0].delta.content for ch in raw.parse()] == ["x"]


def test_create_error_status(api):
    api.default = Reply(400, {"error": {"message": "bad model", "type": "invalid_request_error",
                                        "param": "model", "code": None}})
    with pytest.raises(openai_lite.BadRequestError) as info:
        client(api).chat.completions.create(messages=[], model="nope")
    assert info.value.param == "model" and "bad model" in str(info.value)


def test_create_requires_messages_and_model(api):
    with pytest.raises(TypeError):
        client(api).chat.completions.create(model="m")  # type: ignore[call-overload]
    assert api.requests == []


# ---- stored completions -------------------------------------------------------------------

def test_retrieve_update_delete(api):
    c = client(api)
    api.default = Reply(200, completion("cc/1", metadata={"a": "b"}))
    got = c.chat.completions.retrieve("cc/1")
    assert (api.last.method, api.last.target) == ("GET", "/v1/chat/completions/cc%2F1")
    assert got.metadata == {"a": "b"}
    c.chat.completions.update("cc1", metadata={"topic": "x"})
    assert (api.last.method, api.last.path) == ("POST", "/v1/chat/completions/cc1")
    assert api.last.json() == {"metadata": {"topic": "x"}}
    c.chat.completions.update("cc1", metadata=None)
    assert api.last.body == b'{"metadata":null}'
    api.default = Reply(200, {"object": "chat.completion.deleted", "id": "cc1", "deleted": True})
    deleted = c.chat.completions.delete("cc1")
    assert (api.last.method, api.last.path) == ("DELETE", "/v1/chat/completions/cc1")
    assert isinstance(deleted, ChatCompletionDeleted) and deleted.deleted is True
    n = len(api.requests)
    for call in (c.chat.completions.retrieve, c.chat.completions.delete,
                 c.chat.completions.messages.list):
        with pytest.raises(ValueError, match="completion_id"):
            call("")
    with pytest.raises(ValueError, match="completion_id"):
        c.chat.completions.update("", metadata={})
    assert len(api.requests) == n


def test_list_query_and_cursor_pagination(api):
    pages = [
        {"object": "list", "data": [completion("a"), completion("b")], "first_id": "a",
         "last_id": "b", "has_more": True},
        {"object": "list", "data": [completion("c")], "first_id": "c", "last_id": "c",
         "has_more": False},
    ]
    api.queue(Reply(200, pages[0]), Reply(200, pages[1]))
    page = client(api).chat.completions.list(limit=2, order="asc", model="gpt-4o",
                                             metadata={"k": "v"})
    assert api.last.path == "/v1/chat/completions"
    assert api.last.query == "limit=2&metadata%5Bk%5D=v&model=gpt-4o&order=asc"
    assert isinstance(page, openai_lite.SyncCursorPage)
    assert [c.id for c in page] == ["a", "b", "c"]
    assert dict(api.last.params) == {"limit": "2", "metadata[k]": "v", "model": "gpt-4o",
                                     "order": "asc", "after": "b"}
    assert isinstance(page.data[0], ChatCompletion)


def test_list_without_arguments_sends_no_query(api):
    api.default = Reply(200, {"object": "list", "data": [], "has_more": False})
    page = client(api).chat.completions.list()
    assert api.last.query == "" and page.data == [] and not page.has_next_page()


def test_messages_list(api):
    msg = {"id": "msg_1", "role": "assistant", "content": "hi", "refusal": None,
           "content_parts": None}
    api.queue(Reply(200, {"object": "list", "data": [msg], "first_id": "msg_1",
                          "last_id": "msg_1", "has_more": True}),
              Reply(200, {"object": "list", "data": [dict(msg, id="msg_2")], "has_more": False}))
    page = client(api).chat.completions.messages.list("cc1", limit=1, order="desc")
    assert (api.last.method, api.last.path, api.last.query) == (
        "GET", "/v1/chat/completions/cc1/messages", "limit=1&order=desc")
    items = list(page)
    assert [m.id for m in items] == ["msg_1", "msg_2"]
    assert isinstance(items[0], ChatCompletionStoreMessage) and items[0].content == "hi"
    assert api.last.query == "limit=1&order=desc&after=msg_1"


def test_stored_completion_views(api):
    c = client(api)
    api.default = Reply(200, completion("x"))
    raw = c.chat.completions.with_raw_response.retrieve("x")
    assert raw.parse().id == "x" and api.last.headers["x-stainless-raw-response"] == "true"
    with c.chat.completions.with_streaming_response.update("x", metadata={}) as resp:
        assert resp.parse().id == "x"
    api.default = Reply(200, {"object": "list", "data": [{"id": "m", "role": "assistant"}],
                              "has_more": False})
    raw_page = c.chat.completions.messages.with_raw_response.list("x")
    assert [m.id for m in raw_page.parse()] == ["m"]
    with c.chat.completions.with_streaming_response.list(limit=1) as resp:
        assert api.last.query == "limit=1" and resp.json()["object"] == "list"
    api.default = Reply(200, {"object": "chat.completion.deleted", "id": "x", "deleted": True})
    raw = c.with_raw_response.chat.completions.delete("x")
    assert api.last.method == "DELETE" and api.last.headers["x-stainless-raw-response"] == "true"
    assert raw.parse().deleted is True and raw.request_id == f"req_{len(api.requests)}"


# ---- async ----------------------------------------------------------------------------------

def test_async_endpoints(api):
    async def main():
        c = aclient(api)
        api.default = Reply(200, completion())
        res = await c.chat.completions.create(messages=[{"role": "user", "content": "hi"}], model="m",
                                              n=2)
        assert res.choices[0].message.content == "Hello!"
        assert api.last.json() == {"messages": [{"role": "user", "content": "hi"}], "model": "m", "n": 2}
        assert api.last.headers["x-stainless-async"] == "async:asyncio"
        assert (await c.chat.completions.retrieve("a")).id == "chatcmpl-1"
        await c.chat.completions.update("a", metadata={"x": "y"})
        assert api.last.json() == {"metadata": {"x": "y"}} and api.last.method == "POST"
        api.default = Reply(200, {"object": "chat.completion.deleted", "id": "a", "deleted": True})
        assert (await c.chat.completions.delete("a")).deleted
        api.queue(Reply(200, {"object": "list", "data": [completion("a")], "has_more": True}),
                  Reply(200, {"object": "list", "data": [completion("b")], "has_more": False}))
        assert [x.id async for x in c.chat.completions.list(limit=1)] == ["a", "b"]
        api.default = Reply(200, {"object": "list", "data": [{"id": "m1", "role": "assistant"}],
                                  "has_more": False})
        page = await c.chat.completions.messages.list("a")
        assert [m.id for m in page.data] == ["m1"]
        assert api.last.path == "/v1/chat/completions/a/messages"
        api.default = Reply(200, headers=SSE, chunks=sse(chunk({"content": "a"}), chunk({"content": "b"})))
        stream = await c.chat.completions.create(messages=[], model="m", stream=True)
        assert isinstance(stream, openai_lite.AsyncStream)
        assert [ch.choices[0].delta.content async for ch in stream] == ["a", "b"]
        api.default = Reply(200, completion())
        raw = await c.chat.completions.with_raw_response.create(messages=[], model="m")
        assert raw.parse().id == "chatcmpl-1"
        async with c.chat.completions.with_streaming_response.retrieve("z") as resp:
            assert (await resp.parse()).id == "chatcmpl-1"
        await c.close()
    run(main())
