import os

import pytest

from tests.apiserver import APIServer

_ENV = ("OPENAI_API_KEY", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "OPENAI_BASE_URL", "OPENAI_WEBHOOK_SECRET",
        "OPENAI_CUSTOM_HEADERS", "OPENAI_ADMIN_KEY", "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_AD_TOKEN",
        "AZURE_OPENAI_ENDPOINT", "OPENAI_API_VERSION", "OPENAI_LOG", "HTTP_PROXY", "HTTPS_PROXY",
        "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    """Tests never see the developer's real credentials or proxies."""
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def api():
    with APIServer() as server:
        yield server
