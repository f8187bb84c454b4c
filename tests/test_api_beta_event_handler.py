"""The Assistants stream helpers: managers that send the request on entry, and event
handlers whose hooks see snapshots accumulated from the deltas (sync and async)."""
from __future__ import annotations

import asyncio
import json
from typing import Any, List, Tuple

import pytest

from openai_lite import APIConnectionError, AsyncOpenAI, OpenAI
from openai_lite.resources.beta._assistant_events import (
    AssistantEventHandler, AssistantStreamManager, AsyncAssistantEventHandler, AsyncAssistantStreamManager,
    merge_delta,
)
from tests.apiserver import Reply
from tests.test_api_beta_assistants import RUN, events, run

STEP = {"id": "step_1", "object": "thread.run.step", "created_at": 1, "run_id": "run_1", "assistant_id": "asst_1",
        "thread_id": "thread_1", "type": "tool_calls", "status": "in_progress",
        "step_details": {"type": "tool_calls", "tool_calls": []}}
MSG = {"id": "msg_1", "object": "thread.message", "created_at": 1, "thread_id": "thread_1", "status": "in_progress",
       "role": "assistant", "content": [], "assistant_id": "asst_1", "run_id": "run_1", "attachments": [], "metadata": {}}


def step_delta(index: int, **call: Any) -> Tuple[str, Any]:
    return ("thread.run.step.delta", {"id": "step_1", "object": "thread.run.step.delta", "delta": {
        "step_details": {"type": "tool_calls", "tool_calls": [dict(index=index, **call)]}}})


def msg_delta(index: int, part: Any) -> Tuple[str, Any]:
    return ("thread.message.delta", {"id": "msg_1", "object": "thread.message.delta", "delta": {
        "content": [dict(index=index, **part)]}})


FINAL_MSG = dict(MSG, status="completed", content=[
    {"type": "text", "text": {"value": "Hello world", "annotations": []}},
    {"type": "image_file", "image_file": {"file_id": "file_img"}}])
SCRIPT = [
    ("thread.run.created", RUN),
    ("thread.run.step.created", STEP),
    step_delta(0, id="call_1", type="function", function={"name": "f", "arguments": "{\"a\""}),
    step_delta(0, type="function", function={"arguments": ": 1}"}),
    step_delta(1, id="call_2", type="code_interpreter", code_interpreter={"input": "1+", "outputs": []}),
    step_delta(1, type="code_interpreter", code_interpreter={"input": "1", "outputs": [
        {"index": 0, "type": "logs", "logs": "2"}]}),
    ("thread.run.step.completed", dict(STEP, status="completed", step_details={"type": "tool_calls", "tool_calls": [
        {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{\"a\": 1}", "output": None}},
        {"id": "call_2", "type": "code_interpreter", "code_interpreter": {"input": "1+1", "outputs": [
            {"type": "logs", "logs": "2"}]}}]})),
    ("thread.message.created", MSG),
    msg_delta(0, {"type": "text", "text": {"value": "Hello", "annotations": []}}),
    msg_delta(0, {"type": "text", "text": {"value": " world"}}),
    msg_delta(1, {"type": "image_file", "image_file": {"file_id": "file_img"}}),
    ("thread.message.completed", FINAL_MSG),
    ("thread.run.completed", run(status="completed")),
]


class Recorder(AssistantEventHandler):
    def __init__(self) -> None:
        super().__init__()
        self.calls: List[Tuple[str, Any]] = []

    def on_run_step_created(self, run_step: Any) -> None:
        self.calls.append(("step_created", run_step.id))

    def on_run_step_done(self, run_step: Any) -> None:
        self.calls.append(("step_done", run_step.status))

    def on_tool_call_created(self, tool_call: Any) -> None:
        self.calls.append(("tool_created", tool_call.id))

    def on_tool_call_delta(self, delta: Any, snapshot: Any) -> None:
        if snapshot.type == "function":
            self.calls.append(("tool_delta", snapshot.function.arguments))
        else:
            self.calls.append(("tool_delta", snapshot.code_interpreter.input))

    def on_tool_call_done(self, tool_call: Any) -> None:
        self.calls.append(("tool_done", tool_call.id))

    def on_message_created(self, message: Any) -> None:
        self.calls.append(("message_created", message.id))

    def on_text_created(self, text: Any) -> None:
        self.calls.append(("text_created", text.value))

    def on_text_delta(self, delta: Any, snapshot: Any) -> None:
        self.calls.append(("text_delta", delta.value, snapshot.value))

    def on_text_done(self, text: Any) -> None:
        self.calls.append(("text_done", text.value))

    def on_image_file_done(self, image_file: Any) -> None:
        self.calls.append(("image_done", image_file.file_id))

    def on_message_done(self, message: Any) -> None:
        self.calls.append(("message_done", message.status))

    def on_exception(self, exception: Exception) -> None:
        self.calls.append(("exception", type(exception).__name__))

    def on_end(self) -> None:
        self.calls.append(("end",))


EXPECTED_CALLS = [
    ("step_created", "step_1"),
    ("tool_created", "call_1"),
    ("tool_delta", "{\"a\": 1}"),
    ("tool_done", "call_1"),
    ("tool_created", "call_2"),
    ("tool_delta", "1+1"),
    ("tool_done", "call_2"),
    ("step_done", "completed"),
    ("message_created", "msg_1"),
    ("text_created", "Hello"),
    ("text_delta", "Hello", "Hello"),
    ("text_delta", " world", "Hello world"),
    ("text_done", "Hello world"),
    ("image_done", "file_img"),
    ("message_done", "completed"),
    ("end",),
]


def client(api: Any) -> OpenAI:
    return OpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0)


def test_runs_stream_calls_the_hooks_in_order(api: Any) -> None:
    api.queue(events(*SCRIPT))
    handler = Recorder()
    manager = client(api).beta.threads.runs.stream(thread_id="thread_1", assistant_id="asst_1",
                                                   event_handler=handler, instructions="go")
    assert isinstance(manager, AssistantStreamManager) and api.requests == []  # nothing sent yet
    with manager as stream:
        assert stream is handler
        run_obj = stream.get_final_run()
    assert handler.calls == EXPECTED_CALLS
    assert run_obj.status == "completed"
    r = api.last
    assert (r.method, r.path) == ("POST", "/v1/threads/thread_1/runs")
    assert r.json() == {"assistant_id": "asst_1", "instructions": "go", "stream": True}
    assert r.headers["x-stainless-stream-helper"] == "threads.runs.create_and_stream"
    assert r.headers["x-stainless-custom-event-handler"] == "true"
    assert r.headers["openai-beta"] == "assistants=v2"
    steps = handler.get_final_run_steps()
    assert [c.id for c in steps[0].step_details.tool_calls] == ["call_1", "call_2"]
    messages = handler.get_final_messages()
    assert messages[0].content[0].text.value == "Hello world"


def test_snapshots_while_streaming(api: Any) -> None:
    api.queue(events(*SCRIPT))
    seen: List[Any] = []
    with client(api).beta.threads.runs.create_and_stream(thread_id="thread_1", assistant_id="asst_1") as stream:
        assert type(stream) is AssistantEventHandler
        for event in stream:
            if event.event == "thread.run.step.delta":
                call = stream.current_run_step_snapshot.step_details.tool_calls[-1]
                seen.append(call.function.arguments if call.type == "function" else call.code_interpreter.input)
            if event.event == "thread.message.delta":
                seen.append(stream.current_message_snapshot.content[0].text.value)
            assert stream.current_event is event
        assert stream.current_run is not None and stream.current_run.status == "completed"
    assert seen == ["{\"a\"", "{\"a\": 1}", "1+", "1+1", "Hello", "Hello world", "Hello world"]
    assert api.last.headers["x-stainless-custom-event-handler"] == "false"


def test_text_deltas_and_until_done(api: Any) -> None:
    api.queue(events(*SCRIPT), events(*SCRIPT))
    c = client(api)
    with c.beta.threads.create_and_run_stream(assistant_id="asst_1", thread={"messages": []}) as stream:
        assert list(stream.text_deltas) == ["Hello", " world"]
    assert api.last.path == "/v1/threads/runs"
    assert api.last.json() == {"assistant_id": "asst_1", "stream": True, "thread": {"messages": []}}
    assert api.last.headers["x-stainless-stream-helper"] == "threads.create_and_run_stream"
    with c.beta.threads.runs.submit_tool_outputs_stream(run_id="run_1", thread_id="thread_1",
                                                        tool_outputs=[{"tool_call_id": "call_1", "output": "1"}],
                                                        extra_headers={"X-Stainless-Custom-Event-Handler": "x"}) as s:
        assert s.until_done() is s
    assert api.last.path == "/v1/threads/thread_1/runs/run_1/submit_tool_outputs"
    assert api.last.json() == {"tool_outputs": [{"tool_call_id": "call_1", "output": "1"}], "stream": True}
    assert api.last.headers["x-stainless-stream-helper"] == "threads.runs.submit_tool_outputs_stream"
    assert api.last.headers["x-stainless-custom-event-handler"] == "x"


def test_a_handler_serves_one_stream_and_needs_one(api: Any) -> None:
    api.queue(events(*SCRIPT))
    handler = AssistantEventHandler()
    with pytest.raises(RuntimeError, match="not attached"):
        next(iter(handler))
    c = client(api)
    with c.beta.threads.runs.stream(thread_id="thread_1", assistant_id="a", event_handler=handler) as s:
        s.until_done()
    with pytest.raises(RuntimeError, match="cannot be shared"):
        with c.beta.threads.runs.stream(thread_id="thread_1", assistant_id="a", event_handler=handler):
            pass


def test_errors_reach_on_exception_and_on_end(api: Any) -> None:
    cut = [f"event: thread.run.created\ndata: {json.dumps(RUN)}\n\n".encode(), b"event: thread.run"]
    api.queue(Reply(200, chunks=cut, headers={"Content-Type": "text/event-stream"}))
    handler = Recorder()
    with pytest.raises(APIConnectionError):
        with client(api).beta.threads.runs.stream(thread_id="t", assistant_id="a", event_handler=handler) as s:
            s.until_done()
    assert handler.calls == [("exception", "APIConnectionError"), ("end",)]
    with pytest.raises(RuntimeError, match="No final run"):
        api.queue(events(("thread.created", {"id": "thread_1", "object": "thread", "created_at": 1})))
        with client(api).beta.threads.create_and_run_stream(assistant_id="a") as s:
            s.get_final_run()


def test_unknown_parameters_are_refused_when_sent(api: Any) -> None:
    with pytest.raises(TypeError):
        with client(api).beta.threads.runs.stream(thread_id="t", assistant_id="a", no_such_param=1):
            pass
    assert api.requests == []


class AsyncRecorder(AsyncAssistantEventHandler):
    def __init__(self) -> None:
        super().__init__()
        self.calls: List[Any] = []

    async def on_text_delta(self, delta: Any, snapshot: Any) -> None:
        await asyncio.sleep(0)
        self.calls.append(("text_delta", delta.value, snapshot.value))

    async def on_tool_call_done(self, tool_call: Any) -> None:
        self.calls.append(("tool_done", tool_call.id))

    async def on_end(self) -> None:
        self.calls.append(("end",))


def test_async_stream_helpers(api: Any) -> None:
    api.queue(events(*SCRIPT), events(*SCRIPT), events(*SCRIPT))

    async def main() -> Any:
        async with AsyncOpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0) as c:
            handler = AsyncRecorder()
            manager = c.beta.threads.runs.stream(thread_id="thread_1", assistant_id="a", event_handler=handler)
            assert isinstance(manager, AsyncAssistantStreamManager)
            async with manager as stream:
                final = await stream.get_final_run()
            async with c.beta.threads.create_and_run_stream(assistant_id="a") as s2:
                deltas = [d async for d in s2.text_deltas]
            async with c.beta.threads.runs.submit_tool_outputs_stream(
                    run_id="run_1", thread_id="thread_1", tool_outputs=[]) as s3:
                messages = await s3.get_final_messages()
                steps = await s3.get_final_run_steps()
            return handler.calls, final.status, deltas, messages[0].content[0].text.value, len(steps)

    calls, status, deltas, text, n_steps = asyncio.run(main())
    assert calls == [("tool_done", "call_1"), ("tool_done", "call_2"), ("text_delta", "Hello", "Hello"),
                     ("text_delta", " world", "Hello world"), ("end",)]
    assert (status, deltas, text, n_steps) == ("completed", ["Hello", " world"], "Hello world", 1)
    assert all(r.headers["x-stainless-async"] == "async:asyncio" for r in api.requests)


def test_merge_rules() -> None:
    acc = {"a": "x", "n": {"k": "1"}, "items": [{"v": "a"}], "tags": ["t"], "type": "old"}
    merge_delta(acc, {"a": "y", "n": {"k": "2", "new": 1}, "items": [{"index": 0, "v": "b"}, {"index": 1, "v": "c"}],
                      "tags": ["u"], "type": "new", "none": None})
    assert acc == {"a": "xy", "n": {"k": "12", "new": 1}, "items": [{"v": "ab"}, {"v": "c"}], "tags": ["t", "u"],
                   "type": "new", "none": None}
