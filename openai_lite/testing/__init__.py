"""Test helpers for code that talks to the OpenAI API: a local fake server.

``FakeOpenAI`` serves the main routes of the API (chat completions, stored completions,
responses, embeddings, models, files, uploads, audio, images, moderations, legacy
completions, batches, fine-tuning jobs, vector stores) from memory, with response shapes
that follow the OpenAPI spec, and lets a test script replies and faults per route::

    from openai_lite.testing import FakeOpenAI, FakeResponse

    with FakeOpenAI() as fake:
        fake.chat.completions.create.response = {"choices": [{"message": {"content": "hi"}}]}
        fake.fail("chat.completions.create", 429, headers={"retry-after": "1"})
        client = OpenAI(base_url=fake.base_url, api_key="test")
        ...
        assert fake.chat.completions.create.calls[-1].json["model"] == "gpt-4o"

The same routes answer under Azure's paths (``/openai/deployments/<name>/...`` and
``/openai/...``, with ``?api-version=``), for ``AzureOpenAI`` clients.  Embeddings are
deterministic and related texts get similar vectors; long-running objects (batches,
fine-tuning jobs, background responses) move one step along each time they are retrieved.

Importing ``openai_lite`` never imports this package; the pytest fixtures live in
``openai_lite.testing.pytest_plugin``.
"""
from __future__ import annotations

from typing import Any, Dict, Mapping, Optional

from .records import FileField, Headers, RecordedRequest
from .routes import error_body
from .scripting import FakeResponse, Reply, RouteHandle
from .server import FakeOpenAI

__all__ = [
    "FakeOpenAI", "FakeResponse", "RouteHandle", "RecordedRequest", "Headers", "FileField",
    "Reply", "api_error",
]


def api_error(status: int, message: Optional[str] = None, *, type: Optional[str] = None,
              param: Optional[str] = None, code: Optional[str] = None,
              headers: Optional[Mapping[str, str]] = None) -> FakeResponse:
    """A FakeResponse carrying the API's error shape, for use in reply callables."""
    body: Dict[str, Any] = error_body(status, message)
    error = body["error"]
    if type is not None:
        error["type"] = type
    if param is not None:
        error["param"] = param
    if code is not None:
        error["code"] = code
    return FakeResponse(status, json=body, headers=headers)
