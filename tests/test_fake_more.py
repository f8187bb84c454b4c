"""FakeOpenAI's newer routes (stored chat, response items and cancel, images, uploads,
fine-tuning, speech as SSE, Azure paths) and its embeddings' similarity, over real HTTP."""
from __future__ import annotations

import base64
import hashlib
import http.client
import json
import math
import struct
import urllib.request
import zlib
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

from openai_lite.testing import FakeOpenAI

Fields = List[Tuple[str, Optional[str], bytes]]


class Reply:
    def __init__(self, response: http.client.HTTPResponse, data: bytes) -> None:
        self.status = response.status
        self.headers = response.headers
        self.data = data

    @property
    def json(self) -> Any:
        return json.loads(self.data)


class Client:
    def __init__(self, fake: FakeOpenAI, headers: Optional[Dict[str, str]] = None) -> None:
        self.conn = http.client.HTTPConnection(fake.host, fake.port, timeout=5)
        self.headers = dict(headers or {})

    def request(self, method: str, path: str, body: Any = None, *,
                fields: Optional[Fields] = None) -> Reply:
        headers = dict(self.headers)
        data: Optional[bytes] = None
        if fields is not None:
            boundary = "fakeboundary1234"
            chunks = []
            for name, filename, value in fields:
                disposition = f'form-data; name="{name}"'
                if filename is not None:
                    disposition += f'; filename="{filename}"'
                chunks.append(f"--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n".encode()
                              + value + b"\r\n")
            data = b"".join(chunks) + f"--{boundary}--\r\n".encode()
            headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        elif body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        self.conn.request(method, path, body=data, headers=headers)
        response = self.conn.getresponse()
        return Reply(response, response.read())

    def get(self, path: str) -> Reply:
        return self.request("GET", path)

    def post(self, path: str, body: Any = None, **kw: Any) -> Reply:
        return self.request("POST", path, body, **kw)

    def delete(self, path: str) -> Reply:
        return self.request("DELETE", path)


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def client(fake: FakeOpenAI) -> Iterator[Client]:
    c = Client(fake)
    yield c
    c.conn.close()


def _chat(client: Client, text: str, **extra: Any) -> Dict[str, Any]:
    reply = client.post("/v1/chat/completions", {
        "model": "gpt-4o-mini", "messages": [{"role": "system", "content": "Be brief."},
                                             {"role": "user", "content": text}], **extra})
    assert reply.status == 200, reply.data
    return reply.json  # type: ignore[no-any-return]


# --- embeddings ---------------------------------------------------------------------------

def _vectors(client: Client, texts: List[str], **extra: Any) -> List[List[float]]:
    reply = client.post("/v1/embeddings", {"model": "text-embedding-3-small", "input": texts,
                                           **extra})
    assert reply.status == 200, reply.data
    return [d["embedding"] for d in reply.json["data"]]


def _cos(a: List[float], b: List[float]) -> float:
    return sum(x * y for x, y in zip(a, b)) / (
        math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def test_embeddings_put_related_texts_closer(client: Client) -> None:
    cat, rug, money, money2 = _vectors(client, [
        "The cat sat on the mat.", "A cat is sitting on a rug.", "Quarterly revenue grew 4%.",
        "Revenue grew strongly this quarter."])
    assert _cos(cat, rug) > 0.2 > abs(_cos(cat, money)) + 0.1
    assert _cos(money, money2) > 0.4
    # Shortened vectors keep the ranking.
    short = _vectors(client, ["The cat sat on the mat.", "A cat is sitting on a rug.",
                              "Quarterly revenue grew 4%."], dimensions=256)
    assert _cos(short[0], short[1]) > _cos(short[0], short[2]) + 0.1


def test_embeddings_differ_for_texts_that_normalise_alike(client: Client) -> None:
    a, b, c = _vectors(client, ["Hello world", "hello, world!", "!!!"], dimensions=64)
    assert a != b and _cos(a, b) > 0.9
    assert math.isclose(sum(x * x for x in c), 1.0, rel_tol=1e-5)


# --- stored chat completions ---------------------------------------------------------------

def test_stored_chat_completions_round_trip(client: Client) -> None:
    unstored = _chat(client, "not kept")
    first = _chat(client, "first question", store=True, metadata={"topic": "a"})
    second = _chat(client, "second question", store=True, metadata={"topic": "b"},
                   model="gpt-4o")
    assert client.get(f"/v1/chat/completions/{unstored['id']}").status == 404

    got = client.get(f"/v1/chat/completions/{first['id']}").json
    assert got["id"] == first["id"] and got["metadata"] == {"topic": "a"}
    assert got["choices"] == first["choices"]

    listing = client.get("/v1/chat/completions").json
    assert [c["id"] for c in listing["data"]] == [first["id"], second["id"]]  # oldest first
    assert listing["object"] == "list" and listing["has_more"] is False
    assert listing["first_id"] == first["id"] and listing["last_id"] == second["id"]
    assert [c["id"] for c in client.get("/v1/chat/completions?model=gpt-4o").json["data"]] == [
        second["id"]]
    assert [c["id"] for c in client.get(
        "/v1/chat/completions?metadata%5Btopic%5D=a").json["data"]] == [first["id"]]
    page = client.get("/v1/chat/completions?limit=1&order=desc").json
    assert [c["id"] for c in page["data"]] == [second["id"]] and page["has_more"] is True

    messages = client.get(f"/v1/chat/completions/{first['id']}/messages").json
    assert [(m["role"], m["content"]) for m in messages["data"]] == [
        ("system", "Be brief."), ("user", "first question")]
    assert messages["data"][0]["id"] == f"{first['id']}-0"

    updated = client.post(f"/v1/chat/completions/{first['id']}", {"metadata": {"x": "1"}})
    assert updated.status == 200 and updated.json["metadata"] == {"x": "1"}
    missing = client.post(f"/v1/chat/completions/{first['id']}", {})
    assert missing.status == 400 and missing.json["error"]["param"] == "metadata"

    deleted = client.delete(f"/v1/chat/completions/{first['id']}").json
    assert deleted == {"object": "chat.completion.deleted", "id": first["id"], "deleted": True}
    assert client.get(f"/v1/chat/completions/{first['id']}").status == 404
    assert client.get(f"/v1/chat/completions/{first['id']}/messages").status == 404


def test_streamed_chat_with_store_is_kept(fake: FakeOpenAI, client: Client) -> None:
    reply = client.post("/v1/chat/completions", {
        "model": "gpt-4o-mini", "stream": True, "store": True,
        "messages": [{"role": "user", "content": [{"type": "text", "text": "parts"}]}]})
    assert reply.status == 200
    first = json.loads(reply.data.split(b"\n")[0][len(b"data: "):])
    messages = client.get(f"/v1/chat/completions/{first['id']}/messages").json["data"]
    assert messages[0]["content"] == "parts"
    assert messages[0]["content_parts"] == [{"type": "text", "text": "parts"}]
    assert fake.chat.completions.messages.list.call_count == 1


# --- responses: input items, background, cancel ----------------------------------------------

def test_response_input_items(client: Client) -> None:
    made = client.post("/v1/responses", {"model": "gpt-4o-mini", "input": "hello there"}).json
    items = client.get(f"/v1/responses/{made['id']}/input_items").json
    assert items["object"] == "list" and len(items["data"]) == 1
    item = items["data"][0]
    assert item["type"] == "message" and item["role"] == "user"
    assert item["content"] == [{"type": "input_text", "text": "hello there"}]
    assert items["first_id"] == item["id"] == items["last_id"] and item["id"].startswith("msg_")

    listed = client.post("/v1/responses", {"model": "gpt-4o-mini", "input": [
        {"role": "user", "content": "one"}, {"role": "assistant", "content": "two"},
        {"type": "function_call_output", "call_id": "call_1", "output": "{}"},
    ]}).json
    data = client.get(f"/v1/responses/{listed['id']}/input_items").json["data"]
    assert [i["type"] for i in data] == ["function_call_output", "message", "message"]  # newest first
    assert data[1]["content"] == [{"type": "output_text", "text": "two"}]
    asc = client.get(f"/v1/responses/{listed['id']}/input_items?order=asc&limit=1").json
    assert asc["data"][0]["content"][0]["text"] == "one" and asc["has_more"] is True
    assert client.get("/v1/responses/resp_nope/input_items").status == 404


def test_background_response_lifecycle_and_cancel(client: Client) -> None:
    made = client.post("/v1/responses", {"model": "gpt-4o-mini", "input": "slow",
                                         "background": True}).json
    assert made["status"] == "queued" and made["output"] == []
    path = f"/v1/responses/{made['id']}"
    assert client.get(path).json["status"] == "in_progress"
    done = client.get(path).json
    assert done["status"] == "completed" and done["output"][0]["content"][0]["text"] == "slow"
    assert client.post(path + "/cancel").status == 400

    other = client.post("/v1/responses", {"model": "gpt-4o-mini", "input": "x",
                                          "background": True}).json
    cancelled = client.post(f"/v1/responses/{other['id']}/cancel")
    assert cancelled.status == 200 and cancelled.json["status"] == "cancelled"
    assert client.post(f"/v1/responses/{other['id']}/cancel").json["status"] == "cancelled"
    assert client.get(f"/v1/responses/{other['id']}").json["status"] == "cancelled"

    foreground = client.post("/v1/responses", {"model": "gpt-4o-mini", "input": "x"}).json
    refused = client.post(f"/v1/responses/{foreground['id']}/cancel")
    assert refused.status == 400 and "background" in refused.json["error"]["message"]


# --- images -------------------------------------------------------------------------------

def _png_size(data: bytes) -> Tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and zlib.crc32(data[12:16 + length]) == struct.unpack(
        ">I", data[16 + length:20 + length])[0]
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_images_generate(client: Client) -> None:
    reply = client.post("/v1/images/generations", {"prompt": "a red fox", "model": "gpt-image-1",
                                                   "n": 2, "size": "1536x1024"})
    assert reply.status == 200, reply.data
    body = reply.json
    assert len(body["data"]) == 2 and body["size"] == "1536x1024" and body["usage"]["total_tokens"] > 0
    png = base64.b64decode(body["data"][0]["b64_json"])
    assert _png_size(png) == (24, 16) and len(png) < 1000
    # dall-e models answer with a URL unless asked for b64_json; it is a data: URL.
    url = client.post("/v1/images/generations", {"prompt": "a fox", "model": "dall-e-3"}).json
    assert url["data"][0]["revised_prompt"] == "a fox"
    with urllib.request.urlopen(url["data"][0]["url"]) as opened:
        assert _png_size(opened.read()) == (16, 16)
    assert client.post("/v1/images/generations", {"model": "dall-e-2"}).status == 400
    bad = client.post("/v1/images/generations", {"prompt": "x", "size": "3x3"})
    assert bad.status == 400 and bad.json["error"]["param"] == "size"
    assert client.post("/v1/images/generations", {"prompt": "x", "model": "dall-e-3",
                                                  "n": 2}).status == 400


def test_images_stream(client: Client) -> None:
    reply = client.post("/v1/images/generations", {"prompt": "fox", "model": "gpt-image-1",
                                                   "stream": True, "partial_images": 1})
    events = [json.loads(line[6:]) for line in reply.data.decode().splitlines()
              if line.startswith("data: ")]
    assert [e["type"] for e in events] == ["image_generation.partial_image",
                                           "image_generation.completed"]
    assert _png_size(base64.b64decode(events[-1]["b64_json"]))


def test_images_edit_and_variation_multipart(fake: FakeOpenAI, client: Client) -> None:
    png = base64.b64decode(client.post("/v1/images/generations", {
        "prompt": "seed", "response_format": "b64_json"}).json["data"][0]["b64_json"])
    edit = client.post("/v1/images/edits", fields=[
        ("image[]", "a.png", png), ("image[]", "b.png", png), ("prompt", None, b"add a hat"),
        ("model", None, b"gpt-image-1")])
    assert edit.status == 200, edit.data
    assert _png_size(base64.b64decode(edit.json["data"][0]["b64_json"]))
    assert edit.json["usage"]["input_tokens_details"]["image_tokens"] > 0
    missing = client.post("/v1/images/edits", fields=[("prompt", None, b"hat")])
    assert missing.status == 400 and missing.json["error"]["param"] == "images"
    variation = client.post("/v1/images/variations", fields=[
        ("image", "a.png", png), ("n", None, b"3"), ("response_format", None, b"b64_json")])
    assert variation.status == 200 and len(variation.json["data"]) == 3
    assert fake.images.create_variation.last_call is not None


# --- uploads ------------------------------------------------------------------------------

def test_upload_in_parts_becomes_a_file(client: Client) -> None:
    data = b"line one\nline two\n" * 10
    upload = client.post("/v1/uploads", {"filename": "train.jsonl", "purpose": "fine-tune",
                                         "bytes": len(data), "mime_type": "text/jsonl"}).json
    assert upload["status"] == "pending" and upload["object"] == "upload"
    assert upload["expires_at"] == upload["created_at"] + 3600
    parts = []
    for chunk in (data[:100], data[100:]):
        part = client.post(f"/v1/uploads/{upload['id']}/parts", fields=[("data", "blob", chunk)])
        assert part.status == 200, part.data
        assert part.json["object"] == "upload.part" and part.json["upload_id"] == upload["id"]
        parts.append(part.json["id"])
    wrong = client.post(f"/v1/uploads/{upload['id']}/complete", {"part_ids": parts[:1]})
    assert wrong.status == 400 and "bytes" in wrong.json["error"]["message"]
    bad_md5 = client.post(f"/v1/uploads/{upload['id']}/complete",
                          {"part_ids": parts, "md5": "0" * 32})
    assert bad_md5.status == 400
    done = client.post(f"/v1/uploads/{upload['id']}/complete", {
        "part_ids": parts, "md5": hashlib.md5(data).hexdigest()}).json
    assert done["status"] == "completed" and done["file"]["bytes"] == len(data)
    assert done["file"]["purpose"] == "fine-tune" and done["file"]["filename"] == "train.jsonl"
    assert client.get(f"/v1/files/{done['file']['id']}/content").data == data
    again = client.post(f"/v1/uploads/{upload['id']}/parts", fields=[("data", "x", b"x")])
    assert again.status == 400


def test_upload_cancel_and_validation(client: Client) -> None:
    upload = client.post("/v1/uploads", {"filename": "a", "purpose": "batch", "bytes": 3,
                                         "mime_type": "text/plain"}).json
    cancelled = client.post(f"/v1/uploads/{upload['id']}/cancel").json
    assert cancelled["status"] == "cancelled"
    assert client.post(f"/v1/uploads/{upload['id']}/cancel").status == 400
    assert client.post("/v1/uploads", {"filename": "a", "purpose": "nope", "bytes": 3,
                                       "mime_type": "text/plain"}).status == 400
    missing = client.post("/v1/uploads", {"filename": "a", "purpose": "batch"})
    assert missing.status == 400 and missing.json["error"]["code"] == "missing_required_parameter"
    assert client.post("/v1/uploads/upload_nope/parts", fields=[("data", "x", b"x")]).status == 404


# --- fine-tuning --------------------------------------------------------------------------

def _training_file(fake: FakeOpenAI) -> str:
    lines = [json.dumps({"messages": [{"role": "user", "content": f"q{i}"},
                                      {"role": "assistant", "content": f"a{i}"}]})
             for i in range(4)]
    return str(fake.add_file("\n".join(lines), filename="train.jsonl", purpose="fine-tune")["id"])


def test_fine_tuning_job_lifecycle(fake: FakeOpenAI, client: Client) -> None:
    training = _training_file(fake)
    job = client.post("/v1/fine_tuning/jobs", {"model": "gpt-4o-mini", "training_file": training,
                                               "suffix": "demo", "metadata": {"team": "x"}})
    assert job.status == 200, job.data
    job_id = job.json["id"]
    assert job.json["status"] == "validating_files" and job_id.startswith("ftjob-")
    assert job.json["hyperparameters"] == {"batch_size": "auto", "learning_rate_multiplier": "auto",
                                           "n_epochs": "auto"}
    path = f"/v1/fine_tuning/jobs/{job_id}"
    statuses = [client.get(path).json["status"] for _ in range(4)]
    assert statuses == ["queued", "running", "succeeded", "succeeded"]
    done = client.get(path).json
    assert done["fine_tuned_model"] == f"ft:gpt-4o-mini:fake-org:demo:{job_id[-8:]}"
    assert done["hyperparameters"]["n_epochs"] == 3 and done["trained_tokens"] > 0
    assert client.get(f"/v1/models/{done['fine_tuned_model']}").status == 200
    results = client.get(f"/v1/files/{done['result_files'][0]}/content").data
    assert results.startswith(b"step,train_loss")

    events = client.get(path + "/events").json
    assert events["object"] == "list" and "first_id" not in events
    messages = [e["message"] for e in events["data"]]
    assert messages[0] == "The job has successfully completed"  # newest first
    assert messages[-1].startswith("Validating training file")
    limited = client.get(path + "/events?limit=2").json
    assert len(limited["data"]) == 2 and limited["has_more"] is True
    after = client.get(path + f"/events?after={limited['data'][-1]['id']}&limit=100").json
    assert len(after["data"]) == len(events["data"]) - 2
    checkpoints = client.get(path + "/checkpoints").json["data"]
    assert len(checkpoints) == 3
    assert checkpoints[0]["fine_tuned_model_checkpoint"] == done["fine_tuned_model"]

    assert client.post(path + "/cancel").status == 400
    listing = client.get("/v1/fine_tuning/jobs").json
    assert [j["id"] for j in listing["data"]] == [job_id]
    assert client.get("/v1/fine_tuning/jobs?metadata%5Bteam%5D=y").json["data"] == []


def test_fine_tuning_cancel_pause_and_validation(fake: FakeOpenAI, client: Client) -> None:
    training = _training_file(fake)
    job = client.post("/v1/fine_tuning/jobs", {"model": "gpt-4o-mini",
                                               "training_file": training}).json
    path = f"/v1/fine_tuning/jobs/{job['id']}"
    assert client.post(path + "/pause").status == 400
    client.get(path)
    client.get(path)  # running
    assert client.post(path + "/pause").json["status"] == "paused"
    assert client.post(path + "/resume").json["status"] == "running"
    cancelled = client.post(path + "/cancel").json
    assert cancelled["status"] == "cancelled" and cancelled["finished_at"] is not None
    assert client.get(path).json["status"] == "cancelled"

    batch_file = fake.add_file("x", purpose="batch")["id"]
    wrong = client.post("/v1/fine_tuning/jobs", {"model": "gpt-4o-mini", "training_file": batch_file})
    assert wrong.status == 400 and wrong.json["error"]["param"] == "training_file"
    unknown = client.post("/v1/fine_tuning/jobs", {"model": "nope", "training_file": training})
    assert unknown.status == 400 and unknown.json["error"]["param"] == "model"
    assert client.post("/v1/fine_tuning/jobs", {"model": "gpt-4o-mini"}).status == 400
    assert client.get("/v1/fine_tuning/jobs/ftjob-nope").status == 404


# --- speech as server-sent events -----------------------------------------------------------

def test_speech_sse(client: Client) -> None:
    plain = client.post("/v1/audio/speech", {"model": "gpt-4o-mini-tts", "voice": "alloy",
                                             "input": "hello there", "response_format": "wav"})
    reply = client.post("/v1/audio/speech", {"model": "gpt-4o-mini-tts", "voice": "alloy",
                                             "input": "hello there", "response_format": "wav",
                                             "stream_format": "sse"})
    assert reply.status == 200 and reply.headers["content-type"].startswith("text/event-stream")
    events = [json.loads(line[6:]) for line in reply.data.decode().splitlines()
              if line.startswith("data: ")]
    assert {e["type"] for e in events[:-1]} == {"speech.audio.delta"}
    assert events[-1]["type"] == "speech.audio.done" and events[-1]["usage"]["input_tokens"] == 2
    audio = b"".join(base64.b64decode(e["audio"]) for e in events[:-1])
    assert audio == plain.data
    refused = client.post("/v1/audio/speech", {"model": "tts-1", "voice": "alloy", "input": "x",
                                               "stream_format": "sse"})
    assert refused.status == 400 and refused.json["error"]["param"] == "stream_format"


# --- Azure paths --------------------------------------------------------------------------

def test_azure_paths_map_onto_the_api() -> None:
    with FakeOpenAI(api_key="azure-key") as fake:
        client = Client(fake, {"api-key": "azure-key"})
        reply = client.post("/openai/deployments/my-gpt/chat/completions?api-version=2024-10-21",
                            {"messages": [{"role": "user", "content": "hi"}]})
        assert reply.status == 200, reply.data
        assert reply.json["model"] == "my-gpt"
        assert reply.json["choices"][0]["message"]["content"] == "hi"
        call = fake.chat.completions.create.last_call
        assert call is not None and call.azure and call.deployment == "my-gpt"
        assert client.get("/openai/models?api-version=2024-10-21").status == 200
        assert client.get("/openai/models").status == 404  # api-version is required
        wrong = Client(fake, {"api-key": "nope"})
        assert wrong.get("/openai/models?api-version=1").status == 401
        bearer = Client(fake, {"Authorization": "Bearer azure-key"})
        assert bearer.get("/openai/models?api-version=1").status == 200
        # the api-key header is an Azure thing only
        assert Client(fake, {"api-key": "azure-key"}).get("/v1/models").status == 401
        for c in (client, wrong, bearer):
            c.conn.close()


# --- canned answers -------------------------------------------------------------------------

def test_answer_mode_gives_short_deterministic_replies() -> None:
    with FakeOpenAI(replies="answer") as fake:
        client = Client(fake)
        assert _chat(client, "Count from one to five in words.")["choices"][0]["message"][
            "content"] == "One, two, three, four, five."
        assert _chat(client, "Are you there?")["choices"][0]["message"]["content"] == "Yes, I'm here."
        first = _chat(client, "What is a lightweight HTTP client?")["choices"][0]["message"]["content"]
        assert first.startswith("A lightweight HTTP client is") and "FakeOpenAI" in first
        assert _chat(client, "What is a lightweight HTTP client?")["choices"][0]["message"][
            "content"] == first
        response = client.post("/v1/responses", {"model": "gpt-4o-mini", "input": "Say hi"}).json
        assert response["output"][0]["content"][0]["text"] == "hi"
        client.conn.close()
    with pytest.raises(ValueError):
        FakeOpenAI(replies="poetry")
