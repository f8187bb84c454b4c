"""containers.*, containers.files.*, videos.*: requests and parsed results in every view,
conditional multipart, bodiless deletes, binary downloads, and the video poll helpers."""
from __future__ import annotations

import asyncio
import time
from typing import Any, List

import pytest

from openai_lite.types.container_create_response import ContainerCreateResponse
from openai_lite.types.container_list_response import ContainerListResponse
from openai_lite.types.container_retrieve_response import ContainerRetrieveResponse
from openai_lite.types.containers import FileCreateResponse, FileListResponse, FileRetrieveResponse
from openai_lite.types.video import Video
from openai_lite.types.video_create_character_response import VideoCreateCharacterResponse
from openai_lite.types.video_delete_response import VideoDeleteResponse
from openai_lite.types.video_get_character_response import VideoGetCharacterResponse
from tests.apiserver import APIServer, Reply
from tests.test_api_files import api, shared_server  # noqa: F401  (fixtures)
from tests.test_api_files import Case, aclient, case_params, check_case, client, fields, run

CONTAINER = {"id": "cntr_1", "object": "container", "created_at": 1747857508, "status": "running",
             "expires_after": {"anchor": "last_active_at", "minutes": 20}, "last_active_at": 1747857508,
             "memory_limit": "4g", "network_policy": {"type": "allowlist", "allowed_domains": ["pypi.org"]},
             "name": "sandbox"}
CFILE = {"id": "cfile_1", "object": "container.file", "created_at": 1747848842, "bytes": 880,
         "container_id": "cntr_1", "path": "/mnt/data/a.csv", "source": "user"}
NO_CONTENT = Reply(204, b"", headers={"Content-Type": "text/plain"})


def container_is(cls: type) -> Any:
    def check(r: Any) -> None:
        assert isinstance(r, cls) and r.id == "cntr_1" and r.memory_limit == "4g"
        assert r.expires_after.minutes == 20 and r.network_policy.allowed_domains == ["pypi.org"]
    return check


def cfile_is(cls: type) -> Any:
    def check(r: Any) -> None:
        assert isinstance(r, cls) and r.id == "cfile_1" and r.bytes == 880 and r.path == "/mnt/data/a.csv"
    return check


def page_of(check: Any) -> Any:
    def inner(page: Any) -> None:
        assert len(page.data) == 1 and not page.has_next_page()
        check(page.data[0])
    return inner


def listing(item: Any) -> Reply:
    return Reply(200, {"object": "list", "data": [item], "first_id": item["id"], "last_id": item["id"],
                       "has_more": False})


CONTAINER_CASES = [
    Case("containers-create", lambda c: c.containers.create(
        name="sandbox", expires_after={"anchor": "last_active_at", "minutes": 20}, file_ids=["file-1"],
        memory_limit="4g", network_policy={"type": "allowlist", "allowed_domains": ["pypi.org"]},
        skills=[{"type": "skill_reference", "skill_id": "sk_1"}]),
        "POST", "/v1/containers",
        json={"name": "sandbox", "expires_after": {"anchor": "last_active_at", "minutes": 20},
              "file_ids": ["file-1"], "memory_limit": "4g",
              "network_policy": {"type": "allowlist", "allowed_domains": ["pypi.org"]},
              "skills": [{"type": "skill_reference", "skill_id": "sk_1"}]},
        reply=Reply(200, CONTAINER), check=container_is(ContainerCreateResponse)),
    Case("containers-retrieve", lambda c: c.containers.retrieve("cntr_1"), "GET", "/v1/containers/cntr_1",
         reply=Reply(200, CONTAINER), check=container_is(ContainerRetrieveResponse)),
    Case("containers-list", lambda c: c.containers.list(after="a", limit=3, name="sand", order="asc"), "GET", "/v1/containers",
         query=[("after", "a"), ("limit", "3"), ("name", "sand"), ("order", "asc")],
         reply=listing(CONTAINER), check=page_of(container_is(ContainerListResponse))),
    Case("containers-delete", lambda c: c.containers.delete("cntr_1"), "DELETE", "/v1/containers/cntr_1",
         headers={"accept": "*/*"}, reply=NO_CONTENT, check=lambda r: r is None),
    Case("containers-files-create-upload", lambda c: c.containers.files.create("cntr_1", file=("a.csv", b"x,y\n", "text/csv")),
         "POST", "/v1/containers/cntr_1/files", parts=[("file", "a.csv", "text/csv", b"x,y\n")],
         reply=Reply(200, CFILE), check=cfile_is(FileCreateResponse)),
    Case("containers-files-create-by-id", lambda c: c.containers.files.create("cntr_1", file_id="file-1"),
         "POST", "/v1/containers/cntr_1/files", json={"file_id": "file-1"},
         reply=Reply(200, CFILE), check=cfile_is(FileCreateResponse)),
    Case("containers-files-retrieve", lambda c: c.containers.files.retrieve("cfile_1", container_id="cntr_1"),
         "GET", "/v1/containers/cntr_1/files/cfile_1", reply=Reply(200, CFILE),
         check=cfile_is(FileRetrieveResponse)),
    Case("containers-files-list", lambda c: c.containers.files.list("cntr_1", after="a", limit=1, order="desc"),
         "GET", "/v1/containers/cntr_1/files", query=[("after", "a"), ("limit", "1"), ("order", "desc")],
         reply=listing(CFILE), check=page_of(cfile_is(FileListResponse))),
    Case("containers-files-delete", lambda c: c.containers.files.delete("cfile_1", container_id="cntr_1"),
         "DELETE", "/v1/containers/cntr_1/files/cfile_1", headers={"accept": "*/*"}, reply=NO_CONTENT,
         check=lambda r: r is None),
    Case("containers-files-content", lambda c: c.containers.files.content.retrieve("cfile_1", container_id="cntr_1"),
         "GET", "/v1/containers/cntr_1/files/cfile_1/content", headers={"accept": "application/binary"},
         reply=Reply(200, b"x,y\n1,2\n", headers={"Content-Type": "application/octet-stream"}),
         binary=b"x,y\n1,2\n"),
]

VIDEO = {"id": "video_1", "object": "video", "model": "sora-2", "status": "completed", "progress": 100,
         "created_at": 1758941485, "completed_at": 1758941600, "expires_at": 1759027885, "prompt": "a fox",
         "size": "1280x720", "seconds": "8", "remixed_from_video_id": None, "error": None}
CHARACTER = {"id": "char_1", "name": "Fox", "created_at": 1758941485}


def is_video(r: Any) -> None:
    assert isinstance(r, Video) and r.id == "video_1" and r.seconds == "8" and r.progress == 100
    assert r.error is None and r.remixed_from_video_id is None


VIDEO_CASES = [
    Case("videos-create-with-image", lambda c: c.videos.create(prompt="a fox", input_reference=("f.png", b"PNG", "image/png"),
                                                        model="sora-2", seconds="8", size="1280x720"),
         "POST", "/v1/videos",
         parts=fields(("prompt", "a fox"), ("model", "sora-2"), ("seconds", "8"), ("size", "1280x720"))
         + [("input_reference", "f.png", "image/png", b"PNG")],
         reply=Reply(200, VIDEO), check=is_video),
    Case("videos-create-with-reference", lambda c: c.videos.create(prompt="a fox", input_reference={"file_id": "file-1"}),
         "POST", "/v1/videos", parts=fields(("prompt", "a fox"), ("input_reference[file_id]", "file-1")),
         reply=Reply(200, VIDEO), check=is_video),
    Case("videos-create-prompt-only", lambda c: c.videos.create(prompt="a fox"),
         "POST", "/v1/videos", parts=fields(("prompt", "a fox")), reply=Reply(200, VIDEO), check=is_video),
    Case("videos-retrieve", lambda c: c.videos.retrieve("video_1"), "GET", "/v1/videos/video_1",
         reply=Reply(200, VIDEO), check=is_video),
    Case("videos-list", lambda c: c.videos.list(after="v0", limit=1, order="desc"), "GET", "/v1/videos",
         query=[("after", "v0"), ("limit", "1"), ("order", "desc")],
         reply=Reply(200, {"object": "list", "data": [VIDEO], "first_id": "video_1", "last_id": "video_1",
                           "has_more": True}),
         check=lambda p: is_video(p.data[0]) or p.has_next_page()),
    Case("videos-delete", lambda c: c.videos.delete("video_1"), "DELETE", "/v1/videos/video_1",
         reply=Reply(200, {"id": "video_1", "object": "video.deleted", "deleted": True}),
         check=lambda r: isinstance(r, VideoDeleteResponse) and r.deleted),
    Case("videos-create_character", lambda c: c.videos.create_character(name="Fox", video=("fox.mp4", b"MP4", "video/mp4")),
         "POST", "/v1/videos/characters",
         parts=fields(("name", "Fox")) + [("video", "fox.mp4", "video/mp4", b"MP4")],
         reply=Reply(200, CHARACTER),
         check=lambda r: isinstance(r, VideoCreateCharacterResponse) and r.name == "Fox"),
    Case("videos-download_content", lambda c: c.videos.download_content("video_1", variant="thumbnail"),
         "GET", "/v1/videos/video_1/content", query=[("variant", "thumbnail")],
         headers={"accept": "application/binary"},
         reply=Reply(200, b"RIFFwebp", headers={"Content-Type": "image/webp"}), binary=b"RIFFwebp"),
    Case("videos-edit-upload", lambda c: c.videos.edit(prompt="night", video=("c.mp4", b"MP4", "video/mp4")),
         "POST", "/v1/videos/edits",
         parts=fields(("prompt", "night")) + [("video", "c.mp4", "video/mp4", b"MP4")],
         reply=Reply(200, VIDEO), check=is_video),
    Case("videos-edit-by-id", lambda c: c.videos.edit(prompt="night", video={"id": "video_0"}),
         "POST", "/v1/videos/edits", parts=fields(("prompt", "night"), ("video[id]", "video_0")),
         reply=Reply(200, VIDEO), check=is_video),
    Case("videos-extend", lambda c: c.videos.extend(prompt="more", seconds="4", video={"id": "video_0"}),
         "POST", "/v1/videos/extensions",
         parts=fields(("prompt", "more"), ("seconds", "4"), ("video[id]", "video_0")),
         reply=Reply(200, VIDEO), check=is_video),
    Case("videos-get_character", lambda c: c.videos.get_character("char_1"), "GET", "/v1/videos/characters/char_1",
         reply=Reply(200, CHARACTER),
         check=lambda r: isinstance(r, VideoGetCharacterResponse) and r.id == "char_1"),
    Case("videos-remix", lambda c: c.videos.remix("video_1", prompt="in winter"), "POST", "/v1/videos/video_1/remix",
         json={"prompt": "in winter"}, reply=Reply(200, dict(VIDEO, remixed_from_video_id=None)), check=is_video),
]


@pytest.mark.parametrize("case, mode", case_params(CONTAINER_CASES + VIDEO_CASES))
def test_wire(api: APIServer, case: Case, mode: str) -> None:
    check_case(api, case, mode)


def test_container_file_create_with_neither_sends_an_empty_json_object(api: APIServer) -> None:
    api.default = Reply(200, CFILE)
    client(api).containers.files.create("cntr_1")
    assert api.last.headers["content-type"] == "application/json" and api.last.json() == {}


def test_video_file_params_refuse_strings(api: APIServer) -> None:
    with pytest.raises(RuntimeError, match="Expected entry at `video`"):
        client(api).videos.edit(prompt="p", video="clip.mp4")  # type: ignore[arg-type]
    assert api.requests == []


# ---- poll helpers -----------------------------------------------------------------------------

@pytest.fixture
def sleeps(monkeypatch: Any) -> List[float]:
    recorded: List[float] = []
    real = asyncio.sleep

    async def fake(delay: float, *a: Any, **k: Any) -> None:
        recorded.append(delay)
        await real(0)
    monkeypatch.setattr(time, "sleep", recorded.append)
    monkeypatch.setattr(asyncio, "sleep", fake)
    return recorded


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_video_create_and_poll(api: APIServer, sleeps: List[float], is_async: bool) -> None:
    api.queue(Reply(200, dict(VIDEO, status="queued", progress=0)),
              Reply(200, dict(VIDEO, status="queued", progress=0), headers={"openai-poll-after-ms": "40"}),
              Reply(200, dict(VIDEO, status="in_progress", progress=50)),
              Reply(200, VIDEO))
    c = aclient(api) if is_async else client(api)
    result = c.videos.create_and_poll(prompt="a fox", seconds="8", extra_headers={"X-Trace": "t1"}, timeout=30)
    is_video(run(result) if is_async else result)
    create, *gets = api.requests
    assert (create.method, create.path, create.headers["x-trace"]) == ("POST", "/v1/videos", "t1")
    assert create.headers["x-stainless-read-timeout"] == "30"
    assert [(g.method, g.path) for g in gets] == [("GET", "/v1/videos/video_1")] * 3
    for g in gets:
        assert g.headers["x-stainless-poll-helper"] == "true" and "x-trace" not in g.headers
        assert "x-stainless-custom-poll-interval" not in g.headers
    assert sleeps == [0.04, 1.0]


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_video_poll_with_interval_until_failed(api: APIServer, sleeps: List[float], is_async: bool) -> None:
    api.queue(Reply(200, dict(VIDEO, status="in_progress")),
              Reply(200, dict(VIDEO, status="failed", error={"code": "moderation", "message": "blocked"})))
    c = aclient(api) if is_async else client(api)
    result = c.videos.poll("video_1", poll_interval_ms=7)
    v = run(result) if is_async else result
    assert v.status == "failed" and v.error.code == "moderation"
    assert [r.headers["x-stainless-custom-poll-interval"] for r in api.requests] == ["7", "7"]
    assert sleeps == [0.007]
