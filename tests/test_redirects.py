from openai_lite.core.redirects import redirect_request
from openai_lite.transport.base import Request

HDRS = [("Authorization", "Bearer sk-x"), ("api-key", "k"), ("Content-Type", "application/json"),
        ("Content-Length", "2")]


def names(req):
    return [k.lower() for k, _ in req.headers]


def test_same_origin_307_keeps_method_body_and_credentials():
    r = redirect_request(Request("POST", "https://a.com/v1/x", HDRS, b"{}"), 307, "/v1/y")
    assert r.method == "POST" and r.content == b"{}" and r.url == "https://a.com/v1/y"
    assert "authorization" in names(r)


def test_303_and_302_become_get_without_body():
    for status in (302, 303):
        r = redirect_request(Request("POST", "https://a.com/x", HDRS, b"{}"), status, "https://a.com/y")
        assert r.method == "GET" and r.content is None
        assert "content-length" not in names(r) and "content-type" not in names(r)
    r = redirect_request(Request("POST", "https://a.com/x", HDRS, b"{}"), 301, "/y")
    assert r.method == "GET"


def test_cross_origin_drops_credentials():
    r = redirect_request(Request("GET", "https://a.com/x", HDRS), 302, "https://evil.com/y")
    assert "authorization" not in names(r) and "api-key" not in names(r)
    r = redirect_request(Request("GET", "https://a.com/x", HDRS), 302, "https://a.com:8443/y")
    assert "authorization" not in names(r)


def test_plain_http_to_https_upgrade_keeps_authorization():
    r = redirect_request(Request("GET", "http://a.com/x", HDRS), 301, "https://a.com/x")
    assert "authorization" in names(r)


def test_not_a_redirect():
    assert redirect_request(Request("GET", "https://a.com/x"), 200, "/y") is None
    assert redirect_request(Request("GET", "https://a.com/x"), 302, None) is None
    assert redirect_request(Request("GET", "https://a.com/x"), 302, "ftp://a.com/x") is None
