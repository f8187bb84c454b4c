"""The module-level client: `openai_lite.chat.completions.create(...)` with module settings."""
import pytest

import openai_lite
from openai_lite import _module_client
from tests.apiserver import Reply

SETTINGS = ("api_key", "organization", "project", "base_url", "max_retries", "default_headers", "api_type")


@pytest.fixture(autouse=True)
def fresh_module_client():
    saved = {k: getattr(openai_lite, k) for k in SETTINGS}
    _module_client.reset_client()
    yield
    _module_client.reset_client()
    for k, v in saved.items():
        setattr(openai_lite, k, v)


def test_module_client_uses_live_module_settings(api):
    api.default = Reply(200, {"id": "m", "object": "model"})
    openai_lite.api_key = "sk-module"
    openai_lite.base_url = api.base_url
    openai_lite.organization = "org-mod"
    assert openai_lite.models.retrieve("m").id == "m"
    h = api.last.headers
    assert h["authorization"] == "Bearer sk-module" and h["openai-organization"] == "org-mod"
    openai_lite.api_key = "sk-changed"
    openai_lite.default_headers = {"X-Live": "1"}
    openai_lite.models.retrieve("m")
    assert api.last.headers["authorization"] == "Bearer sk-changed" and api.last.headers["x-live"] == "1"
    assert openai_lite.api_type == "openai"


def test_missing_key_fails_per_request_not_at_first_touch(api):
    openai_lite.api_key = None
    openai_lite.base_url = api.base_url
    with pytest.raises(TypeError, match="Could not resolve authentication method"):
        openai_lite.models.list()
    assert openai_lite.api_key == ""


def test_ambiguous_credentials(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "k")
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "a")
    openai_lite.api_type = None
    with pytest.raises(openai_lite.OpenAIError, match="Ambiguous use of module client"):
        openai_lite.chat.completions
