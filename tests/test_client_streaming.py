"""SSE streams through the client: items, [DONE], error events, cuts, and socket release."""
import json

import pytest

import openai_lite
from openai_lite import APIConnectionError, APIError, OpenAI
from tests.apiserver import Reply, sse
from tests.rawserver import RawServer, read_request

SSE_HEADERS = {"Content-Type": "text/event-stream"}


def chunk(text, finish=None, idx=0):
    return {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m",
            "choices": [{"index": idx, "delta": {"content": text}, "finish_reason": finish}]}


def client(api, **kw):
    return OpenAI(api_key="k", base_url=api.base_url, max_retries=0, **kw)


def test_chat_stream_yields_chunks_until_done(api):
    api.default = Reply(200, headers=SSE_HEADERS,
                        chunks=sse(chunk("Hel"), chunk("lo"), chunk("", "stop")) + [b"data: {\"never\": 1}\n\n"])
    stream = client(api).chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}], stream=True)
    assert isinstance(stream, openai_lite.Stream)
    parts = [c.choices[0].delta.content for c in stream]
    assert parts == ["Hel", "lo", ""]
    assert api.last.json()["stream"] is True
    assert stream.response.is_closed


def test_stream_stops_reading_at_done_and_releases(api):
    # Like the SDK, nothing after [DONE] is read: the response is closed at once.
    api.default = Reply(200, headers=SSE_HEADERS, chunks=sse(chunk("a")) + [b"data: {\"late\": 1}\n\n"],
                        chunk_delay=0.05)
    c = client(api)
    for _ in range(3):
        stream = c.chat.completions.create(model="m", messages=[], stream=True)
        assert len(list(stream)) == 1
        assert stream.response.is_closed
    api.default = Reply(200, {"id": "m", "object": "model"})
    assert c.models.retrieve("m").id == "m"


def test_error_event_raises_api_error(api):
    events = [chunk("a"), {"error": {"message": "overloaded", "type": "server_error"}}]
    api.default = Reply(200, headers=SSE_HEADERS, chunks=sse(*events))
    stream = client(api).chat.completions.create(model="m", messages=[], stream=True)
    it = iter(stream)
    assert next(it).choices[0].delta.content == "a"
    with pytest.raises(APIError) as ei:
        next(it)
    assert str(ei.value) == "overloaded" and ei.value.body == {"message": "overloaded", "type": "server_error"}
    assert not isinstance(ei.value, openai_lite.APIStatusError)


def test_multiline_data_comments_and_crlf(api):
    payload = json.dumps(chunk("x"))
    cut = payload.index(", ") + 1  # JSON allows the newline that joins data lines here
    raw = (": ping\r\n" + "event: message\r\n" + "data: " + payload[:cut] + "\r\ndata: " + payload[cut:]
           + "\r\n\r\n" + "data: [DONE]\r\n\r\n").encode()
    pieces = [raw[i:i + 7] for i in range(0, len(raw), 7)]
    api.default = Reply(200, headers=SSE_HEADERS, chunks=pieces)
    out = list(client(api).chat.completions.create(model="m", messages=[], stream=True))
    assert [c.choices[0].delta.content for c in out] == ["x"]


def test_split_across_chunks_at_every_byte(api):
    raw = b"".join(sse(chunk("\u00e9\u2028z"), chunk("b")))
    api.default = Reply(200, headers=SSE_HEADERS, chunks=[raw[i:i + 1] for i in range(len(raw))])
    out = [c.choices[0].delta.content for c in client(api).chat.completions.create(model="m", messages=[], stream=True)]
    assert out == ["\u00e9\u2028z", "b"]


def test_stream_cut_mid_event_is_connection_error():
    def handler(sock, index):
        read_request(sock)
        body = b'data: {"id": "c1", "object": "chat.completion.chunk", "choices": []}\n\ndata: {"id": "c'
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n" + body)
    srv = RawServer(handler).start()
    try:
        stream = OpenAI(api_key="k", base_url=srv.url + "/v1").chat.completions.create(model="m", messages=[], stream=True)
        it = iter(stream)
        next(it)
        with pytest.raises(APIConnectionError):
            next(it)
    finally:
        srv.stop()


def test_chunked_stream_truncated_is_connection_error():
    def handler(sock, index):
        read_request(sock)
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                     b"10\r\ndata: {\"a\": 1}\n\n\r\n20\r\ndata: {")
    srv = RawServer(handler).start()
    try:
        stream = OpenAI(api_key="k", base_url=srv.url + "/v1", max_retries=0).chat.completions.create(
            model="m", messages=[], stream=True)
        with pytest.raises(APIConnectionError):
            list(stream)
        assert stream.response.is_closed
    finally:
        srv.stop()


def test_stall_mid_stream_times_out_as_api_timeout():
    import threading
    gate = threading.Event()

    def handler(sock, index):
        read_request(sock)
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
                     b"11\r\ndata: {\"a\": 1}\n\n\n\r\n")
        gate.wait(3)
    srv = RawServer(handler).start()
    try:
        stream = OpenAI(api_key="k", base_url=srv.url + "/v1", timeout=0.3).chat.completions.create(
            model="m", messages=[], stream=True)
        with pytest.raises(openai_lite.APITimeoutError):
            list(stream)
    finally:
        gate.set()
        srv.stop()


def test_close_early_releases_socket(api):
    api.default = Reply(200, headers=SSE_HEADERS, chunks=sse(*[chunk(str(i)) for i in range(50)]), chunk_delay=0.001)
    c = client(api)
    with c.chat.completions.create(model="m", messages=[], stream=True) as stream:
        first = next(iter(stream))
        assert first.choices[0].delta.content == "0"
    assert stream.response.is_closed
    stream2 = c.chat.completions.create(model="m", messages=[], stream=True)
    stream2.close()
    assert stream2.response.is_closed
