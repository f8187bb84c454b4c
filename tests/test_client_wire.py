"""What goes on the wire: headers, URL, query and body, as wire.md describes."""
import json
import sys

import pytest

import openai_lite
from openai_lite import NOT_GIVEN, OpenAI, Timeout, omit
from tests.apiserver import Reply

MODEL = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}


def client(api, **kw):
    kw.setdefault("api_key", "sk-test")
    kw.setdefault("max_retries", 0)
    return OpenAI(base_url=api.base_url, **kw)


def test_default_headers_on_the_wire(api):
    api.default = Reply(200, MODEL)
    c = client(api, organization="org-1", project="proj-1")
    m = c.models.retrieve("gpt-4o")
    assert m.id == "gpt-4o" and m._request_id == "req_1"
    h = api.last.headers
    assert api.last.method == "GET" and api.last.path == "/v1/models/gpt-4o"
    assert h["accept"] == "application/json"
    assert "content-type" not in h  # removed on GET
    assert h["user-agent"] == "OpenAI/Python 3.3.1"
    assert h["x-stainless-lang"] == "python"
    assert h["x-stainless-package-version"] == "3.3.1"
    assert h["x-stainless-os"] == "Linux"
    assert h["x-stainless-arch"] in ("x64", "arm64")
    assert h["x-stainless-runtime"] == "CPython"
    assert h["x-stainless-runtime-version"] == "%d.%d.%d" % sys.version_info[:3]
    assert h["x-stainless-async"] == "false"
    assert h["openai-organization"] == "org-1"
    assert h["openai-project"] == "proj-1"
    assert h["authorization"] == "Bearer sk-test"
    assert h["x-stainless-retry-count"] == "0"
    assert h["x-stainless-read-timeout"] == "600"
    assert "idempotency-key" not in h


def test_read_timeout_header_follows_timeout(api):
    api.default = Reply(200, MODEL)
    client(api, timeout=Timeout(30.0, read=12.0)).models.retrieve("m")
    assert api.last.headers["x-stainless-read-timeout"] == "12.0"
    client(api).models.retrieve("m", timeout=20.0)
    assert api.last.headers["x-stainless-read-timeout"] == "20.0"
    client(api).models.retrieve("m", timeout=None)
    assert "x-stainless-read-timeout" not in api.last.headers


def test_header_precedence_and_omit(api):
    api.default = Reply(200, MODEL)
    c = client(api, default_headers={"X-Custom": "client", "X-Stainless-Lang": "other", "X-Drop": "d"})
    c.models.retrieve("m", extra_headers={"X-Custom": "call", "X-Drop": omit,
                                          "x-stainless-retry-count": "42"})
    h = api.last.headers
    assert h["x-custom"] == "call" and h["x-stainless-lang"] == "other" and "x-drop" not in h
    assert h["x-stainless-retry-count"] == "42"
    c.models.retrieve("m", extra_headers={"Authorization": omit, "x-stainless-read-timeout": omit})
    assert "authorization" not in api.last.headers
    assert "x-stainless-read-timeout" not in api.last.headers


def test_custom_headers_env_is_under_explicit(api, monkeypatch):
    monkeypatch.setenv("OPENAI_CUSTOM_HEADERS", "X-A: env-a\nX-B:env-b\nbroken line")
    api.default = Reply(200, MODEL)
    client(api, default_headers={"X-B": "explicit"}).models.retrieve("m")
    assert api.last.headers["x-a"] == "env-a" and api.last.headers["x-b"] == "explicit"


def test_crlf_in_header_refused_before_sending(api):
    c = client(api)
    with pytest.raises(ValueError, match="CR, LF"):
        c.models.retrieve("m", extra_headers={"X-Evil": "a\r\nInjected: 1"})
    with pytest.raises(ValueError):
        client(api, default_headers={"X-Evil": "a\nb"}).models.list()
    assert api.requests == []


def test_post_json_body_rules(api):
    api.default = Reply(200, {"id": "c", "object": "chat.completion", "choices": []})
    c = client(api)
    c.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hé"}],
                              max_tokens=None, extra_body={"custom": [1, 2]})
    r = api.last
    assert r.headers["content-type"] == "application/json"
    assert r.body == '{"messages":[{"role":"user","content":"hé"}],"model":"gpt-4o","max_tokens":null,"custom":[1,2]}'.encode()
    with pytest.raises(ValueError):
        c.chat.completions.create(model="m", messages=[], temperature=float("nan"))


def test_post_without_body_params_sends_empty_json_content(api):
    api.default = Reply(200, {"id": "x", "object": "model", "deleted": True})
    client(api).models.delete("ft:abc")
    assert api.last.method == "DELETE"
    assert api.last.headers["content-type"] == "application/json"
    assert api.last.headers["content-length"] == "0"
    assert api.last.body == b""


def test_query_encoding_and_extra_query(api):
    api.default = Reply(200, {"object": "list", "data": [], "has_more": False})
    c = client(api, default_query={"tenant": "t1", "limit": "5"})
    c.files.list(limit=10, order="desc", purpose=NOT_GIVEN, extra_query={"include": ["a", "b"], "meta": {"k": "v"}, "flag": True})
    assert api.last.path == "/v1/files"
    assert api.last.query == "tenant=t1&limit=10&order=desc&include%5B%5D=a&include%5B%5D=b&meta%5Bk%5D=v&flag=true"


def test_path_params_are_encoded_and_checked(api):
    api.default = Reply(200, {"id": "a/b", "object": "file"})
    c = client(api)
    c.files.retrieve("a/b")
    assert api.last.target == "/v1/files/a%2Fb"
    c.files.retrieve("x y%")
    assert api.last.target == "/v1/files/x%20y%25"
    n = len(api.requests)
    with pytest.raises(ValueError, match="Expected a non-empty value for `file_id` but received ''"):
        c.files.retrieve("")
    with pytest.raises(ValueError, match="dot-segment"):
        c.files.retrieve("..")
    assert len(api.requests) == n


def test_base_url_trailing_slash_and_absolute_paths(api, monkeypatch):
    api.default = Reply(200, {})
    c = OpenAI(api_key="k", base_url=api.url + "/custom/path")
    assert c.base_url == api.url + "/custom/path/"
    c.get("/foo", cast_to=object)
    assert api.last.path == "/custom/path/foo"
    c.get(api.url + "/abs?x=1", cast_to=object, options={"params": {"y": 2}})
    assert api.last.target == "/abs?x=1&y=2"
    monkeypatch.setenv("OPENAI_BASE_URL", api.url + "/env")
    OpenAI(api_key="k").get("models", cast_to=object)
    assert api.last.path == "/env/models"


def test_low_level_verbs(api):
    api.default = Reply(200, {"ok": True})
    c = client(api)
    assert c.post("/things", cast_to=object, body={"a": 1}) == {"ok": True}
    assert api.last.method == "POST" and api.last.json() == {"a": 1}
    c.patch("/things/1", cast_to=object, body={"b": 2})
    c.put("/things/1", cast_to=object, content=b"raw", options={"headers": {"Content-Type": "text/plain"}})
    assert api.last.method == "PUT" and api.last.body == b"raw" and api.last.headers["content-type"] == "text/plain"
    c.delete("/things/1", cast_to=object)
    assert api.last.method == "DELETE"
    with pytest.raises(TypeError):
        c.post("/x", cast_to=object, body={"a": 1}, content=b"b")


def test_api_key_callable_called_per_request(api):
    api.default = Reply(200, MODEL)
    keys = iter(["k1", "k2"])
    c = client(api, api_key=lambda: next(keys))
    assert c.api_key == ""
    c.models.retrieve("m")
    assert api.last.headers["authorization"] == "Bearer k1"
    c.models.retrieve("m")
    assert api.last.headers["authorization"] == "Bearer k2"
    assert c.api_key == "k2"


def test_no_credentials_for_request_is_type_error(api):
    c = client(api, api_key=lambda: "x")
    c._api_key_provider = None
    c.api_key = ""
    with pytest.raises(TypeError, match="Could not resolve authentication method"):
        c.models.list()
    api.default = Reply(200, {"data": []})
    c.models.list(extra_headers={"Authorization": "Bearer from-header"})
    assert api.last.headers["authorization"] == "Bearer from-header"


def test_multipart_upload_on_the_wire(api, tmp_path):
    api.default = Reply(200, {"id": "file-1", "object": "file", "bytes": 3, "filename": "a.jsonl",
                              "purpose": "batch", "created_at": 1, "status": "processed"})
    p = tmp_path / "a.jsonl"
    p.write_bytes(b"{}\n")
    f = client(api).files.create(file=p, purpose="batch", expires_after={"anchor": "created_at", "seconds": 3600})
    assert f.id == "file-1"
    r = api.last
    ct = r.headers["content-type"]
    assert ct.startswith("multipart/form-data; boundary=")
    boundary = ct.split("boundary=")[1]
    assert len(boundary) == 32
    body = r.body.decode()
    order = [body.index(f'name="{n}"') for n in ("purpose", "expires_after[anchor]", "expires_after[seconds]", "file")]
    assert order == sorted(order)
    assert 'filename="a.jsonl"' in body


def test_repr_and_errors_never_show_the_key(api):
    c = client(api, api_key="sk-secret-123")
    assert "sk-secret" not in repr(c)
    api.default = Reply(401, {"error": {"message": "bad key", "type": "invalid_request_error"}})
    with pytest.raises(openai_lite.AuthenticationError) as ei:
        c.models.list()
    assert "sk-secret" not in str(ei.value) and "sk-secret" not in repr(ei.value.request)


def test_credentials_follow_changes_between_calls(api):
    # The Authorization header is shared between calls with the same key: a key set on the
    # client later, or an endpoint that asks for the admin key, must still get its own.
    from tests.test_api_admin_skills import admin_of

    api.default = Reply(200, MODEL)
    c = client(api, api_key="sk-one", admin_api_key="sk-admin")
    c.models.retrieve("m")
    assert api.last.headers["authorization"] == "Bearer sk-one"
    c.api_key = "sk-two"
    c.models.retrieve("m")
    assert api.last.headers["authorization"] == "Bearer sk-two"
    admin_of(c).projects.retrieve("proj_1")
    assert api.last.headers["authorization"] == "Bearer sk-admin"
    c.admin_api_key = "sk-admin-2"
    admin_of(c).projects.retrieve("proj_1")
    assert api.last.headers["authorization"] == "Bearer sk-admin-2"
    c.models.retrieve("m")
    assert api.last.headers["authorization"] == "Bearer sk-two"
