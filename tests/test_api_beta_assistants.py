"""Assistants, threads, runs, steps and messages: bodies, queries, headers, streams and the
polling helpers, on both clients (the per-endpoint basics are in test_api_beta_endpoints)."""
from __future__ import annotations

import asyncio
import json
import time
from typing import Any, Dict, List

import pytest

from openai_lite import APIError, AsyncOpenAI, OpenAI, omit
from openai_lite.types.beta import Assistant, AssistantStreamEvent, Thread  # noqa: F401
from openai_lite.types.beta.assistant_stream_event import (
    ThreadCreated, ThreadMessageDelta, ThreadRunCompleted, ThreadRunCreated,
    ThreadRunRequiresAction, ThreadRunStepDelta,
)
from openai_lite.types.beta.threads import Message, Run
from openai_lite.types.beta.threads.runs import RunStep
from tests.apiserver import Reply

RUN: Dict[str, Any] = {
    "id": "run_1", "object": "thread.run", "created_at": 1699063290, "assistant_id": "asst_1",
    "thread_id": "thread_1", "status": "queued", "started_at": None, "expires_at": 1699063890,
    "cancelled_at": None, "failed_at": None, "completed_at": None, "required_action": None,
    "last_error": None, "model": "gpt-4o", "instructions": None, "tools": [{"type": "code_interpreter"}],
    "metadata": {}, "incomplete_details": None, "usage": None, "temperature": 1.0, "top_p": 1.0,
    "max_prompt_tokens": 1000, "max_completion_tokens": 1000,
    "truncation_strategy": {"type": "auto", "last_messages": None}, "response_format": "auto",
    "tool_choice": "auto", "parallel_tool_calls": True,
}
MESSAGE: Dict[str, Any] = {
    "id": "msg_1", "object": "thread.message", "created_at": 1, "thread_id": "thread_1",
    "status": "completed", "role": "assistant", "assistant_id": "asst_1", "run_id": "run_1",
    "attachments": [], "metadata": {},
    "content": [
        {"type": "text", "text": {"value": "Hi 【4:0†a.pdf】", "annotations": [
            {"type": "file_citation", "text": "【4:0†a.pdf】", "start_index": 3, "end_index": 13,
             "file_citation": {"file_id": "file_1"}}]}},
        {"type": "image_file", "image_file": {"file_id": "file_2", "detail": "low"}},
    ],
}


def client(api: Any, **kw: Any) -> OpenAI:
    kw.setdefault("api_key", "sk-test")
    return OpenAI(base_url=api.base_url, max_retries=0, **kw)


def aclient(api: Any, **kw: Any) -> AsyncOpenAI:
    kw.setdefault("api_key", "sk-test")
    return AsyncOpenAI(base_url=api.base_url, max_retries=0, **kw)


def events(*pairs: Any) -> Reply:
    chunks = [f"event: {name}\ndata: {json.dumps(data)}\n\n".encode() for name, data in pairs]
    chunks.append(b"event: done\ndata: [DONE]\n\n")
    return Reply(200, chunks=chunks, headers={"Content-Type": "text/event-stream"})


def run(**changes: Any) -> Dict[str, Any]:
    return dict(RUN, **changes)


# ---- plain calls ---------------------------------------------------------------------------

def test_assistant_create_body_in_sdk_order_and_parsed(api: Any) -> None:
    api.default = Reply(200, {"id": "asst_1", "object": "assistant", "created_at": 1, "name": "Math",
                              "description": None, "model": "gpt-4o", "instructions": "Be exact",
                              "tools": [{"type": "code_interpreter"},
                                        {"type": "function", "function": {"name": "f", "parameters": {}}}],
                              "tool_resources": {"code_interpreter": {"file_ids": ["file_1"]}},
                              "metadata": {}, "top_p": 1, "temperature": 1, "response_format": "auto"})
    a = client(api).beta.assistants.create(model="gpt-4o", name="Math", instructions="Be exact",
                                           tools=[{"type": "code_interpreter"}], temperature=None,
                                           metadata={"k": "v"})
    assert api.last.method == "POST" and api.last.path == "/v1/assistants"
    assert api.last.headers["openai-beta"] == "assistants=v2"
    assert api.last.body == (b'{"model":"gpt-4o","instructions":"Be exact","metadata":{"k":"v"},"name":"Math",'
                             b'"temperature":null,"tools":[{"type":"code_interpreter"}]}')
    assert isinstance(a, Assistant) and a._request_id == "req_1"
    assert a.tools[1].type == "function" and a.tools[1].function.name == "f"
    assert type(a.tools[0]).__name__ == "CodeInterpreterTool"
    assert a.tool_resources is not None and a.tool_resources.code_interpreter is not None
    assert a.tool_resources.code_interpreter.file_ids == ["file_1"]
    assert a.top_p == 1.0 and isinstance(a.top_p, float) and a.response_format == "auto"


def test_list_query_and_cursor_pagination(api: Any) -> None:
    api.queue(Reply(200, {"object": "list", "data": [{"id": "asst_1"}, {"id": "asst_2"}], "has_more": True}),
              Reply(200, {"object": "list", "data": [{"id": "asst_3"}], "has_more": False}))
    page = client(api).beta.assistants.list(limit=2, order="desc")
    assert api.last.target == "/v1/assistants?limit=2&order=desc"
    assert [a.id for a in page] == ["asst_1", "asst_2", "asst_3"]
    assert api.last.target == "/v1/assistants?limit=2&order=desc&after=asst_2"
    assert api.last.headers["openai-beta"] == "assistants=v2"


def test_caller_headers_win_over_the_beta_header(api: Any) -> None:
    api.default = Reply(200, {"id": "thread_1", "object": "thread", "created_at": 1})
    c = client(api)
    c.beta.threads.retrieve("thread_1", extra_headers={"OpenAI-Beta": "assistants=v3"})
    assert api.last.headers["openai-beta"] == "assistants=v3"
    c.beta.threads.retrieve("thread_1", extra_headers={"OpenAI-Beta": omit})
    assert "openai-beta" not in api.last.headers


def test_thread_create_with_messages_and_update(api: Any) -> None:
    api.default = Reply(200, {"id": "thread_1", "object": "thread", "created_at": 1, "metadata": {},
                              "tool_resources": {"file_search": {"vector_store_ids": ["vs_1"]}}})
    c = client(api)
    t = c.beta.threads.create(messages=[{"role": "user", "content": "hello"}],
                              tool_resources={"file_search": {"vector_store_ids": ["vs_1"]}})
    assert api.last.json() == {"messages": [{"role": "user", "content": "hello"}],
                               "tool_resources": {"file_search": {"vector_store_ids": ["vs_1"]}}}
    assert isinstance(t, Thread) and t.tool_resources is not None
    assert t.tool_resources.file_search is not None and t.tool_resources.file_search.vector_store_ids == ["vs_1"]
    c.beta.threads.update("thread_1", metadata={"a": "b"})
    assert (api.last.method, api.last.path, api.last.json()) == ("POST", "/v1/threads/thread_1", {"metadata": {"a": "b"}})
    c.beta.threads.create()
    assert api.last.body == b"{}"


def test_message_create_list_and_content_union(api: Any) -> None:
    api.queue(Reply(200, MESSAGE), Reply(200, {"object": "list", "data": [MESSAGE], "has_more": False}))
    c = client(api)
    m = c.beta.threads.messages.create("thread_1", role="user", content="hi",
                                       attachments=[{"file_id": "file_1", "tools": [{"type": "file_search"}]}])
    assert api.last.path == "/v1/threads/thread_1/messages"
    assert list(api.last.json()) == ["content", "role", "attachments"]
    assert isinstance(m, Message)
    text, image = m.content
    assert type(text).__name__ == "TextContentBlock" and type(image).__name__ == "ImageFileContentBlock"
    assert text.text.value.startswith("Hi") and text.text.annotations[0].file_citation.file_id == "file_1"
    assert type(text.text.annotations[0]).__name__ == "FileCitationAnnotation"
    assert image.image_file.detail == "low"
    page = c.beta.threads.messages.list("thread_1", run_id="run_1", order="asc")
    assert api.last.target == "/v1/threads/thread_1/messages?order=asc&run_id=run_1"
    assert page.data[0].id == "msg_1"


def test_message_retrieve_update_delete_paths(api: Any) -> None:
    api.default = Reply(200, {"id": "msg_1", "object": "thread.message.deleted", "deleted": True})
    c = client(api)
    c.beta.threads.messages.retrieve("msg_1", thread_id="thread_1")
    assert (api.last.method, api.last.path) == ("GET", "/v1/threads/thread_1/messages/msg_1")
    c.beta.threads.messages.update("msg_1", thread_id="thread_1", metadata={"x": "y"})
    assert (api.last.method, api.last.json()) == ("POST", {"metadata": {"x": "y"}})
    d = c.beta.threads.messages.delete("msg_1", thread_id="thread_1")
    assert api.last.method == "DELETE" and d.deleted is True
    with pytest.raises(ValueError, match="thread_id"):
        c.beta.threads.messages.retrieve("msg_1", thread_id="")


def test_run_create_query_and_body(api: Any) -> None:
    api.default = Reply(200, RUN)
    r = client(api).beta.threads.runs.create(
        "thread_1", assistant_id="asst_1", include=["step_details.tool_calls[*].file_search.results[*].content"],
        additional_messages=[{"role": "user", "content": "more"}], max_prompt_tokens=500,
        truncation_strategy={"type": "last_messages", "last_messages": 3}, tool_choice="required")
    assert api.last.path == "/v1/threads/thread_1/runs"
    assert api.last.params == [("include[]", "step_details.tool_calls[*].file_search.results[*].content")]
    assert api.last.body == (b'{"assistant_id":"asst_1","additional_messages":[{"role":"user","content":"more"}],'
                             b'"max_prompt_tokens":500,"tool_choice":"required",'
                             b'"truncation_strategy":{"type":"last_messages","last_messages":3}}')
    assert isinstance(r, Run) and r.status == "queued" and r.truncation_strategy is not None
    assert r.truncation_strategy.type == "auto" and r.tools[0].type == "code_interpreter"
    assert r.required_action is None and r.tool_choice == "auto"


def test_run_requires_action_parses_tool_calls(api: Any) -> None:
    api.default = Reply(200, run(status="requires_action", required_action={
        "type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}]}},
        usage={"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}))
    r = client(api).beta.threads.runs.retrieve("run_1", thread_id="thread_1")
    assert r.required_action is not None
    call = r.required_action.submit_tool_outputs.tool_calls[0]
    assert type(call).__name__ == "RequiredActionFunctionToolCall" and call.function.name == "f"
    assert r.usage is not None and r.usage.total_tokens == 7


def test_submit_tool_outputs_update_cancel(api: Any) -> None:
    api.default = Reply(200, RUN)
    c = client(api)
    c.beta.threads.runs.submit_tool_outputs("run_1", thread_id="thread_1",
                                            tool_outputs=[{"tool_call_id": "call_1", "output": "42"}])
    assert api.last.path == "/v1/threads/thread_1/runs/run_1/submit_tool_outputs"
    assert api.last.json() == {"tool_outputs": [{"tool_call_id": "call_1", "output": "42"}]}
    c.beta.threads.runs.update("run_1", thread_id="thread_1", metadata={"k": "v"})
    assert api.last.json() == {"metadata": {"k": "v"}}
    c.beta.threads.runs.cancel("run_1", thread_id="thread_1")
    assert api.last.path == "/v1/threads/thread_1/runs/run_1/cancel" and api.last.body == b""


def test_run_steps_with_tool_call_details(api: Any) -> None:
    step = {"id": "step_1", "object": "thread.run.step", "created_at": 1, "run_id": "run_1",
            "assistant_id": "asst_1", "thread_id": "thread_1", "type": "tool_calls", "status": "completed",
            "step_details": {"type": "tool_calls", "tool_calls": [
                {"id": "call_1", "type": "code_interpreter", "code_interpreter": {
                    "input": "1+1", "outputs": [{"type": "logs", "logs": "2"},
                                                {"type": "image", "image": {"file_id": "file_9"}}]}},
                {"id": "call_2", "type": "file_search", "file_search": {
                    "ranking_options": {"ranker": "auto", "score_threshold": 0.5},
                    "results": [{"file_id": "f", "file_name": "a.pdf", "score": 1, "content": [{"type": "text", "text": "x"}]}]}},
                {"id": "call_3", "type": "function", "function": {"name": "f", "arguments": "{}", "output": None}},
            ]}, "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
    api.queue(Reply(200, step), Reply(200, {"object": "list", "data": [step], "has_more": False}))
    c = client(api)
    s = c.beta.threads.runs.steps.retrieve("step_1", thread_id="thread_1", run_id="run_1",
                                           include=["step_details.tool_calls[*].file_search.results[*].content"])
    assert api.last.path == "/v1/threads/thread_1/runs/run_1/steps/step_1"
    assert api.last.params == [("include[]", "step_details.tool_calls[*].file_search.results[*].content")]
    assert isinstance(s, RunStep) and type(s.step_details).__name__ == "ToolCallsStepDetails"
    code, search, fn = s.step_details.tool_calls
    assert [type(o).__name__ for o in code.code_interpreter.outputs] == ["CodeInterpreterOutputLogs",
                                                                        "CodeInterpreterOutputImage"]
    assert search.file_search.results[0].score == 1.0 and fn.function.output is None
    page = c.beta.threads.runs.steps.list("run_1", thread_id="thread_1", limit=1)
    assert api.last.target == "/v1/threads/thread_1/runs/run_1/steps?limit=1"
    assert page.data[0].id == "step_1"


# ---- streams -------------------------------------------------------------------------------

STREAM = [
    ("thread.created", {"id": "thread_1", "object": "thread", "created_at": 1}),
    ("thread.run.created", RUN),
    ("thread.run.step.delta", {"id": "step_1", "object": "thread.run.step.delta", "delta": {"step_details": {
        "type": "tool_calls", "tool_calls": [{"index": 0, "type": "function", "id": "call_1",
                                              "function": {"name": "f", "arguments": "{\"a\""}}]}}}),
    ("thread.message.delta", {"id": "msg_1", "object": "thread.message.delta", "delta": {
        "content": [{"index": 0, "type": "text", "text": {"value": "Hel", "annotations": []}}]}}),
    ("thread.run.completed", run(status="completed")),
]


def test_create_and_run_stream_yields_typed_events(api: Any) -> None:
    api.queue(events(*STREAM))
    stream = client(api).beta.threads.create_and_run(assistant_id="asst_1", stream=True,
                                                    thread={"messages": [{"role": "user", "content": "hi"}]})
    got = list(stream)
    assert api.last.path == "/v1/threads/runs" and api.last.json() == {
        "assistant_id": "asst_1", "stream": True, "thread": {"messages": [{"role": "user", "content": "hi"}]}}
    assert [type(e) for e in got] == [ThreadCreated, ThreadRunCreated, ThreadRunStepDelta, ThreadMessageDelta,
                                      ThreadRunCompleted]
    assert [e.event for e in got][:2] == ["thread.created", "thread.run.created"]
    step_delta = got[2].data.delta.step_details
    assert type(step_delta).__name__ == "ToolCallDeltaObject"
    assert type(step_delta.tool_calls[0]).__name__ == "FunctionToolCallDelta"
    text = got[3].data.delta.content[0]
    assert type(text).__name__ == "TextDeltaBlock" and text.text.value == "Hel"
    assert isinstance(got[4].data, Run) and got[4].data.status == "completed"


def test_run_create_and_submit_tool_outputs_stream(api: Any) -> None:
    api.queue(events(("thread.run.requires_action", run(status="requires_action"))),
              events(("thread.run.completed", run(status="completed")),
                     ("error", {"error": {"message": "late", "type": "server_error"}})))
    c = client(api)
    first = list(c.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True))
    assert isinstance(first[0], ThreadRunRequiresAction) and api.last.json()["stream"] is True
    stream = c.beta.threads.runs.submit_tool_outputs("run_1", thread_id="thread_1", stream=True,
                                                     tool_outputs=[{"tool_call_id": "c", "output": "1"}])
    assert api.last.json() == {"tool_outputs": [{"tool_call_id": "c", "output": "1"}], "stream": True}
    assert isinstance(next(stream), ThreadRunCompleted)
    # an `error` event ends the stream with the API's message (streaming_pagination.md §2)
    with pytest.raises(APIError, match="late"):
        next(stream)


def test_async_stream_of_events(api: Any) -> None:
    api.queue(events(*STREAM))

    async def main() -> List[Any]:
        async with aclient(api) as c:
            stream = await c.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True)
            return [e async for e in stream]

    got = asyncio.run(main())
    assert [e.event for e in got] == [name for name, _ in STREAM]
    assert api.last.headers["x-stainless-async"] == "async:asyncio"


def test_stream_through_the_streaming_response_view(api: Any) -> None:
    api.queue(events(*STREAM[:2]))
    with client(api).beta.threads.runs.with_streaming_response.create("thread_1", assistant_id="a",
                                                                      stream=True) as response:
        assert response.headers["content-type"] == "text/event-stream"
        got = [e.event for e in response.parse()]
    assert got == ["thread.created", "thread.run.created"]
    assert api.last.headers["x-stainless-raw-response"] == "stream"


# ---- polling helpers -----------------------------------------------------------------------

def test_create_and_poll_follows_the_server_interval(api: Any) -> None:
    api.queue(Reply(200, run()), Reply(200, run(status="in_progress"), headers={"openai-poll-after-ms": "1"}),
              Reply(200, run(status="completed")))
    started = time.monotonic()
    r = client(api).beta.threads.runs.create_and_poll(thread_id="thread_1", assistant_id="asst_1",
                                                      instructions="go", extra_headers={"X-Trace": "t"})
    # the first wait came from the server (1 ms); a default 1 s wait would show here
    assert time.monotonic() - started < 0.9
    assert r.status == "completed" and isinstance(r, Run)
    create, poll1, poll2 = api.requests
    assert create.json() == {"assistant_id": "asst_1", "instructions": "go", "stream": False}
    assert "x-stainless-poll-helper" not in create.headers and create.headers["x-trace"] == "t"
    for p in (poll1, poll2):
        assert (p.method, p.path) == ("GET", "/v1/threads/thread_1/runs/run_1")
        assert p.headers["x-stainless-poll-helper"] == "true" and p.headers["x-trace"] == "t"
        assert p.headers["openai-beta"] == "assistants=v2"
        assert "x-stainless-custom-poll-interval" not in p.headers


def test_poll_with_a_custom_interval_stops_at_requires_action(api: Any) -> None:
    api.queue(Reply(200, run(status="in_progress")), Reply(200, run(status="requires_action")))
    r = client(api).beta.threads.runs.poll("run_1", "thread_1", poll_interval_ms=2)
    assert r.status == "requires_action" and len(api.requests) == 2
    assert all(p.headers["x-stainless-custom-poll-interval"] == "2" for p in api.requests)


def test_poll_through_the_raw_view_still_returns_the_run(api: Any) -> None:
    api.queue(Reply(200, run(status="expired")))
    r = client(api).beta.threads.runs.with_raw_response.poll("run_1", thread_id="thread_1")
    assert isinstance(r, Run) and r.status == "expired"
    assert "x-stainless-raw-response" not in api.last.headers or api.last.headers["x-stainless-raw-response"] == "true"


def test_submit_tool_outputs_and_poll(api: Any) -> None:
    api.queue(Reply(200, run(status="queued")), Reply(200, run(status="incomplete")))
    r = client(api).beta.threads.runs.submit_tool_outputs_and_poll(
        run_id="run_1", thread_id="thread_1", tool_outputs=[{"tool_call_id": "c", "output": "o"}], poll_interval_ms=1)
    assert r.status == "incomplete"
    assert api.requests[0].json() == {"tool_outputs": [{"tool_call_id": "c", "output": "o"}], "stream": False}
    assert api.requests[1].headers["x-stainless-custom-poll-interval"] == "1"


def test_create_and_run_poll_uses_the_new_thread(api: Any) -> None:
    api.queue(Reply(200, run(thread_id="thread_9")), Reply(200, run(thread_id="thread_9", status="failed",
                                                                     last_error={"code": "server_error", "message": "x"})))
    r = client(api).beta.threads.create_and_run_poll(assistant_id="asst_1", poll_interval_ms=1,
                                                     thread={"messages": []})
    assert r.status == "failed" and r.last_error is not None and r.last_error.code == "server_error"
    assert api.requests[0].json() == {"assistant_id": "asst_1", "stream": False, "thread": {"messages": []}}
    assert api.requests[1].path == "/v1/threads/thread_9/runs/run_1"


def test_async_polling_helpers(api: Any) -> None:
    api.queue(Reply(200, run()), Reply(200, run(status="in_progress"), headers={"openai-poll-after-ms": "1"}),
              Reply(200, run(status="cancelled")),
              Reply(200, run(status="queued")), Reply(200, run(status="completed")),
              Reply(200, run()), Reply(200, run(status="completed")))

    async def main() -> List[str]:
        async with aclient(api) as c:
            a = await c.beta.threads.runs.create_and_poll(thread_id="thread_1", assistant_id="asst_1")
            b = await c.beta.threads.runs.submit_tool_outputs_and_poll(
                run_id="run_1", thread_id="thread_1", tool_outputs=[], poll_interval_ms=1)
            d = await c.beta.threads.create_and_run_poll(assistant_id="asst_1", poll_interval_ms=1)
            return [a.status, b.status, d.status]

    assert asyncio.run(main()) == ["cancelled", "completed", "completed"]
    assert [r.method for r in api.requests] == ["POST", "GET", "GET", "POST", "GET", "POST", "GET"]
    assert all(r.headers["x-stainless-async"] == "async:asyncio" for r in api.requests)


def test_polling_error_propagates(api: Any) -> None:
    from openai_lite import NotFoundError

    api.queue(Reply(404, {"error": {"message": "No run", "type": "invalid_request_error"}}))
    with pytest.raises(NotFoundError, match="No run"):
        client(api).beta.threads.runs.poll("run_x", "thread_1")
