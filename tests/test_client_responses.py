"""Raw and streamed responses, binary bodies, pagination and embeddings decoding."""
import base64
import struct

import pytest

import openai_lite
from openai_lite import OpenAI
from tests.apiserver import Reply

MODEL = {"id": "m", "object": "model", "created": 1, "owned_by": "me"}


def client(api, **kw):
    return OpenAI(api_key="k", base_url=api.base_url, max_retries=0, **kw)


def test_with_raw_response_both_spellings(api):
    api.default = Reply(200, MODEL, headers={"X-Extra": "yes"})
    c = client(api)
    for raw in (c.models.with_raw_response.retrieve("m"), c.with_raw_response.models.retrieve("m")):
        assert api.last.headers["x-stainless-raw-response"] == "true"
        assert raw.headers["x-extra"] == "yes" and raw.headers["X-EXTRA"] == "yes"
        assert raw.status_code == 200 and raw.request_id == raw.headers["x-request-id"]
        assert raw.retries_taken == 0
        assert raw.http_response.status_code == 200
        assert raw.http_response.json()["id"] == "m"
        assert raw.http_response.text.startswith("{") and raw.http_response.content.startswith(b"{")
        assert raw.http_response.url.endswith("/v1/models/m")
        assert raw.http_response.elapsed.total_seconds() >= 0
        model = raw.parse()
        assert model.id == "m" and raw.parse() is model and raw.parsed is model
        assert raw.method == "GET" and raw.content == raw.http_response.content


def test_with_streaming_response_in_and_out_of_with(api, tmp_path):
    api.default = Reply(200, b"0123456789" * 1000, headers={"Content-Type": "application/octet-stream"})
    c = client(api)
    with c.files.with_streaming_response.content("file-1") as resp:
        assert api.last.headers["x-stainless-raw-response"] == "stream"
        assert api.last.headers["accept"] == "application/binary"
        sizes = [len(b) for b in resp.iter_bytes(4096)]
        assert sizes == [4096, 4096, 1808]
    assert resp.is_closed
    resp = c.with_streaming_response.files.content("file-1")  # without a with block
    assert b"".join(resp.iter_bytes()) == b"0123456789" * 1000
    with pytest.raises(openai_lite.StreamAlreadyConsumed):
        resp.read()
    target = tmp_path / "out.bin"
    c.files.with_streaming_response.content("f").write_to_file(target)
    assert target.read_bytes() == b"0123456789" * 1000


def test_streaming_response_text_and_lines_and_parse(api):
    api.default = Reply(200, MODEL)
    c = client(api)
    with c.models.with_streaming_response.retrieve("m") as resp:
        assert resp.parse().id == "m"
        assert resp.json()["id"] == "m"
    api.default = Reply(200, "a\nb\r\nc", headers={"Content-Type": "text/plain"})
    with c.files.with_streaming_response.retrieve_content("f") as resp:
        assert list(resp.iter_lines()) == ["a", "b", "c"]
    with c.files.with_streaming_response.retrieve_content("f") as resp:
        assert resp.text() == "a\nb\r\nc" and resp.read() == b"a\nb\r\nc"


def test_binary_results(api, tmp_path):
    api.default = Reply(200, b"RIFFfake-wav", headers={"Content-Type": "audio/wav"})
    c = client(api)
    audio = c.audio.speech.create(model="tts-1", voice="alloy", input="hello")
    assert api.last.headers["accept"] == "application/octet-stream"
    assert api.last.json() == {"input": "hello", "model": "tts-1", "voice": "alloy"}
    assert audio.content == b"RIFFfake-wav" and audio.read() == b"RIFFfake-wav"
    p = tmp_path / "a.wav"
    audio.write_to_file(p)
    assert p.read_bytes() == b"RIFFfake-wav"
    assert b"".join(audio.iter_bytes(4)) == b"RIFFfake-wav"


def test_file_round_trip_calls(api):
    fobj = {"id": "file-1", "object": "file", "bytes": 2, "created_at": 1, "filename": "x.jsonl",
            "purpose": "batch", "status": "processed"}
    c = client(api)
    api.default = Reply(200, fobj)
    assert c.files.retrieve("file-1").filename == "x.jsonl"
    api.default = Reply(200, {"id": "file-1", "object": "file", "deleted": True})
    assert c.files.delete("file-1").deleted is True
    api.default = Reply(200, "text body", headers={"Content-Type": "text/plain"})
    assert c.files.retrieve_content("file-1") == "text body"


def test_cursor_pagination_auto_iterates(api):
    def page(rec):
        after = dict(rec.params).get("after")
        if after is None:
            return Reply(200, {"object": "list", "data": [{"id": "f1"}, {"id": "f2"}], "has_more": True})
        if after == "f2":
            return Reply(200, {"object": "list", "data": [{"id": "f3"}], "has_more": False})
        return Reply(500, {})
    api.default = page
    c = client(api)
    first = c.files.list(limit=2)
    assert [f.id for f in first.data] == ["f1", "f2"] and first.has_next_page()
    assert [f.id for f in first] == ["f1", "f2", "f3"]
    assert dict(api.last.params) == {"limit": "2", "after": "f2"}
    pages = list(c.files.list(limit=2).iter_pages())
    assert len(pages) == 2 and not pages[1].has_next_page()
    with pytest.raises(RuntimeError, match="No next page expected"):
        pages[1].get_next_page()
    assert first._request_id is not None


def test_single_page_never_pages(api):
    api.default = Reply(200, {"object": "list", "data": [dict(MODEL, id=f"m{i}") for i in range(100)]})
    page = client(api).models.list()
    assert len(list(page)) == 100 and not page.has_next_page() and len(api.requests) == 1
    assert page.data[99].id == "m99"


def test_embeddings_default_base64_is_decoded(api):
    vec = [0.5, -1.25, 3.0]
    b64 = base64.b64encode(struct.pack("<3f", *vec)).decode()
    api.default = Reply(200, {"object": "list", "model": "e", "data": [{"object": "embedding", "index": 0, "embedding": b64}],
                              "usage": {"prompt_tokens": 1, "total_tokens": 1}})
    c = client(api)
    res = c.embeddings.create(input="hi", model="text-embedding-3-small")
    assert api.last.json() == {"input": "hi", "model": "text-embedding-3-small", "encoding_format": "base64"}
    assert res.data[0].embedding == vec
    api.default = Reply(200, {"object": "list", "data": [{"object": "embedding", "index": 0, "embedding": [1.0]}]})
    res = c.embeddings.create(input="hi", model="e", encoding_format="float")
    assert api.last.json()["encoding_format"] == "float" and res.data[0].embedding == [1.0]
    api.default = Reply(200, {"object": "list", "data": []})
    with pytest.raises(ValueError, match="No embedding data received"):
        c.embeddings.create(input="hi", model="e")


def test_models_have_dict_helpers_and_unknown_fields(api):
    api.default = Reply(200, dict(MODEL, brand_new_field={"x": 1}))
    m = client(api).models.retrieve("m")
    assert m.brand_new_field == {"x": 1}
    d = m.to_dict()
    assert d["brand_new_field"] == {"x": 1} and d["id"] == "m"
    assert '"id": "m"' in m.to_json()
    assert m.model_dump()["id"] == "m"
