"""files.*: each method on the wire and parsed, on both clients and in every view; the
``wait_for_processing`` helper against a scripted server.

Also home of the small table-driven harness the other ``test_api_*`` modules import: a
``Case`` is one call plus what must reach the server and what must come back, and
``check_case`` runs it on the sync and async clients, plain and through
``with_raw_response`` / ``with_streaming_response``.
"""
from __future__ import annotations

import asyncio
import time
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any, Callable, Dict, List, Optional, Tuple

import pytest

from openai_lite import AsyncOpenAI, OpenAI
from openai_lite.types.file_deleted import FileDeleted
from openai_lite.types.file_object import FileObject
from tests.apiserver import APIServer, Recorded, Reply

# ---- harness ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shared_server() -> Any:
    # One loopback server per module: stopping a server costs a poll interval, which over
    # hundreds of cases would dominate the run time.
    with APIServer() as server:
        yield server


@pytest.fixture
def api(shared_server: APIServer) -> APIServer:
    """Overrides conftest's per-test server with the module's server, reset for the test."""
    shared_server.requests.clear()
    shared_server.replies.clear()
    shared_server.default = Reply(200, {})
    return shared_server


MODES = ["sync", "sync-raw", "sync-stream", "async", "async-raw", "async-stream"]
NO_BODY = object()
Part = Tuple[str, Optional[str], Optional[str], bytes]  # name, filename, content type, data


def client(api: APIServer, **kw: Any) -> OpenAI:
    kw.setdefault("max_retries", 0)
    return OpenAI(api_key="sk-test", base_url=api.base_url, **kw)


def aclient(api: APIServer, **kw: Any) -> AsyncOpenAI:
    kw.setdefault("max_retries", 0)
    return AsyncOpenAI(api_key="sk-test", base_url=api.base_url, **kw)


def run(coro: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coro, 20))


def parts(rec: Recorded) -> List[Part]:
    """The multipart/form-data parts of a recorded request, in order."""
    ct = rec.headers["content-type"]
    assert ct.startswith("multipart/form-data; boundary=")
    msg = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + ct.encode() + b"\r\n\r\n" + rec.body)
    out: List[Part] = []
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        ctype = part.get("content-type")
        out.append((str(name), part.get_filename(), None if ctype is None else str(ctype),
                    part.get_payload(decode=True)))
    return out


def fields(*pairs: Tuple[str, str]) -> List[Part]:
    return [(name, None, None, value.encode()) for name, value in pairs]


class Case:
    def __init__(self, id: str, call: Callable[[Any], Any], method: str, path: str, *,
                 query: Optional[List[Tuple[str, str]]] = None, json: Any = NO_BODY,
                 parts: Optional[List[Part]] = None, headers: Optional[Dict[str, Optional[str]]] = None,
                 reply: Any = None, check: Optional[Callable[[Any], Any]] = None,
                 binary: Optional[bytes] = None) -> None:
        self.id = id
        self.call = call
        self.method = method
        self.path = path
        self.query = query or []
        self.json = json
        self.parts = parts
        self.headers = headers or {}
        self.reply = reply if reply is not None else Reply(200, {})
        self.check = check
        self.binary = binary

    def __repr__(self) -> str:
        return self.id


def _verify_request(case: Case, rec: Recorded, mode: str) -> None:
    assert rec.method == case.method
    assert rec.path == case.path
    assert rec.params == case.query
    assert rec.headers["accept"] == case.headers.get("accept", "application/json")
    for name, value in case.headers.items():
        assert rec.headers.get(name) == value, name
    assert rec.headers["authorization"] == "Bearer sk-test"
    assert rec.headers["x-stainless-async"] == ("async:asyncio" if mode.startswith("async") else "false")
    marker = {"raw": "true", "stream": "stream"}.get(mode.rpartition("-")[2])
    assert rec.headers.get("x-stainless-raw-response") == marker
    if case.parts is not None:
        assert parts(rec) == case.parts
    elif case.json is NO_BODY:
        assert rec.body == b""
        if case.method == "GET":
            assert "content-type" not in rec.headers
        else:
            assert rec.headers["content-type"] == "application/json"
            assert rec.headers["content-length"] == "0"
    else:
        assert rec.headers["content-type"] == "application/json"
        body = rec.json()
        assert body == case.json and list(body) == list(case.json)  # same keys, same order


def _verify_result(case: Case, result: Any) -> None:
    if case.binary is not None:
        content = result if isinstance(result, bytes) else result.content
        assert content == case.binary
    elif case.check is not None:
        outcome = case.check(result)
        assert outcome is None or outcome is True


def check_case(api: APIServer, case: Case, mode: str) -> None:
    api.default = case.reply
    if mode == "sync":
        _verify_result(case, case.call(client(api)))
    elif mode == "sync-raw":
        raw = case.call(client(api).with_raw_response)
        assert raw.status_code == case.reply.status and raw.headers["x-request-id"].startswith("req_")
        _verify_result(case, raw.parse())
    elif mode == "sync-stream":
        with case.call(client(api).with_streaming_response) as resp:
            _verify_result(case, resp.read() if case.binary is not None else resp.parse())
    else:
        async def main() -> None:
            ac = aclient(api)
            try:
                if mode == "async":
                    _verify_result(case, await case.call(ac))
                elif mode == "async-raw":
                    raw = await case.call(ac.with_raw_response)
                    _verify_result(case, raw.parse())
                else:
                    async with case.call(ac.with_streaming_response) as resp:
                        _verify_result(case, await (resp.read() if case.binary is not None else resp.parse()))
            finally:
                await ac.close()
        run(main())
    assert len(api.requests) == 1
    _verify_request(case, api.last, mode)


def case_params(cases: List[Case]) -> Any:
    return [pytest.param(case, mode, id=f"{case.id}-{mode}") for case in cases for mode in MODES]


# ---- files.* ---------------------------------------------------------------------------------

FILE = {"id": "file-1", "object": "file", "bytes": 3, "created_at": 1700000000, "filename": "a.jsonl",
        "purpose": "batch", "status": "processed", "expires_at": None, "status_details": None}


def is_file(result: Any) -> None:
    assert isinstance(result, FileObject)
    assert result.id == "file-1" and result.bytes == 3 and result.purpose == "batch"
    assert result.status == "processed" and result.expires_at is None


def is_file_page(page: Any) -> None:
    assert [f.id for f in page.data] == ["file-1"] and isinstance(page.data[0], FileObject)
    assert not page.has_next_page()


CASES = [
    Case("create", lambda c: c.files.create(file=("a.jsonl", b"{}\n", "application/jsonl"), purpose="batch",
                                            expires_after={"anchor": "created_at", "seconds": 3600}),
         "POST", "/v1/files",
         parts=fields(("purpose", "batch"), ("expires_after[anchor]", "created_at"),
                      ("expires_after[seconds]", "3600"))
         + [("file", "a.jsonl", "application/jsonl", b"{}\n")],
         reply=Reply(200, FILE), check=is_file),
    Case("retrieve", lambda c: c.files.retrieve("file-1"), "GET", "/v1/files/file-1",
         reply=Reply(200, FILE), check=is_file),
    Case("list", lambda c: c.files.list(after="file-0", limit=2, order="asc", purpose="batch"),
         "GET", "/v1/files", query=[("after", "file-0"), ("limit", "2"), ("order", "asc"), ("purpose", "batch")],
         reply=Reply(200, {"object": "list", "data": [FILE], "has_more": False}), check=is_file_page),
    Case("delete", lambda c: c.files.delete("file-1"), "DELETE", "/v1/files/file-1",
         reply=Reply(200, {"id": "file-1", "object": "file", "deleted": True}),
         check=lambda r: isinstance(r, FileDeleted) and r.deleted is True),
    Case("content", lambda c: c.files.content("file-1"), "GET", "/v1/files/file-1/content",
         headers={"accept": "application/binary"},
         reply=Reply(200, b"\x00\x01line\n", headers={"Content-Type": "application/octet-stream"}),
         binary=b"\x00\x01line\n"),
    Case("retrieve_content", lambda c: c.files.retrieve_content("file-1"), "GET", "/v1/files/file-1/content",
         reply=Reply(200, "a,b\n1,2\n", headers={"Content-Type": "text/plain"}),
         check=lambda r: r == "a,b\n1,2\n"),
]


@pytest.mark.parametrize("case, mode", case_params(CASES))
def test_files_wire(api: APIServer, case: Case, mode: str) -> None:
    check_case(api, case, mode)


def test_create_with_a_path_and_a_file_object(api: APIServer, tmp_path: Any) -> None:
    api.default = Reply(200, FILE)
    p = tmp_path / "train.jsonl"
    p.write_bytes(b'{"a":1}\n')
    client(api).files.create(file=p, purpose="fine-tune")
    sent = parts(api.last)
    assert sent[0] == ("purpose", None, None, b"fine-tune")
    assert (sent[1][0], sent[1][1], sent[1][3]) == ("file", "train.jsonl", b'{"a":1}\n')
    with open(p, "rb") as fh:
        run(aclient(api).files.create(file=fh, purpose="batch"))
    sent = parts(api.last)
    assert (sent[1][0], sent[1][1], sent[1][3]) == ("file", "train.jsonl", b'{"a":1}\n')


def test_create_refuses_a_plain_string(api: APIServer) -> None:
    with pytest.raises(RuntimeError, match="Expected entry at `file`"):
        client(api).files.create(file="a.jsonl", purpose="batch")  # type: ignore[arg-type]
    assert api.requests == []


def test_empty_id_is_refused_before_sending(api: APIServer) -> None:
    c = client(api)
    for call in (c.files.retrieve, c.files.delete, c.files.content):
        with pytest.raises(ValueError, match="file_id"):
            call("")
    assert api.requests == []


# ---- wait_for_processing ------------------------------------------------------------------------

def scripted_statuses(api: APIServer, *statuses: str) -> None:
    api.queue(*[Reply(200, dict(FILE, status=s)) for s in statuses])


def test_wait_for_processing_polls_until_processed(api: APIServer) -> None:
    scripted_statuses(api, "uploaded", "uploaded", "processed")
    api.default = Reply(500, {})
    f = client(api).files.wait_for_processing("file-1", poll_interval=0.001)
    assert isinstance(f, FileObject) and f.status == "processed" and f._request_id == "req_3"
    assert [(r.method, r.path) for r in api.requests] == [("GET", "/v1/files/file-1")] * 3
    # an ordinary retrieve: the poll-helper header belongs to poll()/*_and_poll() only
    assert "x-stainless-poll-helper" not in api.last.headers


def test_wait_for_processing_async(api: APIServer) -> None:
    scripted_statuses(api, "uploaded", "error")
    f = run(aclient(api).files.wait_for_processing("file-1", poll_interval=0.001))
    assert f.status == "error" and len(api.requests) == 2
    assert api.last.headers["x-stainless-async"] == "async:asyncio"


def test_wait_for_processing_returns_at_once_when_done(api: APIServer) -> None:
    scripted_statuses(api, "processed")
    assert client(api).files.wait_for_processing("file-1").status == "processed"
    assert len(api.requests) == 1


def test_wait_for_processing_sleeps_poll_interval(api: APIServer, monkeypatch: Any) -> None:
    slept: List[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    scripted_statuses(api, "uploaded", "uploaded", "deleted")
    assert client(api).files.wait_for_processing("file-1", poll_interval=2.5).status == "deleted"
    assert slept == [2.5, 2.5]


def test_wait_for_processing_gives_up(api: APIServer) -> None:
    api.default = Reply(200, dict(FILE, status="uploaded"))
    with pytest.raises(RuntimeError, match="Giving up on waiting for file file-1 .* after 0.01 seconds"):
        client(api).files.wait_for_processing("file-1", poll_interval=0.005, max_wait_seconds=0.01)
    with pytest.raises(RuntimeError, match="Giving up"):
        run(aclient(api).files.wait_for_processing("file-1", poll_interval=0.005, max_wait_seconds=0.01))


def test_wait_for_processing_through_raw_view_still_returns_the_file(api: APIServer) -> None:
    scripted_statuses(api, "uploaded", "processed")
    f = client(api).files.with_raw_response.wait_for_processing("file-1", poll_interval=0.001)
    assert isinstance(f, FileObject) and f.status == "processed"
