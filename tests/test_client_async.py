"""The async client over the asyncio transport: same behaviour as the sync one."""
import asyncio
import base64
import struct

import pytest

import openai_lite
from openai_lite import AsyncOpenAI
from tests.apiserver import Reply, sse

MODEL = {"id": "m", "object": "model", "created": 1, "owned_by": "me"}


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 20))


def client(api, **kw):
    kw.setdefault("max_retries", 0)
    kw.setdefault("api_key", "k")
    return AsyncOpenAI(base_url=api.base_url, **kw)


def test_basic_call_headers_and_close(api):
    api.default = Reply(200, MODEL)

    async def main():
        async with client(api) as c:
            m = await c.models.retrieve("m")
            assert m.id == "m" and m._request_id == "req_1"
        assert c.is_closed()
    run(main())
    h = api.last.headers
    assert h["x-stainless-async"] == "async:asyncio"
    assert h["user-agent"] == "AsyncOpenAI/Python 3.3.1"


def test_async_key_provider_sync_and_async(api):
    api.default = Reply(200, MODEL)

    async def provider():
        return "async-key"

    async def main():
        await client(api, api_key=provider).models.retrieve("m")
        assert api.last.headers["authorization"] == "Bearer async-key"
        await client(api, api_key=lambda: "sync-key").models.retrieve("m")
        assert api.last.headers["authorization"] == "Bearer sync-key"
    run(main())


def test_retries_with_retry_after(api, monkeypatch):
    slept = []

    async def fake_sleep(s):
        slept.append(s)
    monkeypatch.setattr(asyncio, "sleep", fake_sleep)
    api.queue(Reply(429, {}, headers={"retry-after-ms": "10"}), Reply(500, {}))
    api.default = Reply(200, MODEL)

    async def main():
        raw = await client(api, max_retries=2).models.with_raw_response.retrieve("m")
        assert raw.retries_taken == 2 and raw.parse().id == "m"
    run(main())
    assert slept[0] == 0.01 and [r.headers["x-stainless-retry-count"] for r in api.requests] == ["0", "1", "2"]


def test_status_error(api):
    api.default = Reply(404, {"error": {"message": "no", "code": "model_not_found"}})

    async def main():
        with pytest.raises(openai_lite.NotFoundError) as ei:
            await client(api).models.retrieve("m")
        assert ei.value.code == "model_not_found"
    run(main())


def test_stream(api):
    chunks = [{"id": "c", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"content": t}}]}
              for t in ("a", "b")]
    api.default = Reply(200, headers={"Content-Type": "text/event-stream"}, chunks=sse(*chunks))

    async def main():
        c = client(api)
        stream = await c.chat.completions.create(model="m", messages=[], stream=True)
        assert isinstance(stream, openai_lite.AsyncStream)
        out = [ch.choices[0].delta.content async for ch in stream]
        assert out == ["a", "b"]
        async with await c.chat.completions.create(model="m", messages=[], stream=True) as s2:
            async for ch in s2:
                break
        assert s2.response.is_closed
    run(main())


def test_pagination_paginator_and_pages(api):
    def page(rec):
        after = dict(rec.params).get("after")
        if after is None:
            return Reply(200, {"data": [{"id": "f1"}], "has_more": True})
        return Reply(200, {"data": [{"id": "f2"}], "has_more": False})
    api.default = page

    async def main():
        c = client(api)
        ids = [f.id async for f in c.files.list()]
        assert ids == ["f1", "f2"]
        first = await c.files.list()
        assert first.has_next_page()
        second = await first.get_next_page()
        assert [f.id for f in second.data] == ["f2"]
        pages = [p async for p in first.iter_pages()]
        assert len(pages) == 2
    run(main())


def test_streaming_response_async_with_and_await(api):
    api.default = Reply(200, b"x" * 10000, headers={"Content-Type": "application/octet-stream"})

    async def main():
        c = client(api)
        async with c.files.with_streaming_response.content("f") as resp:
            data = b"".join([b async for b in resp.iter_bytes(1000)])
            assert data == b"x" * 10000
        assert resp.is_closed
        resp = await c.with_streaming_response.files.content("f")
        assert await resp.read() == b"x" * 10000
        raw = await c.with_raw_response.files.content("f")
        assert raw.parse().content == b"x" * 10000
    run(main())


def test_embeddings_and_speech(api):
    b64 = base64.b64encode(struct.pack("<2f", 1.0, 2.0)).decode()

    async def main():
        c = client(api)
        api.default = Reply(200, {"data": [{"index": 0, "object": "embedding", "embedding": b64}]})
        res = await c.embeddings.create(input=["a"], model="e")
        assert res.data[0].embedding == [1.0, 2.0]
        api.default = Reply(200, b"audio", headers={"Content-Type": "audio/mpeg"})
        audio = await c.audio.speech.create(model="tts-1", voice="alloy", input="x")
        assert audio.content == b"audio"
    run(main())


def test_fifty_concurrent_requests_share_a_pool(api):
    api.default = Reply(200, MODEL)

    async def main():
        c = client(api)
        results = await asyncio.gather(*[c.models.retrieve("m") for _ in range(50)])
        assert all(r.id == "m" for r in results)
        await c.close()
    run(main())
    assert len(api.requests) == 50 and api.connections <= 50


def test_timeout_async(api):
    api.default = Reply(200, MODEL, delay=1.0)

    async def main():
        with pytest.raises(openai_lite.APITimeoutError):
            await client(api, timeout=0.2).models.retrieve("m")
    run(main())


def test_cancellation_propagates(api):
    api.default = Reply(200, MODEL, delay=1.0)

    async def main():
        c = client(api)
        task = asyncio.ensure_future(c.models.retrieve("m"))
        await asyncio.sleep(0.1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    run(main())


def test_async_read_plain_and_gzip_bodies():
    import gzip
    from tests.rawserver import RawServer, read_request, response_bytes
    plain = b'{"id": "m", "object": "model"}'

    def handler(sock, index):
        while True:
            head, _ = read_request(sock)
            if not head:
                return
            if b"gz" in head.split(b"\r\n")[0]:
                sock.sendall(response_bytes(200, gzip.compress(plain), [("Content-Encoding", "gzip")]))
            else:
                sock.sendall(response_bytes(200, plain))
    srv = RawServer(handler).start()

    async def main():
        c = AsyncOpenAI(api_key="k", base_url=srv.url + "/v1", max_retries=0)
        a = await c.models.retrieve("plain")
        b = await c.models.retrieve("gz")
        raw = await c.models.with_raw_response.retrieve("gz")
        await c.close()
        return a, b, raw
    try:
        a, b, raw = run(main())
        assert a.id == b.id == "m"
        assert raw.http_response.content == plain and raw.http_response.num_bytes_downloaded > 0
    finally:
        srv.stop()
