"""Scripting FakeOpenAI: overrides, queues, faults and request records, seen over HTTP."""
from __future__ import annotations

import http.client
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from typing import Any, Dict, List, Optional, Tuple

import pytest

from openai_lite.testing import FakeOpenAI, FakeResponse, RecordedRequest, api_error


class Reply:
    def __init__(self, response: http.client.HTTPResponse, data: bytes) -> None:
        self.status = response.status
        self.headers = response.headers
        self.data = data

    @property
    def json(self) -> Any:
        return json.loads(self.data)


def connect(fake: FakeOpenAI, timeout: float = 5.0) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", fake.port, timeout=timeout)


def call(fake: FakeOpenAI, method: str, path: str, body: Any = None, *, timeout: float = 5.0,
         headers: Optional[Dict[str, str]] = None) -> Reply:
    conn = connect(fake, timeout)
    try:
        sent = dict(headers or {})
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
        conn.request(method, path, body=data, headers=sent)
        response = conn.getresponse()
        return Reply(response, response.read())
    finally:
        conn.close()


def chat(fake: FakeOpenAI, content: str = "ping", *, timeout: float = 5.0, **extra: Any) -> Reply:
    return call(fake, "POST", "/v1/chat/completions",
                {"model": "gpt-4o", "messages": [{"role": "user", "content": content}], **extra},
                timeout=timeout)


def stream_chunks(reply: Reply) -> List[Dict[str, Any]]:
    text = reply.data.decode()
    datas = [block[len("data: "):] for block in text.strip().split("\n\n")]
    assert datas[-1] == "[DONE]"
    return [json.loads(d) for d in datas[:-1]]


@pytest.fixture
def fake() -> Any:
    with FakeOpenAI() as server:
        yield server


# --- standing overrides -------------------------------------------------------------------------

def test_partial_dict_is_completed_into_a_full_chat_completion(fake: FakeOpenAI) -> None:
    fake.chat.completions.create.response = {"choices": [{"message": {"content": "hi"}}]}
    body = chat(fake, "a much longer question than the answer").json
    assert body["id"].startswith("chatcmpl-") and body["object"] == "chat.completion"
    assert isinstance(body["created"], int) and body["model"] == "gpt-4o"
    assert body["choices"] == [{"index": 0, "logprobs": None, "finish_reason": "stop",
                                "message": {"role": "assistant", "content": "hi",
                                            "refusal": None, "annotations": []}}]
    assert body["usage"]["completion_tokens"] == 1  # counted from the scripted text
    assert chat(fake, "again").json["choices"][0]["message"]["content"] == "hi"  # it stays
    fake.chat.completions.create.response = None
    assert chat(fake, "echo me").json["choices"][0]["message"]["content"] == "echo me"


def test_override_with_extra_choices_and_explicit_usage(fake: FakeOpenAI) -> None:
    fake.chat.completions.create.response = {
        "choices": [{"message": {"content": "a"}}, {"message": {"content": "b"},
                                                    "finish_reason": "length"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}}
    body = chat(fake).json
    assert [(c["index"], c["message"]["content"], c["finish_reason"]) for c in body["choices"]] == [
        (0, "a", "stop"), (1, "b", "length")]
    assert body["usage"] == {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}


def test_string_override_is_the_reply_text_also_when_streamed(fake: FakeOpenAI) -> None:
    fake.chat.completions.create.response = "scripted answer here"
    assert chat(fake).json["choices"][0]["message"]["content"] == "scripted answer here"
    chunks = stream_chunks(chat(fake, stream=True))
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks) == \
        "scripted answer here"


def test_scripted_tool_calls_are_filled_in_and_streamed_by_index(fake: FakeOpenAI) -> None:
    fake.chat.completions.create.response = {"choices": [{"message": {"tool_calls": [
        {"function": {"name": "get_weather", "arguments": {"city": "Paris"}}},
        {"function": {"name": "get_time", "arguments": '{"tz": "CET"}'}}]}}]}
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]
    body = chat(fake, tools=tools).json
    choice = body["choices"][0]
    assert choice["finish_reason"] == "tool_calls" and choice["message"]["content"] is None
    calls = choice["message"]["tool_calls"]
    assert [c["type"] for c in calls] == ["function", "function"]
    assert all(c["id"].startswith("call_") for c in calls) and calls[0]["id"] != calls[1]["id"]
    assert calls[0]["function"] == {"name": "get_weather", "arguments": '{"city": "Paris"}'}

    chunks = stream_chunks(chat(fake, tools=tools, stream=True))
    deltas = [d for c in chunks for d in c["choices"][0]["delta"].get("tool_calls") or []]
    args: Dict[int, str] = {}
    names: Dict[int, str] = {}
    for delta in deltas:
        args[delta["index"]] = args.get(delta["index"], "") + delta["function"].get("arguments", "")
        if "id" in delta:
            names[delta["index"]] = delta["function"]["name"]
    assert names == {0: "get_weather", 1: "get_time"}
    assert args == {0: '{"city": "Paris"}', 1: '{"tz": "CET"}'}
    assert sum(1 for d in deltas if d["index"] == 0) > 2  # arguments arrive in several deltas
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"


def test_callable_reply_sees_the_request(fake: FakeOpenAI) -> None:
    seen: List[RecordedRequest] = []

    def reply(request: RecordedRequest) -> Any:
        seen.append(request)
        if request.json["messages"][-1]["content"] == "default please":
            return None
        return {"choices": [{"message": {"content": request.json["model"].upper()}}]}

    fake.chat.completions.create.response = reply
    assert chat(fake).json["choices"][0]["message"]["content"] == "GPT-4O"
    assert chat(fake, "default please").json["choices"][0]["message"]["content"] == "default please"
    assert [r.route for r in seen] == ["chat.completions.create"] * 2


def test_callable_that_raises_gives_a_500_naming_the_error(fake: FakeOpenAI) -> None:
    def broken(request: RecordedRequest) -> Any:
        raise ValueError("oops")

    fake.embeddings.create.response = broken
    reply = call(fake, "POST", "/v1/embeddings", {"model": "m", "input": "x"})
    assert reply.status == 500
    assert "ValueError: oops" in reply.json["error"]["message"]


def test_api_error_helper_in_a_callable(fake: FakeOpenAI) -> None:
    fake.models.retrieve.response = lambda request: api_error(
        404, "gone", param="model", code="model_not_found", headers={"x-extra": "1"})
    reply = call(fake, "GET", "/v1/models/gpt-4o")
    assert reply.status == 404 and reply.headers["x-extra"] == "1"
    assert reply.json == {"error": {"message": "gone", "type": "invalid_request_error",
                                    "param": "model", "code": "model_not_found"}}


def test_overrides_on_other_routes(fake: FakeOpenAI) -> None:
    fake.embeddings.create.response = {"data": [{"embedding": [0.5, 0.5]}]}
    body = call(fake, "POST", "/v1/embeddings", {"model": "m", "input": "x"}).json
    assert body["data"] == [{"object": "embedding", "index": 0, "embedding": [0.5, 0.5]}]
    assert body["usage"]["total_tokens"] == 1

    fake.models.list.response = {"data": [{"id": "only-model"}]}
    models = call(fake, "GET", "/v1/models").json["data"]
    assert [m["id"] for m in models] == ["only-model"]
    assert set(models[0]) == {"id", "object", "created", "owned_by"}

    fake.audio.speech.create.response = b"RIFFfake"
    speech = call(fake, "POST", "/v1/audio/speech",
                  {"model": "tts-1", "input": "x", "voice": "alloy", "response_format": "wav"})
    assert speech.data == b"RIFFfake" and speech.headers["content-type"] == "audio/wav"

    fake.moderations.create.response = {"results": [{"flagged": True}]}
    result = call(fake, "POST", "/v1/moderations", {"input": "calm"}).json["results"][0]
    assert result["flagged"] is True and "categories" in result


def test_file_overrides_persist_in_the_store(fake: FakeOpenAI) -> None:
    fake.files.create.response = {"status": "error", "status_details": "bad lines"}
    boundary = "0123456789abcdef0123456789abcdef"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jsonl\"\r\n"
            f"Content-Type: application/jsonl\r\n\r\n{{}}\r\n--{boundary}--\r\n").encode()
    conn = connect(fake)
    conn.request("POST", "/v1/files", body=body,
                 headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    created = json.loads(conn.getresponse().read())
    conn.close()
    assert created["status"] == "error" and created["filename"] == "a.jsonl"
    assert call(fake, "GET", f"/v1/files/{created['id']}").json["status"] == "error"
    fake.files.content.response = b"replaced"
    assert call(fake, "GET", f"/v1/files/{created['id']}/content").data == b"replaced"


def test_responses_override_with_a_function_call_item(fake: FakeOpenAI) -> None:
    fake.responses.create.response = {"output": [
        {"type": "function_call", "name": "lookup", "arguments": {"q": "cats"}}]}
    body = call(fake, "POST", "/v1/responses", {"model": "m", "input": "x"}).json
    item = body["output"][0]
    assert set(item) == {"type", "name", "arguments", "id", "call_id", "status"}  # no message keys
    assert item["arguments"] == '{"q": "cats"}' and item["id"].startswith("fc_")
    assert call(fake, "GET", f"/v1/responses/{body['id']}").json["output"] == [item]

    reply = call(fake, "POST", "/v1/responses", {"model": "m", "input": "x", "stream": True})
    events = [json.loads(block.split("\ndata: ", 1)[1])
              for block in reply.data.decode().strip().split("\n\n")]
    kinds = [e["type"] for e in events]
    assert kinds[2] == "response.output_item.added" and events[2]["item"]["arguments"] == ""
    assert "response.function_call_arguments.delta" in kinds
    done = next(e for e in events if e["type"] == "response.function_call_arguments.done")
    assert done["arguments"] == '{"q": "cats"}' and done["name"] == "lookup"


def test_responses_string_override(fake: FakeOpenAI) -> None:
    fake.responses.create.response = "Canned."
    body = call(fake, "POST", "/v1/responses", {"model": "m", "input": "x"}).json
    assert body["output"][0]["content"][0]["text"] == "Canned."
    assert body["output"][0]["id"].startswith("msg_")


# --- queues -----------------------------------------------------------------------------------

def test_queue_is_consumed_in_order_before_the_fallback(fake: FakeOpenAI) -> None:
    handle = fake.chat.completions.create
    handle.response = "standing"
    handle.queue("first", {"choices": [{"message": {"content": "second"}}]})
    fake.queue("POST /v1/chat/completions", "third")
    assert handle.pending == 3
    texts = [chat(fake).json["choices"][0]["message"]["content"] for _ in range(4)]
    assert texts == ["first", "second", "third", "standing"]
    assert handle.pending == 0
    assert fake.route("chat.completions.create") is handle
    assert fake.route("POST /chat/completions") is handle
    assert fake.route("GET /v1/files/file-abc") is fake.files.retrieve
    with pytest.raises(KeyError, match="no such route"):
        fake.route("chat.completions.nope")


def test_invalid_requests_do_not_consume_the_queue(fake: FakeOpenAI) -> None:
    fake.chat.completions.create.queue("scripted")
    bad = call(fake, "POST", "/v1/chat/completions", {"messages": [{"role": "user", "content": "x"}]})
    assert bad.status == 400
    assert chat(fake).json["choices"][0]["message"]["content"] == "scripted"


def test_exact_fake_response_is_sent_unchanged(fake: FakeOpenAI) -> None:
    fake.chat.completions.create.queue(
        FakeResponse(json={"weird": True}, headers={"x-custom": "yes"}),
        FakeResponse(201, body="plain", content_type="text/plain"),
        FakeResponse(sse=[{"choices": []}, ("ping", "x"), b": comment\n\n",
                          {"error": {"message": "boom"}}, "[DONE]"]))
    first = chat(fake)
    assert first.json == {"weird": True} and first.headers["x-custom"] == "yes"
    assert first.headers["x-request-id"].startswith("req_")
    second = chat(fake)
    assert (second.status, second.data, second.headers["content-type"]) == (201, b"plain", "text/plain")
    third = chat(fake)
    assert third.data == (b'data: {"choices": []}\n\nevent: ping\ndata: x\n\n: comment\n\n'
                          b'data: {"error": {"message": "boom"}}\n\ndata: [DONE]\n\n')


def test_fake_response_without_body_keeps_the_default_reply(fake: FakeOpenAI) -> None:
    fake.chat.completions.create.queue(FakeResponse(headers={"x-ratelimit-remaining-requests": "7"}))
    reply = chat(fake, "still echoed")
    assert reply.json["choices"][0]["message"]["content"] == "still echoed"
    assert reply.headers["x-ratelimit-remaining-requests"] == "7"


def test_fake_response_value_checks() -> None:
    with pytest.raises(ValueError):
        FakeResponse(json={}, body=b"")
    with pytest.raises(ValueError):
        FakeOpenAI().route("files.list").fail(500, times=0)


# --- fail() -----------------------------------------------------------------------------------

def test_fail_then_succeed_with_retry_headers(fake: FakeOpenAI) -> None:
    fake.fail("chat.completions.create", 429, times=2, headers={"retry-after": "1"})
    fake.chat.completions.create.fail(503, headers={"retry-after-ms": "250", "x-should-retry": "true"})
    first, second, third, fourth = (chat(fake) for _ in range(4))
    assert first.status == second.status == 429
    assert first.headers["retry-after"] == "1"
    assert first.json == {"error": {"message": "Rate limit reached for requests. Try again later.",
                                    "type": "requests", "param": None,
                                    "code": "rate_limit_exceeded"}}
    assert first.headers["x-request-id"].startswith("req_")
    assert third.status == 503
    assert third.headers["retry-after-ms"] == "250" and third.headers["x-should-retry"] == "true"
    assert third.json["error"]["type"] == "server_error"
    assert fourth.status == 200
    assert fake.chat.completions.create.call_count == 4


def test_fail_with_custom_body(fake: FakeOpenAI) -> None:
    fake.fail("models.list", 400, body={"error": {"message": "custom", "type": "x",
                                                  "param": None, "code": "c"}})
    fake.fail("models.list", 502, body="<html>bad gateway</html>")
    fake.fail("models.list", 418)
    assert call(fake, "GET", "/v1/models").json["error"]["message"] == "custom"
    html = call(fake, "GET", "/v1/models")
    assert html.status == 502 and html.data == b"<html>bad gateway</html>"
    assert html.headers["content-type"].startswith("text/plain")
    teapot = call(fake, "GET", "/v1/models")
    assert teapot.status == 418 and "message" in teapot.json["error"]


# --- faults -----------------------------------------------------------------------------------

def test_delay_before_answering(fake: FakeOpenAI) -> None:
    fake.chat.completions.create.queue(FakeResponse(delay=0.6), FakeResponse(delay=0.15))
    with pytest.raises(socket.timeout):
        chat(fake, timeout=0.2)
    started = time.monotonic()
    reply = chat(fake, "late but fine")
    assert time.monotonic() - started >= 0.14
    assert reply.json["choices"][0]["message"]["content"] == "late but fine"


def test_drop_connection_is_remote_disconnected(fake: FakeOpenAI) -> None:
    fake.chat.completions.create.queue(FakeResponse(drop_connection=True))
    with pytest.raises(http.client.RemoteDisconnected):
        chat(fake)
    assert chat(fake).status == 200


def test_truncated_body_is_incomplete_read(fake: FakeOpenAI) -> None:
    fake.chat.completions.create.queue(FakeResponse(truncate_body=True))
    conn = connect(fake)
    conn.request("POST", "/v1/chat/completions", body=json.dumps(
        {"model": "m", "messages": [{"role": "user", "content": "x"}]}),
        headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    assert response.status == 200
    with pytest.raises(http.client.IncompleteRead) as info:
        response.read()
    assert 0 < len(info.value.partial) < int(response.headers["content-length"])
    conn.close()


def test_reset_is_connection_reset(fake: FakeOpenAI) -> None:
    fake.models.list.queue(FakeResponse(reset=True))
    with pytest.raises(ConnectionResetError):
        call(fake, "GET", "/v1/models")


def test_stall_after_headers_times_out_the_body_read(fake: FakeOpenAI) -> None:
    fake.models.list.queue(FakeResponse(stall_after_headers=1.0))
    conn = connect(fake, timeout=0.2)
    conn.request("GET", "/v1/models")
    response = conn.getresponse()
    assert response.status == 200 and int(response.headers["content-length"]) > 0
    with pytest.raises(socket.timeout):
        response.read()
    conn.close()


def test_stream_stalls_after_n_chunks(fake: FakeOpenAI) -> None:
    fake.chat.completions.create.queue(FakeResponse(stream_stall_after_chunks=2, stall=1.0))
    conn = connect(fake, timeout=0.3)
    conn.request("POST", "/v1/chat/completions", body=json.dumps({
        "model": "m", "stream": True, "messages": [{"role": "user", "content": "one two three"}]}),
        headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    lines: List[bytes] = []
    with pytest.raises(socket.timeout):
        while True:
            lines.append(response.readline())
    data_lines = [line for line in lines if line.startswith(b"data: ")]
    assert len(data_lines) == 2
    conn.close()


def test_truncated_stream_ends_without_the_last_chunk(fake: FakeOpenAI) -> None:
    fake.chat.completions.create.queue(FakeResponse(truncate_body=True))
    conn = connect(fake)
    conn.request("POST", "/v1/chat/completions", body=json.dumps({
        "model": "m", "stream": True, "messages": [{"role": "user", "content": "a b c d e f"}]}),
        headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    with pytest.raises(http.client.IncompleteRead) as info:
        response.read()
    assert b"[DONE]" not in info.value.partial and info.value.partial.startswith(b"data: ")
    conn.close()


def test_stop_interrupts_a_delayed_reply() -> None:
    fake = FakeOpenAI().start()
    fake.models.list.queue(FakeResponse(delay=30))
    errors: List[BaseException] = []

    def client() -> None:
        try:
            call(fake, "GET", "/v1/models", timeout=5)
        except BaseException as exc:  # noqa: B902 - we only record it
            errors.append(exc)

    thread = threading.Thread(target=client)
    thread.start()
    deadline = time.monotonic() + 2
    while not fake.requests and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    fake.stop()
    thread.join(2)
    assert time.monotonic() - started < 1.0
    assert not thread.is_alive() and errors  # the client saw the connection close


# --- records ----------------------------------------------------------------------------------

def test_request_records(fake: FakeOpenAI) -> None:
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}
    req = urllib.request.Request(
        fake.base_url + "/chat/completions?api-version=1&x=a&x=b", data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "X-Stainless-Retry-Count": "0"})
    with urllib.request.urlopen(req, timeout=5) as response:
        assert response.status == 200
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(fake.base_url + "/nowhere", timeout=5)
    first, second = fake.requests
    assert (first.method, first.path, first.route) == ("POST", "/v1/chat/completions",
                                                       "chat.completions.create")
    assert first.query == {"api-version": "1", "x": "b"}
    assert first.query_items == [("api-version", "1"), ("x", "a"), ("x", "b")]
    assert first.headers["x-stainless-retry-count"] == "0"
    assert first.headers["X-STAINLESS-RETRY-COUNT"] == "0" and "content-type" in first.headers
    assert first.body == json.dumps(body).encode() and first.json == body
    assert first.text == json.dumps(body) and first.stream is False
    assert first.form == {} and first.files == {}
    assert (second.route, second.json) == (None, None)
    assert fake.last_request is second
    assert fake.chat.completions.create.calls == [first]
    assert fake.chat.completions.create.last_call is first
    assert fake.models.list.calls == []


def test_repeated_headers_are_joined_and_kept(fake: FakeOpenAI) -> None:
    conn = connect(fake)
    conn.putrequest("GET", "/v1/models")
    conn.putheader("X-Twice", "one")
    conn.putheader("x-twice", "two")
    conn.endheaders()
    conn.getresponse().read()
    conn.close()
    record = fake.last_request
    assert record is not None
    assert record.headers["X-TWICE"] == "one, two"
    assert record.headers.get_all("x-twice") == ["one", "two"]
    assert list(record.headers).count("X-Twice") == 1 and "x-twice" in record.headers


def test_path_params_are_decoded(fake: FakeOpenAI) -> None:
    call(fake, "GET", "/v1/models/ft%3Agpt-4o%3Aacme%3A%3Aabc")
    record = fake.models.retrieve.last_call
    assert record is not None and record.path_params == {"model": "ft:gpt-4o:acme::abc"}


def test_reset_forgets_everything(fake: FakeOpenAI) -> None:
    fake.chat.completions.create.response = "x"
    fake.chat.completions.create.queue("y")
    file_obj = fake.add_file("hello", filename="h.txt")
    chat(fake)
    fake.reset()
    assert fake.requests == [] and fake.chat.completions.create.calls == []
    assert fake.chat.completions.create.pending == 0
    assert chat(fake, "fresh").json["choices"][0]["message"]["content"] == "fresh"
    assert call(fake, "GET", f"/v1/files/{file_obj['id']}").status == 404


def test_ids_are_deterministic_per_seed_and_clock_is_injectable() -> None:
    def first_ids(**options: Any) -> Tuple[str, str, int]:
        with FakeOpenAI(**options) as fake:
            reply = chat(fake)
            return reply.json["id"], reply.headers["x-request-id"], reply.json["created"]

    a, b, c = first_ids(clock=lambda: 1700000000.5), first_ids(), first_ids(seed=7)
    assert a[:2] == b[:2] and a[0] != c[0]
    assert a[2] == 1700000000


def test_json_is_read_whatever_the_content_type_and_forms_are_recorded(fake: FakeOpenAI) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "unlabelled"}]}
    # urllib labels a bare body as form data; the JSON inside must still be understood.
    req = urllib.request.Request(fake.base_url + "/chat/completions", data=json.dumps(body).encode())
    with urllib.request.urlopen(req, timeout=5) as response:
        assert json.load(response)["choices"][0]["message"]["content"] == "unlabelled"
    record = fake.last_request
    assert record is not None
    assert record.headers["content-type"] == "application/x-www-form-urlencoded"
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(urllib.request.Request(fake.base_url + "/nowhere",
                                                      data=b"a=1&b=two"), timeout=5)
    record = fake.last_request
    assert record is not None
    assert record.form == {"a": "1", "b": "two"} and record.json is None
    assert record.json_error is None


def test_redirect_and_no_content_statuses(fake: FakeOpenAI) -> None:
    fake.models.list.queue(FakeResponse(302, headers={"location": "/v1/models"}), FakeResponse(204))
    moved = call(fake, "GET", "/v1/models")
    assert (moved.status, moved.headers["location"], moved.data) == (302, "/v1/models", b"")
    assert moved.headers["content-length"] == "0"
    empty = call(fake, "GET", "/v1/models")
    assert (empty.status, empty.data) == (204, b"")
    assert call(fake, "GET", "/v1/models").status == 200  # keep-alive framing survived


def test_refusal_overrides_in_chat_and_responses(fake: FakeOpenAI) -> None:
    fake.chat.completions.create.response = {"choices": [{"message": {"refusal": "I can't help"}}]}
    message = chat(fake).json["choices"][0]["message"]
    assert message["content"] is None and message["refusal"] == "I can't help"
    chunks = stream_chunks(chat(fake, stream=True))
    assert "".join(c["choices"][0]["delta"].get("refusal") or "" for c in chunks) == "I can't help"

    fake.responses.create.response = {"output": [{"type": "message", "content": [
        {"type": "refusal", "refusal": "No."}]}]}
    reply = call(fake, "POST", "/v1/responses", {"model": "m", "input": "x", "stream": True})
    kinds = [block.split("\n", 1)[0][len("event: "):]
             for block in reply.data.decode().strip().split("\n\n")]
    assert "response.refusal.delta" in kinds and "response.refusal.done" in kinds
    assert "response.output_text.delta" not in kinds
