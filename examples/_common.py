"""Shared by the examples: where to send requests.

With OPENAI_API_KEY set, an example talks to the real API (or OPENAI_BASE_URL).  Without
it, it starts ``FakeOpenAI``, the package's local OpenAI-compatible server, so every
example runs offline and costs nothing.  Importing this module also makes the examples
runnable from a checkout, before the package is installed.
"""
from __future__ import annotations

import contextlib
import os
import sys
from typing import Any, Iterator, NamedTuple, Optional

try:
    import openai_lite  # noqa: F401
except ImportError:  # running from a source checkout
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

__all__ = ["Target", "target", "say"]


class Target(NamedTuple):
    base_url: Optional[str]  # None: the client's default (OPENAI_BASE_URL or the real API)
    api_key: str
    fake: Any  # the running FakeOpenAI, or None against a real server

    @property
    def is_fake(self) -> bool:
        return self.fake is not None


@contextlib.contextmanager
def target(**fake_options: Any) -> Iterator[Target]:
    """The server to use: the real API with a key in the environment, else a fresh fake.

    ``fake_options`` go to ``FakeOpenAI`` (e.g. ``api_key=`` to make it check keys).
    """
    key = os.environ.get("OPENAI_API_KEY")
    if key:
        say(f"Using {os.environ.get('OPENAI_BASE_URL') or 'the real API'} (OPENAI_API_KEY is set)")
        yield Target(None, key, None)
        return
    from openai_lite.testing import FakeOpenAI

    fake_options.setdefault("replies", "answer")
    with FakeOpenAI(**fake_options) as fake:
        say(f"No OPENAI_API_KEY: using the local fake server at {fake.base_url}")
        yield Target(fake.base_url, fake_options.get("api_key") or "sk-example", fake)


def say(text: str) -> None:
    print(text, flush=True)
