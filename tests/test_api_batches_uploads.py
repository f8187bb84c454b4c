"""batches.* and uploads.*: requests on the wire and parsed results in every view, and the
``upload_file_chunked`` helper (create, one part per chunk, complete) on both clients."""
from __future__ import annotations

from typing import Any, Dict, List

import pytest

import openai_lite
from openai_lite import omit
from openai_lite.types.batch import Batch
from openai_lite.types.file_object import FileObject
from openai_lite.types.upload import Upload
from openai_lite.types.uploads import UploadPart
from tests.apiserver import APIServer, Recorded, Reply
from tests.test_api_files import api, shared_server  # noqa: F401  (fixtures)
from tests.test_api_files import FILE, Case, aclient, case_params, check_case, client, parts, run

BATCH = {"id": "batch_1", "object": "batch", "endpoint": "/v1/chat/completions", "errors": None,
         "input_file_id": "file-in", "completion_window": "24h", "status": "completed",
         "output_file_id": "file-out", "error_file_id": None, "created_at": 1711471533,
         "in_progress_at": 1711471538, "expires_at": 1711557933, "completed_at": 1711493133,
         "request_counts": {"total": 100, "completed": 95, "failed": 5},
         "usage": {"input_tokens": 1500, "input_tokens_details": {"cached_tokens": 1024},
                   "output_tokens": 500, "output_tokens_details": {"reasoning_tokens": 300},
                   "total_tokens": 2000},
         "metadata": {"job": "nightly"}}


def is_batch(r: Any) -> None:
    assert isinstance(r, Batch) and r.id == "batch_1" and r.status == "completed"
    assert r.request_counts is not None and r.request_counts.failed == 5
    assert r.usage is not None and r.usage.total_tokens == 2000
    assert r.metadata == {"job": "nightly"}


BATCH_CASES = [
    Case("create", lambda c: c.batches.create(completion_window="24h", endpoint="/v1/chat/completions",
                                              input_file_id="file-in", metadata={"job": "nightly"},
                                              output_expires_after={"anchor": "created_at", "seconds": 3600}),
         "POST", "/v1/batches",
         json={"completion_window": "24h", "endpoint": "/v1/chat/completions", "input_file_id": "file-in",
               "metadata": {"job": "nightly"}, "output_expires_after": {"anchor": "created_at", "seconds": 3600}},
         reply=Reply(200, BATCH), check=is_batch),
    Case("create-null-metadata", lambda c: c.batches.create(completion_window="24h", endpoint="/v1/embeddings",
                                                            input_file_id="f", metadata=None),
         "POST", "/v1/batches",
         json={"completion_window": "24h", "endpoint": "/v1/embeddings", "input_file_id": "f", "metadata": None},
         reply=Reply(200, BATCH), check=is_batch),
    Case("retrieve", lambda c: c.batches.retrieve("batch_1"), "GET", "/v1/batches/batch_1",
         reply=Reply(200, BATCH), check=is_batch),
    Case("list", lambda c: c.batches.list(after="batch_0", limit=1), "GET", "/v1/batches",
         query=[("after", "batch_0"), ("limit", "1")],
         reply=Reply(200, {"object": "list", "data": [BATCH], "first_id": "batch_1", "last_id": "batch_1",
                           "has_more": False}),
         check=lambda p: is_batch(p.data[0]) or not p.has_next_page()),
    Case("cancel", lambda c: c.batches.cancel("batch_1"), "POST", "/v1/batches/batch_1/cancel",
         reply=Reply(200, BATCH), check=is_batch),
]

UPLOAD = {"id": "upload_1", "object": "upload", "bytes": 6, "created_at": 1719184911, "filename": "t.jsonl",
          "purpose": "fine-tune", "status": "pending", "expires_at": 1719127296}
DONE = dict(UPLOAD, status="completed", file=dict(FILE, id="file-xyz", filename="t.jsonl"))
PART = {"id": "part_1", "object": "upload.part", "created_at": 1719185911, "upload_id": "upload_1"}


def is_upload(r: Any, status: str = "pending") -> None:
    assert isinstance(r, Upload) and r.id == "upload_1" and r.status == status and r.bytes == 6


def is_done(r: Any) -> None:
    is_upload(r, "completed")
    assert isinstance(r.file, FileObject) and r.file.id == "file-xyz"


UPLOAD_CASES = [
    Case("uploads-create", lambda c: c.uploads.create(bytes=6, filename="t.jsonl", mime_type="text/jsonl",
                                                      purpose="fine-tune",
                                                      expires_after={"anchor": "created_at", "seconds": 7200}),
         "POST", "/v1/uploads",
         json={"bytes": 6, "filename": "t.jsonl", "mime_type": "text/jsonl", "purpose": "fine-tune",
               "expires_after": {"anchor": "created_at", "seconds": 7200}},
         reply=Reply(200, UPLOAD), check=is_upload),
    Case("uploads-cancel", lambda c: c.uploads.cancel("upload_1"), "POST", "/v1/uploads/upload_1/cancel",
         reply=Reply(200, dict(UPLOAD, status="cancelled")), check=lambda r: is_upload(r, "cancelled")),
    Case("uploads-complete", lambda c: c.uploads.complete("upload_1", part_ids=["part_1", "part_2"], md5="abc"),
         "POST", "/v1/uploads/upload_1/complete", json={"part_ids": ["part_1", "part_2"], "md5": "abc"},
         reply=Reply(200, DONE), check=is_done),
    Case("uploads-complete-no-md5", lambda c: c.uploads.complete("upload_1", part_ids=[], md5=omit),
         "POST", "/v1/uploads/upload_1/complete", json={"part_ids": []}, reply=Reply(200, DONE), check=is_done),
    Case("parts-create", lambda c: c.uploads.parts.create("upload_1", data=b"chunk"),
         "POST", "/v1/uploads/upload_1/parts", parts=[("data", "upload", "application/octet-stream", b"chunk")],
         reply=Reply(200, PART),
         check=lambda r: isinstance(r, UploadPart) and r.id == "part_1" and r.upload_id == "upload_1"),
]


@pytest.mark.parametrize("case, mode", case_params(BATCH_CASES + UPLOAD_CASES))
def test_wire(api: APIServer, case: Case, mode: str) -> None:
    check_case(api, case, mode)


def test_empty_ids_are_refused(api: APIServer) -> None:
    c = client(api)
    with pytest.raises(ValueError, match="batch_id"):
        c.batches.cancel("")
    with pytest.raises(ValueError, match="upload_id"):
        c.uploads.parts.create("", data=b"x")
    assert api.requests == []


# ---- upload_file_chunked --------------------------------------------------------------------

def upload_server(api: APIServer) -> None:
    """Answers like the API: parts get increasing ids; complete echoes the final upload."""
    counter = {"part": 0}

    def answer(rec: Recorded) -> Reply:
        if rec.path == "/v1/uploads":
            return Reply(200, dict(UPLOAD, bytes=rec.json()["bytes"], filename=rec.json()["filename"]))
        if rec.path.endswith("/parts"):
            counter["part"] += 1
            return Reply(200, dict(PART, id=f"part_{counter['part']}"))
        if rec.path.endswith("/complete"):
            return Reply(200, DONE)
        return Reply(404, {"error": {"message": "unexpected"}})
    api.default = answer


def part_sizes(api: APIServer) -> List[int]:
    return [len(parts(r)[0][3]) for r in api.requests if r.path.endswith("/parts")]


def test_chunked_upload_of_bytes(api: APIServer) -> None:
    upload_server(api)
    data = bytes(range(256)) * 10  # 2560 bytes
    up = client(api).uploads.upload_file_chunked(file=data, filename="d.bin", mime_type="application/octet-stream",
                                                  purpose="batch", part_size=1000, md5="d41d8")
    is_done(up)
    assert [r.path for r in api.requests] == ["/v1/uploads"] + ["/v1/uploads/upload_1/parts"] * 3 + [
        "/v1/uploads/upload_1/complete"]
    assert api.requests[0].json() == {"bytes": 2560, "filename": "d.bin", "mime_type": "application/octet-stream",
                                      "purpose": "batch"}
    assert part_sizes(api) == [1000, 1000, 560]
    assert b"".join(parts(r)[0][3] for r in api.requests[1:4]) == data
    assert api.last.json() == {"part_ids": ["part_1", "part_2", "part_3"], "md5": "d41d8"}


def test_chunked_upload_of_a_path_on_the_async_client(api: APIServer, tmp_path: Any) -> None:
    upload_server(api)
    p = tmp_path / "train.jsonl"
    p.write_bytes(b"x" * 2048)

    async def main() -> Any:
        return await aclient(api).uploads.upload_file_chunked(file=p, mime_type="text/jsonl", purpose="fine-tune",
                                                              part_size=1024)
    is_done(run(main()))
    assert api.requests[0].json() == {"bytes": 2048, "filename": "train.jsonl", "mime_type": "text/jsonl",
                                      "purpose": "fine-tune"}
    assert part_sizes(api) == [1024, 1024]
    assert api.last.json() == {"part_ids": ["part_1", "part_2"]}  # md5 omitted by default
    assert all(r.headers["x-stainless-async"] == "async:asyncio" for r in api.requests)


def test_chunked_upload_defaults_to_64_mib_parts_and_the_given_size(api: APIServer, tmp_path: Any) -> None:
    upload_server(api)
    p = tmp_path / "small.txt"
    p.write_bytes(b"hello")
    client(api).uploads.upload_file_chunked(file=p, mime_type="text/plain", purpose="assistants", bytes=5,
                                            filename="renamed.txt")
    assert api.requests[0].json()["filename"] == "renamed.txt"
    assert part_sizes(api) == [5]
    assert openai_lite.resources.uploads.DEFAULT_PART_SIZE == 64 * 1024 * 1024


def test_chunked_upload_of_empty_content_sends_no_part(api: APIServer) -> None:
    upload_server(api)
    client(api).uploads.upload_file_chunked(file=b"", filename="e", mime_type="text/plain", purpose="batch")
    assert [r.path.rsplit("/", 1)[-1] for r in api.requests] == ["uploads", "complete"]
    assert api.last.json() == {"part_ids": []}


def test_chunked_upload_of_bytes_needs_a_filename(api: APIServer) -> None:
    with pytest.raises(TypeError, match="filename"):
        client(api).uploads.upload_file_chunked(file=b"abc", mime_type="text/plain", purpose="batch")
    with pytest.raises(ValueError, match="part_size"):
        client(api).uploads.upload_file_chunked(file=b"abc", filename="a", mime_type="t", purpose="batch",
                                                part_size=0)
    assert api.requests == []


def test_chunked_upload_stops_at_the_first_failed_part(api: APIServer, tmp_path: Any) -> None:
    calls: Dict[str, int] = {"parts": 0}

    def answer(rec: Recorded) -> Reply:
        if rec.path == "/v1/uploads":
            return Reply(200, UPLOAD)
        calls["parts"] += 1
        return Reply(400, {"error": {"message": "bad part", "type": "invalid_request_error"}})
    api.default = answer
    p = tmp_path / "f.bin"
    p.write_bytes(b"z" * 30)
    with pytest.raises(openai_lite.BadRequestError, match="bad part"):
        client(api).uploads.upload_file_chunked(file=p, mime_type="t", purpose="batch", part_size=10)
    assert calls["parts"] == 1 and not api.last.path.endswith("/complete")


def test_chunked_upload_through_the_raw_view_returns_the_upload(api: APIServer) -> None:
    upload_server(api)
    up = client(api).uploads.with_raw_response.upload_file_chunked(
        file=b"abc", filename="a", mime_type="t", purpose="batch")
    is_done(up)
