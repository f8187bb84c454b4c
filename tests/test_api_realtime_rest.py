"""client.realtime REST endpoints: client secrets and SIP/WebRTC calls (webhooks_realtime.md §4)."""
import json
import re

import pytest

from openai_lite import HttpxBinaryResponseContent
from openai_lite.types.realtime import (
    ClientSecretCreateResponse, RealtimeSessionCreateResponse, RealtimeTranscriptionSessionCreateResponse,
)
from tests.apiserver import Reply
from tests.test_api_responses import aclient, client, run

OFFER = "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
ANSWER = "v=0\r\no=- 1 2 IN IP4 10.0.0.1\r\ns=answer\r\n"
SECRET = {"value": "ek_abc", "expires_at": 1756310470,
          "session": {"type": "realtime", "object": "realtime.session", "id": "sess_1",
                      "model": "gpt-realtime", "output_modalities": ["audio"], "instructions": "Be brief",
                      "max_output_tokens": "inf", "audio": {"output": {"voice": "alloy"}}}}


def parts(req):
    """(headers, body) of each part of a multipart request."""
    boundary = re.search(r"boundary=(\S+)", req.headers["content-type"]).group(1).encode()
    out = []
    for chunk in req.body.split(b"--" + boundary)[1:-1]:
        assert chunk.startswith(b"\r\n") and chunk.endswith(b"\r\n")
        head, _, body = chunk[2:-2].partition(b"\r\n\r\n")
        out.append((head.decode().split("\r\n"), body))
    return out


def test_client_secrets_create(api):
    api.default = Reply(200, SECRET)
    r = client(api).realtime.client_secrets.create(
        expires_after={"anchor": "created_at", "seconds": 600},
        session={"type": "realtime", "model": "gpt-realtime", "instructions": "Be brief"})
    req = api.last
    assert req.method == "POST" and req.path == "/v1/realtime/client_secrets"
    assert req.body == (b'{"expires_after":{"anchor":"created_at","seconds":600},'
                        b'"session":{"type":"realtime","model":"gpt-realtime","instructions":"Be brief"}}')
    assert isinstance(r, ClientSecretCreateResponse) and r.value == "ek_abc" and r._request_id == "req_1"
    assert isinstance(r.session, RealtimeSessionCreateResponse)
    assert r.session.max_output_tokens == "inf" and r.session.audio == {"output": {"voice": "alloy"}}


def test_client_secrets_transcription_session_and_async(api):
    api.default = Reply(200, {"value": "ek_t", "expires_at": 1,
                              "session": {"type": "transcription", "id": "sess_t", "object": "realtime.transcription_session"}})

    async def main():
        return await aclient(api).realtime.client_secrets.create()
    r = run(main())
    assert isinstance(r.session, RealtimeTranscriptionSessionCreateResponse) and r.session.id == "sess_t"
    assert api.last.body == b"{}"


def test_calls_create_with_a_bare_sdp_offer(api):
    api.default = Reply(201, ANSWER, headers={"Content-Type": "application/sdp", "Location": "/v1/realtime/calls/rtc_1"})
    answer = client(api).realtime.calls.create(sdp=OFFER, extra_body={"ignored": True})
    req = api.last
    assert req.method == "POST" and req.path == "/v1/realtime/calls"
    assert req.headers["content-type"] == "application/sdp"
    assert req.headers["accept"] == "application/sdp"
    assert req.body == OFFER.encode()
    assert isinstance(answer, HttpxBinaryResponseContent)
    assert answer.text == ANSWER and answer.content == ANSWER.encode()


def test_calls_create_with_a_session_is_multipart(api):
    api.default = Reply(201, ANSWER, headers={"Content-Type": "application/sdp"})
    session = {"type": "realtime", "model": "gpt-realtime", "audio": {"output": {"voice": "marin"}}}
    answer = client(api).realtime.calls.create(sdp=OFFER, session=session)
    req = api.last
    assert req.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert req.headers["accept"] == "application/sdp"
    (sdp_head, sdp_body), (session_head, session_body) = parts(req)
    # no filenames: these are values, not uploads
    assert sdp_head == ['Content-Disposition: form-data; name="sdp"', "Content-Type: application/sdp"]
    assert sdp_body == OFFER.encode()
    assert session_head == ['Content-Disposition: form-data; name="session"', "Content-Type: application/json"]
    assert session_body == json.dumps(session).encode()  # default separators, as the SDK sends it
    assert answer.text == ANSWER


def test_calls_create_async_and_raw(api):
    api.default = Reply(201, ANSWER, headers={"Content-Type": "application/sdp"})

    async def main():
        c = aclient(api)
        answer = await c.realtime.calls.create(sdp=OFFER)
        raw = await c.realtime.calls.with_raw_response.create(sdp=OFFER, session={"type": "realtime"})
        return answer, raw
    answer, raw = run(main())
    assert answer.text == ANSWER and api.requests[0].body == OFFER.encode()
    assert raw.status_code == 201 and raw.parse().text == ANSWER
    assert api.requests[1].headers["x-stainless-raw-response"] == "true"
    assert [name for name, _ in [(h[0], b) for h, b in parts(api.requests[1])]] == [
        'Content-Disposition: form-data; name="sdp"', 'Content-Disposition: form-data; name="session"']


@pytest.mark.parametrize("method,kwargs,body", [
    ("accept", {"type": "realtime", "model": "gpt-realtime", "instructions": "Hi", "tracing": None},
     b'{"type":"realtime","instructions":"Hi","model":"gpt-realtime","tracing":null}'),
    ("hangup", {}, b""),
    ("refer", {"target_uri": "tel:+14155550123"}, b'{"target_uri":"tel:+14155550123"}'),
    ("reject", {"status_code": 486}, b'{"status_code":486}'),
    ("reject", {}, b"{}"),
])
def test_call_control_endpoints(api, method, kwargs, body):
    api.default = Reply(200, b"")
    c = client(api)
    assert getattr(c.realtime.calls, method)("rtc_1", **kwargs) is None
    req = api.last
    assert req.method == "POST" and req.path == f"/v1/realtime/calls/rtc_1/{method}"
    assert req.headers["accept"] == "*/*" and req.headers["content-type"] == "application/json"
    assert req.body == body

    async def main():
        return await getattr(aclient(api).realtime.calls, method)("rtc 2", **kwargs)
    assert run(main()) is None and api.last.path == f"/v1/realtime/calls/rtc%202/{method}"
    raw = getattr(c.realtime.calls.with_raw_response, method)("rtc_1", **kwargs)
    assert raw.parse() is None and raw.status_code == 200
    with pytest.raises(ValueError, match="call_id"):
        getattr(c.realtime.calls, method)("", **kwargs)


def test_streamed_views(api):
    api.queue(Reply(201, ANSWER, headers={"Content-Type": "application/sdp"}), Reply(200, SECRET),
              Reply(200, b""))
    c = client(api)
    with c.realtime.calls.with_streaming_response.create(sdp=OFFER) as streamed:
        assert streamed.status_code == 201 and streamed.read() == ANSWER.encode()
    with c.realtime.client_secrets.with_streaming_response.create() as streamed:
        assert streamed.parse().value == "ek_abc"
    with c.realtime.calls.with_streaming_response.hangup("rtc_1") as streamed:
        assert streamed.parse() is None
    assert [r.headers["x-stainless-raw-response"] for r in api.requests] == ["stream"] * 3


def test_realtime_resource_tree():
    from openai_lite import OpenAI
    from openai_lite.resources.realtime import AsyncRealtime, Realtime
    from openai_lite.resources.realtime.calls import AsyncCalls, Calls
    assert AsyncRealtime is Realtime and AsyncCalls is Calls
    c = OpenAI(api_key="k")
    assert c.realtime.calls is c.realtime.calls  # created once
    assert callable(c.realtime.connect)  # the WebSocket client: tests/test_realtime_ws.py
