"""vector_stores.*, .files.*, .file_batches.*: requests (with ``OpenAI-Beta: assistants=v2``)
and parsed results in every view; the poll and upload helpers end to end on both clients."""
from __future__ import annotations

import asyncio
import importlib
import threading
import time
from typing import Any, Dict, List

import pytest

import openai_lite
from openai_lite.types.other_file_chunking_strategy_object import OtherFileChunkingStrategyObject
from openai_lite.types.static_file_chunking_strategy_object import StaticFileChunkingStrategyObject
from openai_lite.types.vector_store import VectorStore
from openai_lite.types.vector_store_deleted import VectorStoreDeleted
from openai_lite.types.vector_store_search_response import VectorStoreSearchResponse
from openai_lite.types.vector_stores import (
    FileContentResponse, VectorStoreFile, VectorStoreFileBatch, VectorStoreFileDeleted,
)
from tests.apiserver import APIServer, Recorded, Reply
from tests.test_api_files import api, shared_server  # noqa: F401  (fixtures)
from tests.test_api_files import FILE, Case, aclient, case_params, check_case, client, run

BETA = {"openai-beta": "assistants=v2"}

STORE = {"id": "vs_1", "object": "vector_store", "created_at": 1699061776, "name": "Support FAQ",
         "usage_bytes": 139920, "status": "completed", "last_active_at": 1699061776, "metadata": {},
         "expires_after": {"anchor": "last_active_at", "days": 7}, "expires_at": None,
         "file_counts": {"in_progress": 0, "completed": 3, "failed": 0, "cancelled": 0, "total": 3}}
VS_FILE = {"id": "file-1", "object": "vector_store.file", "usage_bytes": 1234, "created_at": 1698107661,
           "vector_store_id": "vs_1", "status": "completed", "last_error": None,
           "attributes": {"lang": "en", "year": 2024, "public": True},
           "chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800,
                                                              "chunk_overlap_tokens": 400}}}
VS_BATCH = {"id": "vsfb_1", "object": "vector_store.files_batch", "created_at": 1699061776,
            "vector_store_id": "vs_1", "status": "completed",
            "file_counts": {"in_progress": 0, "completed": 2, "failed": 0, "cancelled": 0, "total": 2}}


def is_store(r: Any) -> None:
    assert isinstance(r, VectorStore) and r.id == "vs_1" and r.file_counts.completed == 3
    assert r.expires_after is not None and r.expires_after.days == 7 and r.last_active_at == 1699061776


def is_vs_file(r: Any) -> None:
    assert isinstance(r, VectorStoreFile) and r.id == "file-1" and r.status == "completed"
    assert r.attributes == {"lang": "en", "year": 2024, "public": True}
    assert isinstance(r.chunking_strategy, StaticFileChunkingStrategyObject)
    assert r.chunking_strategy.static.chunk_overlap_tokens == 400


def is_batch(r: Any) -> None:
    assert isinstance(r, VectorStoreFileBatch) and r.id == "vsfb_1" and r.file_counts.total == 2


def page_of(check: Any) -> Any:
    def inner(page: Any) -> None:
        assert len(page.data) == 1
        check(page.data[0])
    return inner


def listing(item: Dict[str, Any]) -> Reply:
    return Reply(200, {"object": "list", "data": [item], "first_id": item["id"], "last_id": item["id"],
                       "has_more": False})


STORE_CASES = [
    Case("create", lambda c: c.vector_stores.create(
        chunking_strategy={"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}},
        description="faq", expires_after={"anchor": "last_active_at", "days": 7}, file_ids=["file-1"],
        metadata={"k": "v"}, name="Support FAQ"),
        "POST", "/v1/vector_stores", headers=BETA,
        json={"chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800,
                                                                 "chunk_overlap_tokens": 400}},
              "description": "faq", "expires_after": {"anchor": "last_active_at", "days": 7},
              "file_ids": ["file-1"], "metadata": {"k": "v"}, "name": "Support FAQ"},
        reply=Reply(200, STORE), check=is_store),
    Case("create-empty", lambda c: c.vector_stores.create(), "POST", "/v1/vector_stores", headers=BETA,
         json={}, reply=Reply(200, STORE), check=is_store),
    Case("retrieve", lambda c: c.vector_stores.retrieve("vs_1"), "GET", "/v1/vector_stores/vs_1", headers=BETA,
         reply=Reply(200, STORE), check=is_store),
    Case("update", lambda c: c.vector_stores.update("vs_1", expires_after=None, metadata={"a": "b"}, name="n"),
         "POST", "/v1/vector_stores/vs_1", headers=BETA,
         json={"expires_after": None, "metadata": {"a": "b"}, "name": "n"}, reply=Reply(200, STORE), check=is_store),
    Case("list", lambda c: c.vector_stores.list(after="a", before="b", limit=5, order="desc"),
         "GET", "/v1/vector_stores", headers=BETA,
         query=[("after", "a"), ("before", "b"), ("limit", "5"), ("order", "desc")],
         reply=listing(STORE), check=page_of(is_store)),
    Case("delete", lambda c: c.vector_stores.delete("vs_1"), "DELETE", "/v1/vector_stores/vs_1", headers=BETA,
         reply=Reply(200, {"id": "vs_1", "object": "vector_store.deleted", "deleted": True}),
         check=lambda r: isinstance(r, VectorStoreDeleted) and r.deleted),
    Case("search", lambda c: c.vector_stores.search(
        "vs_1", query=["refund", "policy"], filters={"type": "eq", "key": "lang", "value": "en"},
        max_num_results=3, ranking_options={"ranker": "auto", "score_threshold": 0.5}, rewrite_query=True),
        "POST", "/v1/vector_stores/vs_1/search", headers=BETA,
        json={"query": ["refund", "policy"], "filters": {"type": "eq", "key": "lang", "value": "en"},
              "max_num_results": 3, "ranking_options": {"ranker": "auto", "score_threshold": 0.5},
              "rewrite_query": True},
        reply=Reply(200, {"object": "vector_store.search_results.page", "search_query": ["refund policy"],
                          "data": [{"file_id": "file-1", "filename": "faq.md", "score": 1, "attributes": None,
                                    "content": [{"type": "text", "text": "Refunds within 30 days."}]}],
                          "has_more": True, "next_page": "abc"}),
        check=lambda page: (isinstance(page.data[0], VectorStoreSearchResponse) and page.data[0].score == 1.0
                            and page.data[0].content[0].text.startswith("Refunds")
                            and not page.has_next_page())),
]

FILE_CASES = [
    Case("files-create", lambda c: c.vector_stores.files.create(
        "vs_1", file_id="file-1", attributes={"lang": "en"}, chunking_strategy={"type": "auto"}),
        "POST", "/v1/vector_stores/vs_1/files", headers=BETA,
        json={"file_id": "file-1", "attributes": {"lang": "en"}, "chunking_strategy": {"type": "auto"}},
        reply=Reply(200, VS_FILE), check=is_vs_file),
    Case("files-retrieve", lambda c: c.vector_stores.files.retrieve("file-1", vector_store_id="vs_1"),
         "GET", "/v1/vector_stores/vs_1/files/file-1", headers=BETA, reply=Reply(200, VS_FILE), check=is_vs_file),
    Case("files-update", lambda c: c.vector_stores.files.update("file-1", vector_store_id="vs_1",
                                                               attributes={"year": 2025}),
         "POST", "/v1/vector_stores/vs_1/files/file-1", headers=BETA, json={"attributes": {"year": 2025}},
         reply=Reply(200, VS_FILE), check=is_vs_file),
    Case("files-list", lambda c: c.vector_stores.files.list("vs_1", after="a", before="b", filter="failed",
                                                           limit=10, order="asc"),
         "GET", "/v1/vector_stores/vs_1/files", headers=BETA,
         query=[("after", "a"), ("before", "b"), ("filter", "failed"), ("limit", "10"), ("order", "asc")],
         reply=listing(VS_FILE), check=page_of(is_vs_file)),
    Case("files-delete", lambda c: c.vector_stores.files.delete("file-1", vector_store_id="vs_1"),
         "DELETE", "/v1/vector_stores/vs_1/files/file-1", headers=BETA,
         reply=Reply(200, {"id": "file-1", "object": "vector_store.file.deleted", "deleted": True}),
         check=lambda r: isinstance(r, VectorStoreFileDeleted) and r.deleted),
    Case("files-content", lambda c: c.vector_stores.files.content("file-1", vector_store_id="vs_1"),
         "GET", "/v1/vector_stores/vs_1/files/file-1/content", headers=BETA,
         reply=Reply(200, {"object": "vector_store.file_content.page", "has_more": False, "next_page": None,
                           "data": [{"type": "text", "text": "Hello"}]}),
         check=lambda page: isinstance(page.data[0], FileContentResponse) and page.data[0].text == "Hello"),
    Case("batches-create", lambda c: c.vector_stores.file_batches.create(
        "vs_1", attributes={"a": 1}, chunking_strategy={"type": "auto"}, file_ids=["f1", "f2"],
        files=[{"file_id": "f3", "attributes": {"b": True}}]),
        "POST", "/v1/vector_stores/vs_1/file_batches", headers=BETA,
        json={"attributes": {"a": 1}, "chunking_strategy": {"type": "auto"}, "file_ids": ["f1", "f2"],
              "files": [{"file_id": "f3", "attributes": {"b": True}}]},
        reply=Reply(200, VS_BATCH), check=is_batch),
    Case("batches-retrieve", lambda c: c.vector_stores.file_batches.retrieve("vsfb_1", vector_store_id="vs_1"),
         "GET", "/v1/vector_stores/vs_1/file_batches/vsfb_1", headers=BETA, reply=Reply(200, VS_BATCH),
         check=is_batch),
    Case("batches-cancel", lambda c: c.vector_stores.file_batches.cancel("vsfb_1", vector_store_id="vs_1"),
         "POST", "/v1/vector_stores/vs_1/file_batches/vsfb_1/cancel", headers=BETA,
         reply=Reply(200, VS_BATCH), check=is_batch),
    Case("batches-list-files", lambda c: c.vector_stores.file_batches.list_files(
        "vsfb_1", vector_store_id="vs_1", after="a", before="b", filter="completed", limit=2, order="desc"),
        "GET", "/v1/vector_stores/vs_1/file_batches/vsfb_1/files", headers=BETA,
        query=[("after", "a"), ("before", "b"), ("filter", "completed"), ("limit", "2"), ("order", "desc")],
        reply=listing(VS_FILE), check=page_of(is_vs_file)),
]


@pytest.mark.parametrize("case, mode", case_params(STORE_CASES + FILE_CASES))
def test_wire(api: APIServer, case: Case, mode: str) -> None:
    check_case(api, case, mode)


def test_caller_can_override_the_beta_header(api: APIServer) -> None:
    api.default = Reply(200, STORE)
    client(api).vector_stores.retrieve("vs_1", extra_headers={"OpenAI-Beta": "assistants=v3"})
    assert api.last.headers["openai-beta"] == "assistants=v3"
    client(api).vector_stores.retrieve("vs_1", extra_headers={"OpenAI-Beta": openai_lite.omit})
    assert "openai-beta" not in api.last.headers


def test_path_ids_are_checked_and_encoded(api: APIServer) -> None:
    c = client(api)
    with pytest.raises(ValueError, match="vector_store_id"):
        c.vector_stores.files.retrieve("file-1", vector_store_id="")
    with pytest.raises(ValueError, match="batch_id"):
        c.vector_stores.file_batches.retrieve("", vector_store_id="vs")
    assert api.requests == []
    api.default = Reply(200, VS_FILE)
    c.vector_stores.files.retrieve("a/b", vector_store_id="vs 1")
    assert api.last.target == "/v1/vector_stores/vs%201/files/a%2Fb"


def test_other_chunking_strategy_is_resolved_by_type(api: APIServer) -> None:
    api.default = Reply(200, dict(VS_FILE, chunking_strategy={"type": "other"},
                                  last_error={"code": "invalid_file", "message": "bad"}))
    f = client(api).vector_stores.files.retrieve("file-1", vector_store_id="vs_1")
    assert isinstance(f.chunking_strategy, OtherFileChunkingStrategyObject)
    assert f.last_error is not None and f.last_error.code == "invalid_file"


# ---- poll helpers -----------------------------------------------------------------------------

class Sleeps:
    """Records the helpers' sleeps instead of sleeping (both clients)."""

    def __init__(self, monkeypatch: Any) -> None:
        self.seconds: List[float] = []
        real_async_sleep = asyncio.sleep

        async def fake_async_sleep(delay: float, *a: Any, **k: Any) -> None:
            self.seconds.append(delay)
            await real_async_sleep(0)
        monkeypatch.setattr(time, "sleep", self.seconds.append)
        monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)


def poll_gets(api: APIServer) -> List[Recorded]:
    return [r for r in api.requests if r.method == "GET"]


def assert_poll_headers(recs: List[Recorded], interval: Any = None) -> None:
    assert recs
    for r in recs:
        assert r.headers["x-stainless-poll-helper"] == "true"
        assert r.headers.get("x-stainless-custom-poll-interval") == interval
        assert r.headers["openai-beta"] == "assistants=v2"


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_files_poll_follows_the_server_hint(api: APIServer, monkeypatch: Any, is_async: bool) -> None:
    sleeps = Sleeps(monkeypatch)
    api.queue(Reply(200, dict(VS_FILE, status="in_progress"), headers={"openai-poll-after-ms": "250"}),
              Reply(200, dict(VS_FILE, status="in_progress")),
              Reply(200, VS_FILE))
    c = aclient(api) if is_async else client(api)
    result = c.vector_stores.files.poll("file-1", vector_store_id="vs_1")
    f = run(result) if is_async else result
    is_vs_file(f)
    assert [r.path for r in api.requests] == ["/v1/vector_stores/vs_1/files/file-1"] * 3
    assert_poll_headers(api.requests)
    assert sleeps.seconds == [0.25, 1.0]  # the server's hint, then the 1 s default


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_files_create_and_poll(api: APIServer, monkeypatch: Any, is_async: bool) -> None:
    sleeps = Sleeps(monkeypatch)
    api.queue(Reply(200, dict(VS_FILE, status="in_progress")),
              Reply(200, dict(VS_FILE, status="in_progress"), headers={"openai-poll-after-ms": "5"}),
              Reply(200, dict(VS_FILE, status="in_progress")),
              Reply(200, dict(VS_FILE, status="failed", last_error={"code": "server_error", "message": "x"})))
    c = aclient(api) if is_async else client(api)
    result = c.vector_stores.files.create_and_poll("file-1", vector_store_id="vs_1", attributes={"k": "v"},
                                                   poll_interval_ms=20, chunking_strategy={"type": "auto"})
    f = run(result) if is_async else result
    assert f.status == "failed" and f.last_error.code == "server_error"
    create, *gets = api.requests
    assert (create.method, create.path) == ("POST", "/v1/vector_stores/vs_1/files")
    assert create.json() == {"file_id": "file-1", "attributes": {"k": "v"}, "chunking_strategy": {"type": "auto"}}
    assert "x-stainless-poll-helper" not in create.headers
    assert len(gets) == 3 and all(g.method == "GET" for g in gets)
    assert_poll_headers(gets, interval="20")
    assert sleeps.seconds == [0.02, 0.02]  # the caller's interval wins over the server's hint


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_files_upload_and_upload_and_poll(api: APIServer, monkeypatch: Any, is_async: bool) -> None:
    Sleeps(monkeypatch)

    def answer(rec: Recorded) -> Reply:
        if rec.path == "/v1/files":
            return Reply(200, dict(FILE, id="file-new", purpose="assistants"))
        if rec.method == "POST":
            return Reply(200, dict(VS_FILE, id="file-new", status="in_progress"))
        return Reply(200, dict(VS_FILE, id="file-new"))
    api.default = answer
    c = aclient(api) if is_async else client(api)

    def call(x: Any) -> Any:
        return run(x) if is_async else x

    f = call(c.vector_stores.files.upload(vector_store_id="vs_1", file=("a.txt", b"hello"),
                                          chunking_strategy={"type": "auto"}))
    assert f.id == "file-new" and f.status == "in_progress"
    up, attach = api.requests
    assert (up.method, up.path) == ("POST", "/v1/files")
    assert b'name="purpose"\r\n\r\nassistants\r\n' in up.body and b'filename="a.txt"' in up.body
    assert "openai-beta" not in up.headers
    assert attach.json() == {"file_id": "file-new", "chunking_strategy": {"type": "auto"}}

    api.requests.clear()
    f = call(c.vector_stores.files.upload_and_poll(vector_store_id="vs_1", file=b"hi", attributes={"a": 1}))
    assert f.status == "completed"
    assert [(r.method, r.path) for r in api.requests] == [
        ("POST", "/v1/files"), ("POST", "/v1/vector_stores/vs_1/files"), ("GET", "/v1/vector_stores/vs_1/files/file-new")]
    assert api.requests[1].json() == {"file_id": "file-new", "attributes": {"a": 1}}


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_file_batches_create_and_poll(api: APIServer, monkeypatch: Any, is_async: bool) -> None:
    sleeps = Sleeps(monkeypatch)
    counts = {"in_progress": 2, "completed": 0, "failed": 0, "cancelled": 0, "total": 2}
    api.queue(Reply(200, dict(VS_BATCH, status="in_progress", file_counts=counts)),
              Reply(200, dict(VS_BATCH, status="in_progress", file_counts=dict(counts, in_progress=1, completed=1))),
              Reply(200, VS_BATCH))
    c = aclient(api) if is_async else client(api)
    result = c.vector_stores.file_batches.create_and_poll("vs_1", file_ids=["f1", "f2"], poll_interval_ms=1)
    is_batch(run(result) if is_async else result)
    create, *gets = api.requests
    assert create.json() == {"file_ids": ["f1", "f2"]}
    assert [g.path for g in gets] == ["/v1/vector_stores/vs_1/file_batches/vsfb_1"] * 2
    assert_poll_headers(gets, interval="1")
    assert sleeps.seconds == [0.001]


def test_file_batches_poll_stops_when_nothing_is_in_progress(api: APIServer, monkeypatch: Any) -> None:
    Sleeps(monkeypatch)
    # the status may still read in_progress for a moment; the helper watches the counts
    api.queue(Reply(200, dict(VS_BATCH, status="in_progress")))
    b = client(api).vector_stores.file_batches.poll("vsfb_1", vector_store_id="vs_1")
    assert b.status == "in_progress" and len(api.requests) == 1


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_file_batches_upload_and_poll(api: APIServer, monkeypatch: Any, is_async: bool) -> None:
    Sleeps(monkeypatch)
    lock = threading.Lock()
    state = {"uploads": 0}

    def answer(rec: Recorded) -> Reply:
        if rec.path == "/v1/files":
            with lock:
                state["uploads"] += 1
            name = rec.body.split(b'filename="')[1].split(b'"')[0].decode()
            return Reply(200, dict(FILE, id="file-" + name, purpose="assistants"))
        return Reply(200, VS_BATCH)
    api.default = answer
    c = aclient(api) if is_async else client(api)
    files = [(f"n{i}", b"x") for i in range(5)]
    result = c.vector_stores.file_batches.upload_and_poll("vs_1", files=files, file_ids=["file-old"],
                                                          max_concurrency=2, chunking_strategy={"type": "auto"})
    is_batch(run(result) if is_async else result)
    assert state["uploads"] == 5
    uploads = [r for r in api.requests if r.path == "/v1/files"]
    assert all(b"assistants" in r.body for r in uploads)
    create = next(r for r in api.requests if r.path.endswith("/file_batches"))
    # the new ids follow the given ones, in the order the files were passed
    assert create.json() == {"chunking_strategy": {"type": "auto"},
                             "file_ids": ["file-old", "file-n0", "file-n1", "file-n2", "file-n3", "file-n4"]}
    assert api.last.method == "GET" and api.last.headers["x-stainless-poll-helper"] == "true"


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_file_batches_upload_and_poll_uploads_concurrently_up_to_the_limit(
        api: APIServer, monkeypatch: Any, is_async: bool) -> None:
    Sleeps(monkeypatch)
    lock = threading.Lock()
    state = {"active": 0, "peak": 0}
    release = threading.Event()

    def answer(rec: Recorded) -> Reply:
        if rec.path == "/v1/files":
            with lock:
                state["active"] += 1
                state["peak"] = max(state["peak"], state["active"])
                if state["peak"] >= 3:
                    release.set()
            release.wait(0.3)  # hold until several uploads overlap (or give up)
            with lock:
                state["active"] -= 1
            return Reply(200, dict(FILE, purpose="assistants"))
        return Reply(200, VS_BATCH)
    api.default = answer
    c = aclient(api) if is_async else client(api)
    result = c.vector_stores.file_batches.upload_and_poll("vs_1", files=[b"a", b"b", b"c", b"d"],
                                                          max_concurrency=3)
    is_batch(run(result) if is_async else result)
    assert state["peak"] == 3


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_file_batches_upload_failure_is_raised_and_no_batch_is_made(api: APIServer, is_async: bool) -> None:
    def answer(rec: Recorded) -> Reply:
        if b'filename="bad"' in rec.body:
            return Reply(400, {"error": {"message": "unsupported file", "type": "invalid_request_error"}})
        return Reply(200, dict(FILE, purpose="assistants"))
    api.default = answer
    c = aclient(api) if is_async else client(api)
    with pytest.raises(openai_lite.BadRequestError, match="unsupported file"):
        result = c.vector_stores.file_batches.upload_and_poll("vs_1", files=[("ok", b"1"), ("bad", b"2")])
        run(result) if is_async else result
    assert not any("/vector_stores/" in r.path for r in api.requests)


def test_file_batches_upload_and_poll_needs_files(api: APIServer) -> None:
    with pytest.raises(ValueError, match="No files"):
        client(api).vector_stores.file_batches.upload_and_poll("vs_1", files=[])
    assert api.requests == []


def test_helpers_exist_on_raw_view_and_return_models(api: APIServer, monkeypatch: Any) -> None:
    Sleeps(monkeypatch)
    api.queue(Reply(200, dict(VS_FILE, status="in_progress")), Reply(200, VS_FILE))
    f = client(api).vector_stores.files.with_raw_response.poll("file-1", vector_store_id="vs_1")
    is_vs_file(f)


# ---- types packages ---------------------------------------------------------------------------

@pytest.mark.parametrize("package", ["openai_lite.types.vector_stores", "openai_lite.types.uploads",
                                     "openai_lite.types.audio", "openai_lite.types.containers"])
def test_type_subpackages_export_what_they_list(package: str) -> None:
    pkg = importlib.import_module(package)
    for name in pkg.__all__:
        value = getattr(pkg, name)
        assert value is not None
        assert name in dir(pkg)
    with pytest.raises(AttributeError):
        getattr(pkg, "Nope")
