"""Azure clients: credentials, api-version, deployment routing (azure.md)."""
import pytest

import openai_lite
from openai_lite import AsyncAzureOpenAI, AzureOpenAI, MutuallyExclusiveAuthError, OpenAIError
from tests.apiserver import Reply

CHAT = {"id": "c", "object": "chat.completion", "choices": []}


def test_construction_errors(monkeypatch):
    with pytest.raises(OpenAIError, match="Missing credentials"):
        AzureOpenAI(api_version="v", azure_endpoint="https://x")
    with pytest.raises(MutuallyExclusiveAuthError):
        AzureOpenAI(api_key="k", azure_ad_token="t", api_version="v", azure_endpoint="https://x")
    assert issubclass(MutuallyExclusiveAuthError, OpenAIError)
    with pytest.raises(ValueError, match="api_version"):
        AzureOpenAI(api_key="k", azure_endpoint="https://x")
    with pytest.raises(ValueError, match="azure_endpoint"):
        AzureOpenAI(api_key="k", api_version="v")
    with pytest.raises(ValueError, match="mutually exclusive"):
        AzureOpenAI(api_key="k", api_version="v", azure_endpoint="https://x", base_url="https://y")


def test_env_resolution(monkeypatch):
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "env-key")
    monkeypatch.setenv("OPENAI_API_VERSION", "2024-02-01")
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com/")
    monkeypatch.setenv("OPENAI_API_KEY", "never-used")
    c = AzureOpenAI()
    assert c.api_key == "env-key" and c.base_url == "https://res.openai.azure.com/openai/"
    assert c.user_agent == "AzureOpenAI/Python 3.3.1"
    monkeypatch.setenv("AZURE_OPENAI_AD_TOKEN", "env-token")
    c = AzureOpenAI()
    assert c.api_key == "" and c._azure_ad_token == "env-token"
    c = AzureOpenAI(api_key="explicit")
    assert c.api_key == "explicit" and c._azure_ad_token is None


def test_requests_rule_a_model_deployment(api):
    api.default = Reply(200, CHAT)
    c = AzureOpenAI(api_key="azk", api_version="2024-02-01", azure_endpoint=api.url, max_retries=0)
    c.chat.completions.create(model="my dep", messages=[])
    r = api.last
    assert r.path == "/openai/deployments/my%20dep/chat/completions"
    assert r.query == "api-version=2024-02-01"
    assert r.headers["api-key"] == "azk" and "authorization" not in r.headers
    api.default = Reply(200, {"data": []})
    c.models.list()
    assert api.last.path == "/openai/models" and api.last.query == "api-version=2024-02-01"
    with pytest.raises(ValueError, match="dot-segment"):
        c.chat.completions.create(model="..", messages=[])


def test_requests_rule_b_client_deployment(api):
    api.default = Reply(200, CHAT)
    c = AzureOpenAI(api_key="k", api_version="v1", azure_endpoint=api.url + "/", azure_deployment="dep", max_retries=0)
    c.chat.completions.create(model="ignored", messages=[])
    assert api.last.path == "/openai/deployments/dep/chat/completions"
    api.default = Reply(200, {"data": []})
    c.files.list()
    assert api.last.path == "/openai/files"


def test_ad_token_provider_per_attempt(api, monkeypatch):
    import time
    monkeypatch.setattr(time, "sleep", lambda s: None)
    tokens = iter(["fake-token-1", "fake-token-2"])
    api.queue(Reply(500, {}))
    api.default = Reply(200, {"data": []})
    c = AzureOpenAI(azure_ad_token_provider=lambda: next(tokens), api_version="v", azure_endpoint=api.url)
    c.models.list()
    assert [r.headers["authorization"] for r in api.requests] == ["Bearer fake-token-1", "Bearer fake-token-2"]
    assert all("api-key" not in r.headers for r in api.requests)
    bad = AzureOpenAI(azure_ad_token_provider=lambda: "", api_version="v", azure_endpoint=api.url)
    with pytest.raises(ValueError, match="non-empty string"):
        bad.models.list()


def test_async_azure_with_async_provider(api):
    import asyncio
    api.default = Reply(200, {"data": []})

    async def provider():
        return "tok"

    async def main():
        c = AsyncAzureOpenAI(azure_ad_token_provider=provider, api_version="v", azure_endpoint=api.url)
        await c.models.list()
        await c.close()
    asyncio.run(main())
    assert api.last.headers["authorization"] == "Bearer tok"
    assert api.last.headers["user-agent"] == "AsyncAzureOpenAI/Python 3.3.1"


def test_copy_keeps_credentials_and_version(api):
    c = AzureOpenAI(api_key="k", api_version="v1", azure_endpoint=api.url)
    d = c.with_options(max_retries=0, api_version="v2")
    assert d.api_key == "k" and d.api_version == "v2" and d.default_query["api-version"] == "v2"
    e = c.copy(azure_ad_token="t")
    assert e._azure_ad_token == "t" and e.api_key == ""
    with pytest.raises(MutuallyExclusiveAuthError):
        c.copy(api_key="a", azure_ad_token="t")


def test_sdk_import_path_lib_azure():
    # the reference names openai.lib.azure as MutuallyExclusiveAuthError's home
    from openai_lite.lib.azure import AsyncAzureOpenAI as LibAsync
    from openai_lite.lib.azure import AzureOpenAI as LibAzure
    from openai_lite.lib.azure import MutuallyExclusiveAuthError as LibError

    assert (LibAzure, LibAsync, LibError) == (AzureOpenAI, AsyncAzureOpenAI, MutuallyExclusiveAuthError)
    with pytest.raises(LibError):
        LibAzure(api_key="k", azure_ad_token="t", api_version="2024-10-21", azure_endpoint="https://x.example")
