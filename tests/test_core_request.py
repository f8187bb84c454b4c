"""core.request.build_request: the memo of merged headers must never change what is sent."""
from __future__ import annotations

from typing import Dict

from openai_lite._timeout import Timeout
from openai_lite.core.options import RequestOptions
from openai_lite.core.request import HeaderBase, build_request


def _build(base: HeaderBase, options: RequestOptions, key: str = "k", attempt: int = 0,
           timeout: Timeout = Timeout(600.0)) -> Dict[str, str]:
    request = build_request(options, base_url="http://h/v1/", auth_headers={"Authorization": f"Bearer {key}"},
                            base_headers=base, default_query={}, client_timeout=timeout, retry_count=attempt)
    return dict(request.headers)


def test_memoised_headers_follow_key_attempt_and_timeout() -> None:
    base = HeaderBase({"Accept": "application/json", "Content-Type": "application/json"})
    post = RequestOptions("POST", "/x", json_data={"a": 1})
    assert _build(base, post)["Authorization"] == "Bearer k"
    assert _build(base, post, key="k2")["Authorization"] == "Bearer k2"
    assert _build(base, post, attempt=3)["x-stainless-retry-count"] == "3"
    assert _build(base, post)["x-stainless-retry-count"] == "0"
    assert _build(base, post, timeout=Timeout(5.0))["x-stainless-read-timeout"] == "5.0"
    assert "x-stainless-read-timeout" not in _build(base, post, timeout=Timeout(None))


def test_a_get_does_not_change_the_shared_headers_of_later_posts() -> None:
    base = HeaderBase({"Content-Type": "application/json"})
    post = RequestOptions("POST", "/x", json_data={"a": 1})
    get = RequestOptions("GET", "/x")
    assert _build(base, post)["Content-Type"] == "application/json"
    assert "Content-Type" not in _build(base, get)
    assert _build(base, post)["Content-Type"] == "application/json"
    upload = RequestOptions("POST", "/x", json_data={"purpose": "x"}, files=[("file", ("a.txt", b"hi"))],
                            multipart=True)
    assert _build(base, upload)["Content-Type"].startswith("multipart/form-data; boundary=")
    assert _build(base, post)["Content-Type"] == "application/json"


def test_call_headers_bypass_the_memo_and_rotating_keys_do_not_grow_it() -> None:
    base = HeaderBase({"Accept": "application/json"})
    with_headers = RequestOptions("POST", "/x", json_data={}, headers={"X-Call": "1"})
    assert _build(base, with_headers)["X-Call"] == "1"
    assert "X-Call" not in _build(base, RequestOptions("POST", "/x", json_data={}))
    for i in range(500):
        assert _build(base, RequestOptions("GET", "/x"), key=f"key-{i}")["Authorization"] == f"Bearer key-{i}"
    assert len(base.memo) <= 64
