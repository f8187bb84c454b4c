"""Retries, timeouts and the error tree, through real sockets (retries_timeouts_errors.md)."""
import logging
import socket
import time

import pytest

import openai_lite
from openai_lite import (APIConnectionError, APIResponseValidationError, APIStatusError, APITimeoutError,
                         OpenAI)
from tests.apiserver import Reply
from tests.rawserver import RawServer, read_request, response_bytes

MODEL = {"id": "m", "object": "model", "created": 1, "owned_by": "me"}


@pytest.fixture(autouse=True)
def fast_sleep(monkeypatch):
    """Record backoff sleeps instead of waiting them out."""
    slept = []
    monkeypatch.setattr(time, "sleep", lambda s: slept.append(s))
    return slept


def client(api, **kw):
    kw.setdefault("api_key", "sk-test")
    return OpenAI(base_url=api.base_url, **kw)


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503])
def test_retryable_statuses_then_success(api, fast_sleep, status):
    api.queue(Reply(status, {"error": {"message": "busy"}}), Reply(status, {}))
    api.default = Reply(200, MODEL)
    raw = client(api).models.with_raw_response.retrieve("m")
    assert raw.retries_taken == 2 and raw.parse().id == "m"
    assert [r.headers["x-stainless-retry-count"] for r in api.requests] == ["0", "1", "2"]
    assert len(fast_sleep) == 2
    assert 0.375 <= fast_sleep[0] <= 0.5 and 0.75 <= fast_sleep[1] <= 1.0


@pytest.mark.parametrize("status,cls", [
    (400, openai_lite.BadRequestError), (401, openai_lite.AuthenticationError),
    (403, openai_lite.PermissionDeniedError), (404, openai_lite.NotFoundError),
    (422, openai_lite.UnprocessableEntityError), (402, APIStatusError)])
def test_non_retryable_status_maps_to_class(api, status, cls):
    err = {"error": {"message": "nope", "type": "invalid_request_error", "param": "model", "code": "bad"}}
    api.default = Reply(status, err)
    with pytest.raises(cls) as ei:
        client(api).models.retrieve("m")
    e = ei.value
    assert type(e) is cls and len(api.requests) == 1
    assert e.status_code == status and e.request_id == "req_1"
    assert e.body == err["error"] and e.code == "bad" and e.param == "model" and e.type == "invalid_request_error"
    assert str(e) == f"Error code: {status} - {err!r}"
    assert e.response.status_code == status


def test_exhausted_retries_raise_last_status(api, fast_sleep):
    api.default = Reply(429, {"error": {"message": "slow down"}}, headers={"retry-after": "1.5"})
    with pytest.raises(openai_lite.RateLimitError):
        client(api).models.retrieve("m")
    assert len(api.requests) == 3 and fast_sleep == [1.5, 1.5]
    api.requests.clear()
    api.default = Reply(503, {}, headers={"retry-after-ms": "250"})
    with pytest.raises(openai_lite.InternalServerError):
        client(api, max_retries=1).models.retrieve("m")
    assert len(api.requests) == 2 and fast_sleep[-1] == 0.25


def test_x_should_retry_and_long_retry_after(api, fast_sleep):
    api.queue(Reply(400, {}, headers={"x-should-retry": "true"}))
    api.default = Reply(200, MODEL)
    client(api).models.retrieve("m")
    assert len(api.requests) == 2
    api.requests.clear()
    api.default = Reply(500, {}, headers={"x-should-retry": "false"})
    with pytest.raises(openai_lite.InternalServerError):
        client(api).models.retrieve("m")
    assert len(api.requests) == 1
    api.requests.clear()
    api.default = Reply(429, {}, headers={"retry-after": "121"})
    with pytest.raises(openai_lite.RateLimitError):
        client(api).models.retrieve("m")
    assert len(api.requests) == 1


def test_max_retries_per_request_and_zero(api):
    api.default = Reply(500, {})
    with pytest.raises(openai_lite.InternalServerError):
        client(api, max_retries=5).with_options(max_retries=0).models.retrieve("m")
    assert len(api.requests) == 1


def test_key_callable_asked_again_on_retry(api):
    api.queue(Reply(500, {}))
    api.default = Reply(200, MODEL)
    keys = iter(["first", "second"])
    client(api, api_key=lambda: next(keys)).models.retrieve("m")
    assert [r.headers["authorization"] for r in api.requests] == ["Bearer first", "Bearer second"]


def test_retry_is_logged(api, caplog):
    api.queue(Reply(500, {}))
    api.default = Reply(200, MODEL)
    with caplog.at_level(logging.INFO, logger="openai"):
        client(api).models.retrieve("m")
    assert any("Retrying request to /v1/models/m in" in r.getMessage() for r in caplog.records)


def test_error_body_not_json(api):
    api.default = Reply(400, "plain failure", headers={"Content-Type": "text/plain"})
    with pytest.raises(openai_lite.BadRequestError) as ei:
        client(api).models.retrieve("m")
    assert str(ei.value) == "Error code: 400" and ei.value.body == "plain failure"


def test_success_body_bad_json_is_typed_error(api):
    api.default = Reply(200, b'{"id": "m", "obj', headers={"Content-Type": "application/json"})
    with pytest.raises(APIResponseValidationError) as ei:
        client(api).models.retrieve("m")
    assert isinstance(ei.value, openai_lite.APIError) and ei.value.status_code == 200


def test_non_json_content_type_returns_text_or_strict_error(api):
    api.default = Reply(200, "hello", headers={"Content-Type": "text/plain"})
    assert client(api).models.retrieve("m") == "hello"
    with pytest.raises(APIResponseValidationError, match="Expected Content-Type"):
        client(api, _strict_response_validation=True).models.retrieve("m")


def test_strict_validation_type_mismatch(api):
    api.default = Reply(200, {"id": 123, "object": "model", "created": "x", "owned_by": "me"})
    with pytest.raises(APIResponseValidationError):
        client(api, _strict_response_validation=True).models.retrieve("m")
    assert client(api).models.retrieve("m").id == 123  # lenient by default


def _raw(handler):
    return RawServer(handler).start()


def test_connection_refused_is_connection_error(fast_sleep):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    c = OpenAI(api_key="k", base_url=f"http://127.0.0.1:{port}/v1", max_retries=2)
    with pytest.raises(APIConnectionError) as ei:
        c.models.list()
    assert not isinstance(ei.value, APITimeoutError)
    assert ei.value.__cause__ is not None and len(fast_sleep) == 2


def test_drop_then_success_is_retried(fast_sleep):
    def handler(sock, index):
        read_request(sock)
        if index == 0:
            return  # close without answering
        sock.sendall(response_bytes(200, b'{"id": "m", "object": "model"}'))
    srv = _raw(handler)
    try:
        m = OpenAI(api_key="k", base_url=srv.url + "/v1").models.retrieve("m")
        assert m.id == "m" and srv.connections == 2
    finally:
        srv.stop()


def test_truncated_body_is_connection_error_not_short_result(fast_sleep):
    def handler(sock, index):
        read_request(sock)
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"id\":")
    srv = _raw(handler)
    try:
        with pytest.raises(APIConnectionError):
            OpenAI(api_key="k", base_url=srv.url + "/v1", max_retries=1).models.retrieve("m")
        assert srv.connections == 2
    finally:
        srv.stop()


def test_malformed_status_line_is_connection_error(fast_sleep):
    def handler(sock, index):
        read_request(sock)
        sock.sendall(b"HTTX/1.1 ??? nope\r\n\r\n")
    srv = _raw(handler)
    try:
        with pytest.raises(APIConnectionError):
            OpenAI(api_key="k", base_url=srv.url + "/v1", max_retries=0).models.retrieve("m")
    finally:
        srv.stop()


def test_read_timeout_is_api_timeout_error_and_retried(fast_sleep):
    import threading
    real_sleep = threading.Event().wait  # time.sleep is patched by fast_sleep

    def stall(sock, index):
        read_request(sock)
        real_sleep(1.0)
    srv = _raw(stall)
    try:
        c = OpenAI(api_key="k", base_url=srv.url + "/v1", max_retries=1, timeout=0.2)
        t0 = time.monotonic()
        with pytest.raises(APITimeoutError) as ei:
            c.models.retrieve("m")
        assert time.monotonic() - t0 < 1.5
        assert str(ei.value) == "Request timed out."
        assert srv.connections == 2
    finally:
        srv.stop()


def test_redirects_followed_and_cross_origin_strips_auth(api):
    from tests.apiserver import APIServer
    with APIServer() as other:
        other.default = Reply(200, MODEL)
        api.queue(Reply(307, b"", headers={"Location": "/v1/models/moved"}))
        api.queue(Reply(302, b"", headers={"Location": other.base_url + "/models/elsewhere"}))
        api.default = Reply(200, MODEL)
        c = client(api)
        c.models.retrieve("m")
        assert api.requests[-1].path == "/v1/models/moved"
        assert api.requests[-1].headers["authorization"] == "Bearer sk-test"
        c.models.retrieve("m")
        assert other.last.path == "/v1/models/elsewhere"
        assert "authorization" not in other.last.headers


def test_redirect_not_followed_when_disabled(api):
    api.default = Reply(302, b"", headers={"Location": "/v1/elsewhere"})
    with pytest.raises(APIStatusError) as ei:
        client(api).get("/models", cast_to=object, options={"follow_redirects": False})
    assert ei.value.status_code == 302 and ei.value.response.headers["location"] == "/v1/elsewhere"


def test_generator_arguments_survive_a_retry(api):
    api.queue(Reply(500, {}))
    api.default = Reply(200, {"id": "c", "object": "chat.completion", "choices": []})
    messages = ({"role": "user", "content": c} for c in ("a", "b"))
    client(api).chat.completions.create(model="m", messages=messages)
    assert len(api.requests) == 2
    assert api.requests[0].json()["messages"] == api.requests[1].json()["messages"] == [
        {"role": "user", "content": "a"}, {"role": "user", "content": "b"}]
