"""FakeOpenAI's default behaviour, observed through real HTTP (http.client only)."""
from __future__ import annotations

import base64
import http.client
import io
import json
import math
import os
import socket
import ssl
import struct
import subprocess
import sys
import time
import wave
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import pytest

from openai_lite.testing import FakeOpenAI, RecordedRequest
from openai_lite.testing.multipart import MultipartError, parse_multipart
from openai_lite.testing.pytest_plugin import openai_fake, openai_fake_env, openai_fake_factory  # noqa: F401

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent


class Reply:
    def __init__(self, response: http.client.HTTPResponse, data: bytes) -> None:
        self.status = response.status
        self.headers = response.headers
        self.data = data

    @property
    def json(self) -> Any:
        return json.loads(self.data)

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


class Client:
    """One keep-alive connection to the fake."""

    def __init__(self, fake: FakeOpenAI, timeout: float = 5.0,
                 context: Optional[ssl.SSLContext] = None, host: Optional[str] = None) -> None:
        if fake.tls:
            self.conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                host or fake.host, fake.port, timeout=timeout, context=context)
        else:
            self.conn = http.client.HTTPConnection(host or fake.host, fake.port, timeout=timeout)

    def request(self, method: str, path: str, body: Any = None, *, raw: Optional[bytes] = None,
                headers: Optional[Dict[str, str]] = None) -> Reply:
        sent = dict(headers or {})
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
            sent.setdefault("Content-Type", "application/json")
        self.conn.request(method, path, body=data, headers=sent)
        response = self.conn.getresponse()
        return Reply(response, response.read())

    def post(self, path: str, body: Any = None, **kw: Any) -> Reply:
        return self.request("POST", path, body, **kw)

    def get(self, path: str, **kw: Any) -> Reply:
        return self.request("GET", path, **kw)

    def delete(self, path: str, **kw: Any) -> Reply:
        return self.request("DELETE", path, **kw)

    def close(self) -> None:
        self.conn.close()


@pytest.fixture
def fake() -> Any:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def client(fake: FakeOpenAI) -> Any:
    c = Client(fake)
    yield c
    c.close()


def multipart(fields: List[Tuple[str, str]], files: List[Tuple[str, str, str, bytes]],
              boundary: str = "a1b2c3d4e5f60718293a4b5c6d7e8f90") -> Tuple[bytes, Dict[str, str]]:
    out = b""
    for name, value in fields:
        out += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n"
                f"{value}\r\n").encode()
    for name, filename, ctype, data in files:
        out += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; "
                f"filename=\"{filename}\"\r\nContent-Type: {ctype}\r\n\r\n").encode() + data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def upload(client: Client, content: bytes, filename: str = "data.jsonl", purpose: str = "batch",
           extra: Optional[List[Tuple[str, str]]] = None) -> Reply:
    body, headers = multipart([("purpose", purpose)] + (extra or []),
                              [("file", filename, "application/octet-stream", content)])
    return client.post("/v1/files", raw=body, headers=headers)


def sse_events(data: bytes) -> List[Tuple[Optional[str], str]]:
    """(event name, data) per SSE event; asserts every event ends with a blank line."""
    text = data.decode("utf-8")
    assert text.endswith("\n\n")
    events = []
    for block in text[:-2].split("\n\n"):
        name, payload = None, []
        for line in block.split("\n"):
            field, _, value = line.partition(": ")
            if field == "event":
                name = value
            else:
                assert field == "data", line
                payload.append(value)
        events.append((name, "\n".join(payload)))
    return events


CHAT = {"model": "gpt-4o", "messages": [{"role": "system", "content": "Be brief."},
                                        {"role": "user", "content": "Hello there, friend!"}]}


# --- lifecycle ----------------------------------------------------------------------------

def test_urls_and_keep_alive_and_common_headers(fake: FakeOpenAI, client: Client) -> None:
    assert fake.url == f"http://127.0.0.1:{fake.port}"
    assert fake.base_url == fake.url + "/v1"
    first = client.get("/v1/models")
    sock = client.conn.sock
    second = client.get("/v1/models")
    assert client.conn.sock is sock  # same connection: HTTP/1.1 keep-alive
    assert first.status == second.status == 200
    assert first.headers["x-request-id"].startswith("req_")
    assert first.headers["x-request-id"] != second.headers["x-request-id"]
    assert int(first.headers["openai-processing-ms"]) >= 0
    assert int(first.headers["content-length"]) == len(first.data)
    assert first.headers["content-type"] == "application/json"


def test_stop_is_quick_and_closes_open_connections() -> None:
    fake = FakeOpenAI().start()
    client = Client(fake)
    assert client.get("/v1/models").status == 200  # leaves an idle keep-alive connection
    port = fake.port
    started = time.monotonic()
    fake.stop()
    assert time.monotonic() - started < 0.5
    assert not fake.running
    with pytest.raises(OSError):
        client.get("/v1/models")
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()


def test_port_requires_running_server() -> None:
    fake = FakeOpenAI()
    with pytest.raises(RuntimeError, match="not running"):
        fake.port


def test_importing_openai_lite_does_not_load_testing() -> None:
    code = ("import sys, openai_lite\n"
            "assert 'openai_lite.testing' not in sys.modules\n"
            "import openai_lite.testing\n"
            "assert 'pytest' not in sys.modules\n"
            "assert 'openai_lite.testing.pytest_plugin' not in sys.modules\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=30)
    assert result.returncode == 0, result.stderr.decode()


# --- chat completions -----------------------------------------------------------------------

def test_chat_completion_echoes_last_user_message(client: Client) -> None:
    before = int(time.time())
    reply = client.post("/v1/chat/completions", CHAT)
    assert reply.status == 200
    body = reply.json
    assert body["id"].startswith("chatcmpl-") and body["object"] == "chat.completion"
    assert before <= body["created"] <= time.time() + 1
    assert body["model"] == "gpt-4o"
    choice = body["choices"][0]
    assert choice == {"index": 0, "logprobs": None, "finish_reason": "stop",
                      "message": {"role": "assistant", "content": "Hello there, friend!",
                                  "refusal": None, "annotations": []}}
    usage = body["usage"]
    assert usage["completion_tokens"] > 0 and usage["prompt_tokens"] > 0
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    assert body["system_fingerprint"].startswith("fp_")


def test_chat_n_choices_and_token_limit(client: Client) -> None:
    body = client.post("/v1/chat/completions", {**CHAT, "n": 2, "max_completion_tokens": 2}).json
    assert [c["index"] for c in body["choices"]] == [0, 1]
    for choice in body["choices"]:
        assert choice["message"]["content"] == "Hello there"
        assert choice["finish_reason"] == "length"


def test_chat_list_content_parts_are_echoed(client: Client) -> None:
    message = {"role": "user", "content": [{"type": "text", "text": "part one"},
                                           {"type": "image_url", "image_url": {"url": "x"}}]}
    body = client.post("/v1/chat/completions", {"model": "m", "messages": [message]}).json
    assert body["choices"][0]["message"]["content"] == "part one"


def test_chat_stream_framing_and_chunks(client: Client) -> None:
    reply = client.post("/v1/chat/completions", {**CHAT, "stream": True,
                                                 "stream_options": {"include_usage": True}})
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("text/event-stream")
    assert reply.headers["transfer-encoding"] == "chunked"
    events = sse_events(reply.data)
    assert all(name is None for name, _ in events)
    assert events[-1][1] == "[DONE]"
    chunks = [json.loads(data) for _, data in events[:-1]]
    assert {c["object"] for c in chunks} == {"chat.completion.chunk"}
    assert len({c["id"] for c in chunks}) == 1
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    content = [c["choices"][0]["delta"].get("content") for c in chunks[1:] if c["choices"]]
    pieces = [p for p in content if p]
    assert len(pieces) >= 3 and "".join(pieces) == "Hello there, friend!"
    finish = [c for c in chunks if c["choices"] and c["choices"][0]["finish_reason"]]
    assert len(finish) == 1 and finish[0]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["total_tokens"] > 0
    assert all(c["usage"] is None for c in chunks[:-1])


def test_chat_stream_without_usage_has_no_usage_key(client: Client) -> None:
    reply = client.post("/v1/chat/completions", {**CHAT, "stream": True})
    chunks = [json.loads(d) for _, d in sse_events(reply.data)[:-1]]
    assert all("usage" not in c and c["choices"] for c in chunks)


def test_chat_forced_tool_choice_calls_the_tool(client: Client) -> None:
    tools = [{"type": "function", "function": {"name": "lookup", "parameters": {}}},
             {"type": "function", "function": {"name": "other", "parameters": {}}}]
    body = client.post("/v1/chat/completions", {
        **CHAT, "tools": tools,
        "tool_choice": {"type": "function", "function": {"name": "other"}}}).json
    choice = body["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None
    call = choice["message"]["tool_calls"][0]
    assert call["id"].startswith("call_") and call["type"] == "function"
    assert call["function"] == {"name": "other", "arguments": "{}"}
    plain = client.post("/v1/chat/completions", {**CHAT, "tools": tools}).json
    assert "tool_calls" not in plain["choices"][0]["message"]


def test_chat_json_schema_format_gets_matching_content(client: Client) -> None:
    schema = {"type": "object", "properties": {
        "name": {"type": "string"}, "count": {"type": "integer", "minimum": 3},
        "tags": {"type": "array", "items": {"type": "string"}},
        "color": {"$ref": "#/$defs/Color"}},
        "$defs": {"Color": {"enum": ["red", "blue"]}},
        "required": ["name", "count", "tags", "color"], "additionalProperties": False}
    body = client.post("/v1/chat/completions", {**CHAT, "response_format": {
        "type": "json_schema", "json_schema": {"name": "x", "schema": schema, "strict": True}}}).json
    assert json.loads(body["choices"][0]["message"]["content"]) == {
        "name": "", "count": 3, "tags": [], "color": "red"}
    body = client.post("/v1/chat/completions", {**CHAT, "response_format": {"type": "json_object"}}).json
    assert json.loads(body["choices"][0]["message"]["content"]) == {"text": "Hello there, friend!"}


def test_chat_rejects_empty_messages(client: Client) -> None:
    reply = client.post("/v1/chat/completions", {"model": "gpt-4o", "messages": []})
    assert reply.status == 400
    assert reply.json["error"]["code"] == "empty_array"
    assert reply.json["error"]["param"] == "messages"


# --- validation, unknown routes, auth -------------------------------------------------------

def test_missing_required_parameter(client: Client) -> None:
    reply = client.post("/v1/chat/completions", {"messages": [{"role": "user", "content": "x"}]})
    assert reply.status == 400
    assert reply.json == {"error": {"message": "Missing required parameter: 'model'.",
                                    "type": "invalid_request_error", "param": "model",
                                    "code": "missing_required_parameter"}}
    reply = client.post("/v1/embeddings", {"model": "text-embedding-3-small"})
    assert reply.json["error"]["param"] == "input"
    reply = client.post("/v1/audio/speech", {"model": "tts-1", "input": "hi"})
    assert reply.json["error"]["param"] == "voice"


def test_validation_can_be_turned_off() -> None:
    with FakeOpenAI(validate=False) as fake:
        c = Client(fake)
        reply = c.post("/v1/moderations", {"model": "x", "input": "fine"})
        assert reply.status == 200
        reply = c.post("/v1/embeddings", {"input": "x"})
        assert reply.status == 200  # no model: validation skipped, default reply still built
        c.close()


def test_unknown_route_wrong_method_and_bad_json(client: Client) -> None:
    reply = client.post("/v1/xyz", {"a": 1})
    assert reply.status == 404
    assert reply.json == {"error": {"message": "Invalid URL (POST /v1/xyz)",
                                    "type": "invalid_request_error", "param": None, "code": None}}
    assert client.get("/health").json["error"]["message"] == "Invalid URL (GET /health)"
    reply = client.request("PUT", "/v1/files")
    assert reply.status == 405
    assert reply.json["error"]["message"] == "Invalid method for URL (PUT /v1/files)"
    assert reply.headers["allow"] == "GET, POST"
    reply = client.post("/v1/chat/completions", raw=b"{not json",
                        headers={"Content-Type": "application/json"})
    assert reply.status == 400 and "not valid JSON" in reply.json["error"]["message"]
    reply = client.post("/v1/chat/completions", raw=b"[1, 2]",
                        headers={"Content-Type": "application/json"})
    assert reply.status == 400 and "JSON object" in reply.json["error"]["message"]


def test_api_key_is_required_when_configured() -> None:
    with FakeOpenAI(api_key="sk-secret-123456") as fake:
        c = Client(fake)
        missing = c.get("/v1/models")
        assert missing.status == 401
        assert set(missing.json["error"]) == {"message", "type", "param", "code"}
        wrong = c.get("/v1/models", headers={"Authorization": "Bearer sk-wrong-999999"})
        assert wrong.status == 401 and wrong.json["error"]["code"] == "invalid_api_key"
        assert "sk-wrong" not in wrong.json["error"]["message"]  # keys are masked
        ok = c.get("/v1/models", headers={"Authorization": "Bearer sk-secret-123456"})
        assert ok.status == 200
        assert [r.headers.get("authorization") for r in fake.requests] == [
            None, "Bearer sk-wrong-999999", "Bearer sk-secret-123456"]
        c.close()


def test_chunked_request_body_is_read(fake: FakeOpenAI, client: Client) -> None:
    data = json.dumps(CHAT).encode()
    body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(data), data)
    reply = client.post("/v1/chat/completions", raw=body, headers={
        "Content-Type": "application/json", "Transfer-Encoding": "chunked"})
    assert reply.status == 200
    assert fake.last_request is not None and fake.last_request.json == CHAT


# --- responses --------------------------------------------------------------------------------

def test_responses_create_retrieve_delete(client: Client) -> None:
    created = client.post("/v1/responses", {"model": "gpt-4o", "input": "Tell me a joke"}).json
    assert created["id"].startswith("resp_") and created["object"] == "response"
    assert created["status"] == "completed" and created["error"] is None
    message = created["output"][0]
    assert message["type"] == "message" and message["role"] == "assistant"
    assert message["content"][0] == {"type": "output_text", "text": "Tell me a joke",
                                     "annotations": [], "logprobs": []}
    usage = created["usage"]
    assert usage["total_tokens"] == usage["input_tokens"] + usage["output_tokens"]
    assert usage["output_tokens_details"] == {"reasoning_tokens": 0}
    for key in ("created_at", "incomplete_details", "instructions", "tools", "parallel_tool_calls",
                "metadata", "tool_choice", "temperature", "top_p"):
        assert key in created
    got = client.get(f"/v1/responses/{created['id']}")
    assert got.status == 200 and got.json == created
    deleted = client.delete(f"/v1/responses/{created['id']}").json
    assert deleted == {"id": created["id"], "object": "response.deleted", "deleted": True}
    missing = client.get(f"/v1/responses/{created['id']}")
    assert missing.status == 404 and missing.json["error"]["param"] == "response_id"


def test_responses_message_list_input_and_limits(client: Client) -> None:
    body = client.post("/v1/responses", {"model": "m", "max_output_tokens": 1, "input": [
        {"role": "user", "content": [{"type": "input_text", "text": "first words"}]}]}).json
    assert body["status"] == "incomplete"
    assert body["incomplete_details"] == {"reason": "max_output_tokens"}
    assert body["output"][0]["content"][0]["text"] == "first"
    unknown = client.post("/v1/responses", {"model": "m", "input": "x",
                                            "previous_response_id": "resp_nope"})
    assert unknown.status == 404 and unknown.json["error"]["param"] == "previous_response_id"
    not_stored = client.post("/v1/responses", {"model": "m", "input": "x", "store": False}).json
    assert client.get(f"/v1/responses/{not_stored['id']}").status == 404


def test_responses_stream_event_sequence(client: Client) -> None:
    reply = client.post("/v1/responses", {"model": "gpt-4o", "input": "one two three",
                                          "stream": True})
    events = sse_events(reply.data)
    names = [name for name, _ in events]
    payloads = [json.loads(data) for _, data in events]
    assert names == [p["type"] for p in payloads]
    assert names == ["response.created", "response.in_progress", "response.output_item.added",
                     "response.content_part.added", "response.output_text.delta",
                     "response.output_text.delta", "response.output_text.delta",
                     "response.output_text.done", "response.content_part.done",
                     "response.output_item.done", "response.completed"]
    assert [p["sequence_number"] for p in payloads] == list(range(len(payloads)))
    assert payloads[0]["response"]["status"] == "in_progress"
    assert payloads[0]["response"]["output"] == []
    deltas = "".join(p["delta"] for p in payloads if p["type"] == "response.output_text.delta")
    assert deltas == "one two three" == payloads[7]["text"]
    final = payloads[-1]["response"]
    assert final["status"] == "completed"
    assert client.get(f"/v1/responses/{final['id']}").json == final


def test_responses_retrieve_stream_starting_after(client: Client) -> None:
    created = client.post("/v1/responses", {"model": "m", "input": "hi"}).json
    reply = client.get(f"/v1/responses/{created['id']}?stream=true&starting_after=3")
    numbers = [json.loads(d)["sequence_number"] for _, d in sse_events(reply.data)]
    assert numbers[0] == 4 and numbers == list(range(4, 4 + len(numbers)))


def test_responses_forced_function_call(client: Client) -> None:
    body = client.post("/v1/responses", {
        "model": "m", "input": "weather?", "tool_choice": "required",
        "tools": [{"type": "function", "name": "get_weather", "parameters": {}}]}).json
    item = body["output"][0]
    assert item["type"] == "function_call" and item["name"] == "get_weather"
    assert item["call_id"].startswith("call_") and item["arguments"] == "{}"


# --- embeddings -------------------------------------------------------------------------------

def _emb(client: Client, **body: Any) -> Dict[str, Any]:
    reply = client.post("/v1/embeddings", {"model": "text-embedding-3-small", **body})
    assert reply.status == 200, reply.data
    return reply.json  # type: ignore[no-any-return]


def test_embeddings_are_deterministic_unit_vectors(client: Client) -> None:
    a = _emb(client, input="hello world")
    b = _emb(client, input=["hello world", "something else"])
    assert a["object"] == "list" and a["model"] == "text-embedding-3-small"
    assert a["data"][0]["object"] == "embedding" and a["data"][0]["index"] == 0
    vec = a["data"][0]["embedding"]
    assert len(vec) == 1536
    assert vec == b["data"][0]["embedding"]
    assert vec != b["data"][1]["embedding"]
    assert [d["index"] for d in b["data"]] == [0, 1]
    assert math.isclose(math.sqrt(sum(x * x for x in vec)), 1.0, rel_tol=1e-5)
    assert a["usage"]["prompt_tokens"] == a["usage"]["total_tokens"] == 2
    with FakeOpenAI() as other:  # a different server gives the same vector
        c = Client(other)
        assert _emb(c, input="hello world")["data"][0]["embedding"] == vec
        c.close()


def test_embeddings_dimensions_per_model(client: Client) -> None:
    large = client.post("/v1/embeddings", {"model": "text-embedding-3-large", "input": "x"}).json
    assert len(large["data"][0]["embedding"]) == 3072
    ada = client.post("/v1/embeddings", {"model": "text-embedding-ada-002", "input": "x"}).json
    assert len(ada["data"][0]["embedding"]) == 1536
    full = _emb(client, input="x")["data"][0]["embedding"]
    short = _emb(client, input="x", dimensions=8)["data"][0]["embedding"]
    assert len(short) == 8
    norm = math.sqrt(sum(v * v for v in full[:8]))
    assert all(math.isclose(s, f / norm, rel_tol=1e-4, abs_tol=1e-6) for s, f in zip(short, full))
    bad = client.post("/v1/embeddings", {"model": "text-embedding-ada-002", "input": "x",
                                         "dimensions": 8})
    assert bad.status == 400 and bad.json["error"]["param"] == "dimensions"


def test_embeddings_base64_and_token_inputs(client: Client) -> None:
    floats = _emb(client, input="abc", dimensions=16)["data"][0]["embedding"]
    encoded = _emb(client, input="abc", dimensions=16, encoding_format="base64")["data"][0]["embedding"]
    assert isinstance(encoded, str)
    assert list(struct.unpack("<16f", base64.b64decode(encoded))) == floats
    tokens = _emb(client, input=[1, 2, 3], dimensions=4)
    assert len(tokens["data"]) == 1 and tokens["usage"]["prompt_tokens"] == 3
    many = _emb(client, input=[[1, 2, 3], [4, 5]], dimensions=4)
    assert len(many["data"]) == 2
    assert many["data"][0]["embedding"] == tokens["data"][0]["embedding"]
    assert client.post("/v1/embeddings", {"model": "m", "input": ""}).status == 400
    assert client.post("/v1/embeddings", {"model": "m", "input": []}).status == 400


# --- models -----------------------------------------------------------------------------------

def test_models_list_retrieve_delete(fake: FakeOpenAI, client: Client) -> None:
    listing = client.get("/v1/models").json
    assert listing["object"] == "list"
    ids = [m["id"] for m in listing["data"]]
    assert "gpt-4o" in ids and "text-embedding-3-small" in ids
    assert set(listing["data"][0]) == {"id", "object", "created", "owned_by"}
    model = client.get("/v1/models/gpt-4o").json
    assert model["id"] == "gpt-4o" and model["object"] == "model"
    missing = client.get("/v1/models/nope")
    assert missing.status == 404 and missing.json["error"]["code"] == "model_not_found"
    assert client.delete("/v1/models/gpt-4o").status == 403
    fake.add_model("ft:gpt-4o-mini:acme::xyz")
    deleted = client.delete("/v1/models/ft:gpt-4o-mini:acme::xyz")
    assert deleted.json == {"id": "ft:gpt-4o-mini:acme::xyz", "object": "model", "deleted": True}
    assert client.get("/v1/models/ft:gpt-4o-mini:acme::xyz").status == 404
    assert client.delete("/v1/models/ft:gpt-4o-mini:acme::xyz").status == 404


# --- files ------------------------------------------------------------------------------------

def test_file_upload_retrieve_content_delete(fake: FakeOpenAI, client: Client) -> None:
    content = b'{"a": 1}\n\x00\xffbinary'
    reply = upload(client, content, "my data.jsonl", "batch",
                   [("expires_after[anchor]", "created_at"), ("expires_after[seconds]", "3600")])
    assert reply.status == 200
    obj = reply.json
    assert obj["id"].startswith("file-") and obj["object"] == "file"
    assert obj["bytes"] == len(content) and obj["filename"] == "my data.jsonl"
    assert obj["purpose"] == "batch" and obj["status"] == "processed"
    assert obj["expires_at"] == obj["created_at"] + 3600
    record = fake.files.create.last_call
    assert record is not None
    assert record.form == {"purpose": "batch", "expires_after[anchor]": "created_at",
                           "expires_after[seconds]": "3600"}
    assert record.files["file"] == ("my data.jsonl", "application/octet-stream", content)
    assert client.get(f"/v1/files/{obj['id']}").json == obj
    raw = client.get(f"/v1/files/{obj['id']}/content")
    assert raw.data == content and raw.headers["content-type"] == "application/octet-stream"
    assert client.delete(f"/v1/files/{obj['id']}").json == {
        "id": obj["id"], "object": "file", "deleted": True}
    gone = client.get(f"/v1/files/{obj['id']}")
    assert gone.status == 404 and gone.json["error"]["param"] == "id"


def test_file_upload_validation(client: Client) -> None:
    bad = upload(client, b"x", purpose="nonsense")
    assert bad.status == 400 and bad.json["error"]["param"] == "purpose"
    body, headers = multipart([("purpose", "batch")], [])
    missing = client.post("/v1/files", raw=body, headers=headers)
    assert missing.status == 400 and missing.json["error"]["param"] == "file"
    short = upload(client, b"x", extra=[("expires_after[anchor]", "created_at"),
                                        ("expires_after[seconds]", "5")])
    assert short.status == 400


def test_file_list_cursor_pagination(client: Client) -> None:
    ids = [upload(client, b"%d" % i, f"f{i}.txt", "user_data").json["id"] for i in range(5)]
    upload(client, b"x", "other.jsonl", "batch")
    everything = client.get("/v1/files").json
    assert everything["object"] == "list" and len(everything["data"]) == 6
    assert everything["has_more"] is False
    page = client.get("/v1/files?purpose=user_data&order=asc&limit=2").json
    assert [f["id"] for f in page["data"]] == ids[:2]
    assert page["has_more"] is True
    assert page["first_id"] == ids[0] and page["last_id"] == ids[1]
    seen = [f["id"] for f in page["data"]]
    while page["has_more"]:
        page = client.get(f"/v1/files?purpose=user_data&order=asc&limit=2&after={page['last_id']}").json
        seen += [f["id"] for f in page["data"]]
    assert seen == ids
    before = client.get(f"/v1/files?purpose=user_data&order=asc&limit=2&before={ids[3]}").json
    assert [f["id"] for f in before["data"]] == ids[1:3] and before["has_more"] is True
    desc = client.get("/v1/files?purpose=user_data&limit=3").json
    assert [f["id"] for f in desc["data"]] == ids[::-1][:3]
    empty = client.get("/v1/files?purpose=vision").json
    assert empty == {"object": "list", "data": [], "first_id": None, "last_id": None,
                     "has_more": False}
    assert client.get("/v1/files?limit=0").status == 400


# --- multipart parser -------------------------------------------------------------------------

def test_multipart_parser_tolerates_client_variations() -> None:
    body = (b"preamble\n--XyZ\nContent-Disposition: form-data; name=\"purpose\"\n\nbatch\n"
            b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; "
            b"filename*=UTF-8''na%C3%AFve.txt\r\nContent-Type: text/plain\r\n\r\n"
            b"line1\r\n--XyZ-not-a-boundary\r\n\r\n--XyZ--\r\nepilogue")
    parts = parse_multipart(body, "XyZ")
    assert [(p.name, p.filename, p.data) for p in parts] == [
        ("purpose", None, b"batch"),
        ("file", "na\u00efve.txt", b"line1\r\n--XyZ-not-a-boundary\r\n")]
    with pytest.raises(MultipartError):
        parse_multipart(b"--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx", "XyZ")
    with pytest.raises(MultipartError):
        parse_multipart(b"no boundary here", "XyZ")


def test_multipart_record_for_quoted_boundary_and_repeated_names(fake: FakeOpenAI,
                                                                 client: Client) -> None:
    boundary = "b=q\"x"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"image[]\"; filename=\"a.png\"\r\n"
            f"Content-Type: image/png\r\n\r\nA\r\n--{boundary}\r\nContent-Disposition: form-data; "
            f"name=\"image[]\"; filename=\"b.png\"\r\n\r\nB\r\n--{boundary}--\r\n").encode()
    client.post("/v1/xyz", raw=body, headers={
        "Content-Type": 'multipart/form-data; boundary="b=q\\"x"'})
    record = fake.last_request
    assert record is not None and record.multipart_error is None
    assert [(p.name, p.filename, p.content_type, p.data) for p in record.parts] == [
        ("image[]", "a.png", "image/png", b"A"), ("image[]", "b.png", None, b"B")]


# --- audio ------------------------------------------------------------------------------------

def test_speech_formats(client: Client) -> None:
    wav = client.post("/v1/audio/speech", {"model": "tts-1", "input": "Hello there",
                                           "voice": "alloy", "response_format": "wav"})
    assert wav.status == 200 and wav.headers["content-type"] == "audio/wav"
    with wave.open(io.BytesIO(wav.data)) as reader:
        assert reader.getframerate() == 24000 and reader.getnchannels() == 1
        assert reader.getnframes() > 0
    mp3 = client.post("/v1/audio/speech", {"model": "tts-1", "input": "Hi", "voice": "alloy"})
    assert mp3.headers["content-type"] == "audio/mpeg"
    assert mp3.data.startswith(b"ID3") and mp3.data[10:12] == b"\xff\xf3"
    for fmt, ctype, magic in (("flac", "audio/flac", b"fLaC"), ("opus", "audio/opus", b"OggS"),
                              ("aac", "audio/aac", b"\xff\xf1"), ("pcm", "audio/pcm", b"\x00")):
        reply = client.post("/v1/audio/speech", {"model": "tts-1", "input": "Hi", "voice": "alloy",
                                                 "response_format": fmt})
        assert reply.headers["content-type"] == ctype and reply.data.startswith(magic)
    bad = client.post("/v1/audio/speech", {"model": "tts-1", "input": "Hi", "voice": "alloy",
                                           "speed": 9})
    assert bad.status == 400 and bad.json["error"]["param"] == "speed"


def _audio(client: Client, route: str, data: bytes, **fields: str) -> Reply:
    body, headers = multipart([("model", "whisper-1")] + list(fields.items()),
                              [("file", "speech.wav", "audio/wav", data)])
    return client.post(route, raw=body, headers=headers)


def test_transcription_and_translation_formats(client: Client) -> None:
    route = "/v1/audio/transcriptions"
    assert _audio(client, route, b"turn the lights on").json == {
        "text": "turn the lights on", "usage": {"type": "duration", "seconds": 2}}
    text = _audio(client, route, b"turn the lights on", response_format="text")
    assert text.headers["content-type"].startswith("text/plain") and text.text == "turn the lights on\n"
    srt = _audio(client, route, b"hello", response_format="srt").text
    assert srt.startswith("1\n00:00:00,000 --> 00:00:01,000\nhello")
    vtt = _audio(client, route, b"hello", response_format="vtt").text
    assert vtt.startswith("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nhello")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(8000)
        writer.writeframes(b"\x00\x00" * 20000)
    verbose = _audio(client, route, buffer.getvalue(), response_format="verbose_json").json
    assert verbose["duration"] == 2.5 and verbose["task"] == "transcribe"
    assert verbose["text"] == "This is a fake transcription of speech.wav."
    translated = _audio(client, "/v1/audio/translations", b"bonjour").json
    assert translated == {"text": "bonjour"}
    streamed = _audio(client, route, b"a b", stream="true")
    events = [json.loads(d) for _, d in sse_events(streamed.data)]
    assert [e["type"] for e in events] == ["transcript.text.delta"] * 2 + ["transcript.text.done"]
    assert events[-1]["text"] == "a b"


# --- moderations and legacy completions ---------------------------------------------------------

def test_moderations(client: Client) -> None:
    body = client.post("/v1/moderations", {"input": ["I will kill the process", "nice day"]}).json
    assert body["id"].startswith("modr-") and body["model"] == "omni-moderation-latest"
    flagged, calm = body["results"]
    assert flagged["flagged"] is True and flagged["categories"]["violence"] is True
    assert calm["flagged"] is False and not any(calm["categories"].values())
    assert set(calm["categories"]) == set(calm["category_scores"]) == set(
        calm["category_applied_input_types"])
    assert len(calm["categories"]) == 13
    parts = client.post("/v1/moderations", {"input": [
        {"type": "text", "text": "stab"}, {"type": "image_url", "image_url": {"url": "x"}}]}).json
    assert len(parts["results"]) == 1 and parts["results"][0]["flagged"] is True
    assert parts["results"][0]["category_applied_input_types"]["violence"] == ["text", "image"]
    again = client.post("/v1/moderations", {"input": "nice day"}).json
    assert again["results"][0]["category_scores"] == calm["category_scores"]


def test_legacy_completions(client: Client) -> None:
    body = client.post("/v1/completions", {"model": "gpt-3.5-turbo-instruct",
                                           "prompt": "Say this is a test"}).json
    assert body["id"].startswith("cmpl-") and body["object"] == "text_completion"
    assert body["choices"] == [{"text": "Say this is a test", "index": 0, "logprobs": None,
                                "finish_reason": "stop"}]
    reply = client.post("/v1/completions", {"model": "m", "prompt": "a b c", "stream": True,
                                            "stream_options": {"include_usage": True}})
    events = sse_events(reply.data)
    assert events[-1][1] == "[DONE]"
    chunks = [json.loads(d) for _, d in events[:-1]]
    assert "".join(c["choices"][0]["text"] for c in chunks if c["choices"]) == "a b c"
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["completion_tokens"] == 3


# --- batches ----------------------------------------------------------------------------------

def test_batch_lifecycle_produces_output_file(client: Client) -> None:
    lines = [{"custom_id": f"r{i}", "method": "POST", "url": "/v1/chat/completions",
              "body": {"model": "gpt-4o", "messages": [{"role": "user", "content": f"q{i}"}]}}
             for i in range(2)]
    lines.append({"custom_id": "bad", "method": "POST", "url": "/v1/embeddings", "body": {}})
    data = "\n".join(json.dumps(line) for line in lines).encode()
    file_id = upload(client, data).json["id"]
    batch = client.post("/v1/batches", {"input_file_id": file_id, "endpoint": "/v1/chat/completions",
                                        "completion_window": "24h"}).json
    assert batch["id"].startswith("batch_") and batch["status"] == "validating"
    statuses = [client.get(f"/v1/batches/{batch['id']}").json for _ in range(4)]
    assert [b["status"] for b in statuses] == ["in_progress", "finalizing", "completed", "completed"]
    done = statuses[2]
    assert done["request_counts"] == {"total": 3, "completed": 2, "failed": 1}
    assert done["completed_at"] is not None and done["output_file_id"].startswith("file-")
    output = client.get(f"/v1/files/{done['output_file_id']}/content").text.splitlines()
    results = [json.loads(line) for line in output]
    assert [r["custom_id"] for r in results] == ["r0", "r1"]
    assert results[1]["response"]["status_code"] == 200
    assert results[1]["response"]["body"]["choices"][0]["message"]["content"] == "q1"
    errors = client.get(f"/v1/files/{done['error_file_id']}/content").text
    assert json.loads(errors)["custom_id"] == "bad"
    assert client.get(f"/v1/files/{done['output_file_id']}").json["purpose"] == "batch_output"
    listing = client.get("/v1/batches").json
    assert [b["id"] for b in listing["data"]] == [batch["id"]]


def test_batch_cancel_and_validation(client: Client) -> None:
    file_id = upload(client, b"").json["id"]
    batch = client.post("/v1/batches", {"input_file_id": file_id, "endpoint": "/v1/embeddings",
                                        "completion_window": "24h"}).json
    cancelling = client.post(f"/v1/batches/{batch['id']}/cancel").json
    assert cancelling["status"] == "cancelling"
    assert client.get(f"/v1/batches/{batch['id']}").json["status"] == "cancelled"
    assert client.post(f"/v1/batches/{batch['id']}/cancel").status == 409
    assert client.post("/v1/batches", {"input_file_id": file_id, "endpoint": "/v1/nope",
                                       "completion_window": "24h"}).status == 400
    missing = client.post("/v1/batches", {"input_file_id": "file-nope",
                                          "endpoint": "/v1/embeddings", "completion_window": "24h"})
    assert missing.status == 400 and missing.json["error"]["param"] == "input_file_id"
    assert client.get("/v1/batches/batch_nope").status == 404


# --- vector stores ----------------------------------------------------------------------------

def test_vector_store_lifecycle_and_search(client: Client) -> None:
    cats = upload(client, b"Cats purr and sleep in the sun.", "cats.txt", "assistants").json["id"]
    dogs = upload(client, b"Dogs bark at the mail carrier.", "dogs.txt", "assistants").json["id"]
    store = client.post("/v1/vector_stores", {"name": "pets", "file_ids": [cats]}).json
    assert store["id"].startswith("vs_") and store["object"] == "vector_store"
    assert store["status"] == "in_progress" and store["file_counts"]["in_progress"] == 1
    store = client.get(f"/v1/vector_stores/{store['id']}").json
    assert store["status"] == "completed" and store["file_counts"]["completed"] == 1
    assert store["usage_bytes"] > 0
    added = client.post(f"/v1/vector_stores/{store['id']}/files", {"file_id": dogs}).json
    assert added["object"] == "vector_store.file" and added["status"] == "in_progress"
    assert added["vector_store_id"] == store["id"]
    got = client.get(f"/v1/vector_stores/{store['id']}/files/{dogs}").json
    assert got["status"] == "completed"
    files = client.get(f"/v1/vector_stores/{store['id']}/files?order=asc").json
    assert [f["id"] for f in files["data"]] == [cats, dogs]
    results = client.post(f"/v1/vector_stores/{store['id']}/search", {"query": "why do dogs bark"}).json
    assert results["object"] == "vector_store.search_results.page"
    assert results["search_query"] == ["why do dogs bark"]
    assert [r["file_id"] for r in results["data"]] == [dogs]
    assert results["data"][0]["content"][0]["type"] == "text" and 0 < results["data"][0]["score"] <= 1
    too_many = client.post(f"/v1/vector_stores/{store['id']}/search", {"query": "x",
                                                                        "max_num_results": 0})
    assert too_many.status == 400 and too_many.json["error"]["param"] == "max_num_results"
    assert client.delete(f"/v1/vector_stores/{store['id']}/files/{dogs}").json == {
        "id": dogs, "object": "vector_store.file.deleted", "deleted": True}
    renamed = client.post(f"/v1/vector_stores/{store['id']}", {"name": "cats only"}).json
    assert renamed["name"] == "cats only"
    listing = client.get("/v1/vector_stores").json
    assert [s["id"] for s in listing["data"]] == [store["id"]]
    assert client.delete(f"/v1/vector_stores/{store['id']}").json["deleted"] is True
    assert client.get(f"/v1/vector_stores/{store['id']}").status == 404
    assert client.post("/v1/vector_stores", {"file_ids": ["file-nope"]}).status == 404
    assert client.post("/v1/vector_stores/vs_nope/search", {"query": "x"}).status == 404


# --- TLS --------------------------------------------------------------------------------------

def test_tls_with_generated_ca() -> None:
    with FakeOpenAI(tls=True) as fake:
        assert fake.base_url.startswith("https://127.0.0.1:")
        assert fake.ca_cert_path is not None and os.path.exists(fake.ca_cert_path)
        context = ssl.create_default_context(cafile=fake.ca_cert_path)
        for host in ("127.0.0.1", "localhost"):
            c = Client(fake, context=context, host=host)
            assert c.get("/v1/models").status == 200
            c.close()
        untrusted = Client(fake, context=ssl.create_default_context())
        with pytest.raises(ssl.SSLError):
            untrusted.get("/v1/models")
        untrusted.close()


def test_tls_without_openssl_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    with pytest.raises(RuntimeError, match="needs the `openssl` command"):
        FakeOpenAI(tls=True).start()


# --- pytest plugin ----------------------------------------------------------------------------

def test_openai_fake_fixture(openai_fake: FakeOpenAI) -> None:
    assert openai_fake.running
    c = Client(openai_fake)
    assert c.get("/v1/models").status == 200
    c.close()
    assert isinstance(openai_fake.requests[0], RecordedRequest)


def test_openai_fake_factory_and_env(openai_fake_factory: Any, openai_fake_env: FakeOpenAI) -> None:
    keyed = openai_fake_factory(api_key="sk-k")
    assert keyed.running and keyed.api_key == "sk-k"
    assert os.environ["OPENAI_BASE_URL"] == openai_fake_env.base_url
    assert os.environ["OPENAI_API_KEY"]


def test_plugin_loads_as_a_pytest_plugin(pytester: pytest.Pytester,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makepyfile(test_inner="""
        import urllib.request
        def test_inner(openai_fake):
            with urllib.request.urlopen(openai_fake.base_url + "/models") as r:
                assert r.status == 200
            assert openai_fake.models.list.call_count == 1
        def test_after(openai_fake_factory):
            assert openai_fake_factory().running
    """)
    result = pytester.runpytest_inprocess("-p", "openai_lite.testing.pytest_plugin", "-q")
    result.assert_outcomes(passed=2)


# --- spec_required generator ------------------------------------------------------------------

def _generator() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_spec_required",
                                                  ROOT / "tools" / "gen_spec_required.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generator_reads_required_parameters_through_refs_and_combinators() -> None:
    gen = _generator()
    doc = {
        "info": {"version": "9"},
        "paths": {"/things/{id}": {
            "parameters": [{"$ref": "#/components/parameters/Q"}],
            "post": {"parameters": [{"name": "id", "in": "path", "required": True},
                                    {"name": "opt", "in": "query", "required": False}],
                     "requestBody": {"content": {"application/json": {
                         "schema": {"$ref": "#/components/schemas/Req"}}}}}}},
        "components": {
            "parameters": {"Q": {"name": "q", "in": "query", "required": True}},
            "schemas": {
                "Base": {"required": ["model"]},
                "Req": {"allOf": [{"$ref": "#/components/schemas/Base"},
                                  {"required": ["input"],
                                   "anyOf": [{"required": ["a", "b"]}, {"required": ["b"]}]}]}}},
    }
    assert gen.route_requirements(doc, "POST", "/things/{id}") == (["model", "input", "b"], ["q"])
    text = gen.render(doc, (("things.create", "POST", "/things/{id}"),))
    namespace: Dict[str, Any] = {}
    exec(compile(text, "spec_required", "exec"), namespace)
    assert namespace["REQUIRED_BODY"] == {("POST", "/things/{id}"): ("model", "input", "b")}
    assert namespace["REQUIRED_QUERY"] == {("POST", "/things/{id}"): ("q",)}
