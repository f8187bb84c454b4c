"""Construction, environment, copies and lifecycle (client.md)."""
import gc
import tracemalloc

import pytest

import openai_lite
from openai_lite import (DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncOpenAI, OpenAI, OpenAIError,
                         Timeout)
from tests.apiserver import Reply


def test_missing_key_is_openai_error():
    with pytest.raises(OpenAIError, match="Missing credentials"):
        OpenAI()
    with pytest.raises(OpenAIError):
        AsyncOpenAI(api_key="")


def test_env_values_and_explicit_wins(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "env-key")
    monkeypatch.setenv("OPENAI_ORG_ID", "env-org")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "env-proj")
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", "whsec_env")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://env.example/v1")
    c = OpenAI()
    assert (c.api_key, c.organization, c.project, c.webhook_secret) == ("env-key", "env-org", "env-proj", "whsec_env")
    assert c.base_url == "http://env.example/v1/"
    c = OpenAI(api_key="k", organization="o", project="p", webhook_secret="w", base_url="http://x")
    assert (c.api_key, c.organization, c.project, c.webhook_secret, c.base_url) == ("k", "o", "p", "w", "http://x/")
    monkeypatch.setenv("OPENAI_ORG_ID", "")
    assert OpenAI().organization == ""


def test_defaults():
    c = OpenAI(api_key="k")
    assert c.base_url == "https://api.openai.com/v1/"
    assert c.max_retries == DEFAULT_MAX_RETRIES == 2
    assert c.timeout == DEFAULT_TIMEOUT
    assert DEFAULT_TIMEOUT.connect == 5.0 and DEFAULT_TIMEOUT.read == 600
    assert c.user_agent == "OpenAI/Python 3.3.1"
    assert AsyncOpenAI(api_key="k").user_agent == "AsyncOpenAI/Python 3.3.1"
    assert c.auth_headers == {"Authorization": "Bearer k"}


def test_max_retries_none_and_wrong_http_client():
    with pytest.raises(TypeError, match="max_retries cannot be None"):
        OpenAI(api_key="k", max_retries=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Invalid `http_client` argument"):
        OpenAI(api_key="k", http_client=openai_lite.DefaultAsyncHttpxClient())
    with pytest.raises(TypeError, match="Invalid `http_client` argument"):
        AsyncOpenAI(api_key="k", http_client=openai_lite.DefaultHttpxClient())


def test_timeout_values():
    assert Timeout(10).as_tuple() == (10, 10, 10, 10)
    t = Timeout(60.0, read=5.0, write=10.0, connect=2.0)
    assert (t.connect, t.read, t.write, t.pool) == (2.0, 5.0, 10.0, 60.0)
    with pytest.raises(ValueError):
        Timeout(connect=1.0)
    assert Timeout(connect=1, read=2, write=3, pool=4).pool == 4
    assert OpenAI(api_key="k", timeout=None).timeout is None
    custom = openai_lite.DefaultHttpxClient(timeout=7.0)
    assert OpenAI(api_key="k", http_client=custom).timeout == 7.0


def test_copy_merge_and_replace():
    c = OpenAI(api_key="k", organization="o", default_headers={"A": "1"}, default_query={"q": "1"})
    d = c.with_options(default_headers={"B": "2"}, default_query={"r": "2"}, max_retries=0, timeout=3.0)
    assert d is not c and d.max_retries == 0 and d.timeout == 3.0 and c.max_retries == 2
    assert d.default_headers["A"] == "1" and d.default_headers["B"] == "2"
    assert d.default_query == {"q": "1", "r": "2"}
    e = c.copy(set_default_headers={"C": "3"}, set_default_query={})
    assert "A" not in e.default_headers and e.default_headers["C"] == "3" and e.default_query == {}
    assert c.copy(organization="").organization == "o"  # falsy keeps the old value
    assert d._http is c._http  # shares the pool
    with pytest.raises(ValueError, match="mutually exclusive"):
        c.copy(default_headers={}, set_default_headers={})
    with pytest.raises(ValueError, match="mutually exclusive"):
        c.copy(default_query={}, set_default_query={})
    s = OpenAI(api_key="k", _strict_response_validation=True)
    assert s.copy()._strict_response_validation is False


def test_copy_keeps_key_callable():
    provider = lambda: "fresh"  # noqa: E731
    c = OpenAI(api_key=provider)
    assert c.copy()._api_key_provider is provider
    assert c.copy(api_key="plain")._api_key_provider is None


def test_ten_thousand_with_options_do_not_grow(api):
    api.default = Reply(200, {"id": "m", "object": "model"})
    c = OpenAI(api_key="k", base_url=api.base_url)
    c.models.retrieve("m")
    for _ in range(200):
        c.with_options(max_retries=1)
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    for _ in range(10_000):
        c.with_options(max_retries=1, timeout=5.0)
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    growth = sum(s.size_diff for s in after.compare_to(before, "filename"))
    assert growth < 200_000, growth
    d = c.with_options(max_retries=0)
    d.models.retrieve("m")
    assert api.connections == 1  # the copy reused the original's socket


def test_lifecycle_and_context_manager(api):
    api.default = Reply(200, {"id": "m", "object": "model"})
    with OpenAI(api_key="k", base_url=api.base_url) as c:
        assert c.is_closed() is False
        c.models.retrieve("m")
    assert c.is_closed() is True
    with pytest.raises(Exception):
        c.models.retrieve("m")


def test_resources_lazy_and_cached():
    c = OpenAI(api_key="k")
    names = ["chat", "completions", "embeddings", "audio", "images", "videos", "files", "models",
             "moderations", "fine_tuning", "batches", "vector_stores", "uploads", "responses", "realtime",
             "webhooks", "beta", "conversations", "evals", "containers"]
    assert not any(n in c.__dict__ for n in names)
    for n in names:
        assert getattr(c, n) is getattr(c, n)
    assert not hasattr(c.with_raw_response, "webhooks")
    assert c.with_raw_response.chat.completions._mode == "raw"
    assert c.with_streaming_response.models._mode == "stream"


def test_module_exports():
    for name in ["OpenAI", "AsyncOpenAI", "AzureOpenAI", "AsyncAzureOpenAI", "NOT_GIVEN", "NotGiven", "not_given",
                 "omit", "Omit", "Timeout", "DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES", "AzureADTokenProvider",
                 "AsyncAzureADTokenProvider", "DefaultHttpxClient", "DefaultAsyncHttpxClient",
                 "MutuallyExclusiveAuthError", "APIStatusError", "RateLimitError", "Stream", "AsyncStream"]:
        assert getattr(openai_lite, name) is not None
    assert set(openai_lite.__all__) <= set(dir(openai_lite))
    assert not openai_lite.NOT_GIVEN and not openai_lite.omit
