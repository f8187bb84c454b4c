"""pytest fixtures for FakeOpenAI (registered through the ``pytest11`` entry point).

Nothing in ``openai_lite`` imports this module, so pytest stays a test-time dependency.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator, List

import pytest

from openai_lite.testing import FakeOpenAI

__all__ = ["openai_fake", "openai_fake_factory", "openai_fake_env"]


@pytest.fixture
def openai_fake() -> Iterator[FakeOpenAI]:
    """A running FakeOpenAI on a free port, stopped after the test."""
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def openai_fake_factory() -> Iterator[Callable[..., FakeOpenAI]]:
    """Make started FakeOpenAI servers with custom options (api_key=, tls=, ...); all are
    stopped after the test."""
    made: List[FakeOpenAI] = []

    def make(**options: Any) -> FakeOpenAI:
        fake = FakeOpenAI(**options).start()
        made.append(fake)
        return fake

    yield make
    for fake in made:
        fake.stop()


@pytest.fixture
def openai_fake_env(openai_fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> FakeOpenAI:
    """``openai_fake``, with OPENAI_BASE_URL and OPENAI_API_KEY pointing clients at it, so
    code that builds its own client with no arguments talks to the fake."""
    monkeypatch.setenv("OPENAI_BASE_URL", openai_fake.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", openai_fake.api_key or "sk-fake-openai")
    return openai_fake
