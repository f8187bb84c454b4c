"""Every example runs offline (no key: the local fake server) and prints what it shows."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, List

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

# example -> lines its output must contain; "..." in a line stands for any text
EXPECTED: Dict[str, List[str]] = {
    "chat.py": ["reply: A lightweight HTTP client is...", "finish reason: stop"],
    "chat_async.py": ["reply: hello from asyncio", "streamed: One, two, three, four, five.",
                      "in parallel: ['one', 'two', 'three']"],
    "streaming.py": ["chat: One, two, three, four, five.", "responses: streaming works",
                     "10 events, from response.created to response.completed"],
    "azure.py": ["reply: hello from Azure",
                 "request went to: /openai/deployments/my-gpt-4o-mini/chat/completions"
                 "?api-version=2024-10-21",
                 "key sent as api-key header: True",
                 "request went to: /openai/models?api-version=2024-10-21",
                 "base_url form: base_url works via /openai/deployments/..."],
    "raw_and_streamed_responses.py": ["status: 200", "parsed reply: raw", "streamed bytes: 18000",
                                      "first line: line one", "low-level GET: gpt-4o-mini model"],
    "copy_and_options.py": ["strict copy: 0 retries, 5.0 s timeout",
                            "original:    2 retries, 20.0 s timeout",
                            "sent X-Team: search | X-Experiment: b",
                            "after set_default_headers, X-Team sent: False | X-Only: 1",
                            "per-request header: one-off | query: {'debug': '1'}",
                            "copy closed with the original: True"],
    "client_setup.py": ["closed after the with block: True", "no key: Missing credentials",
                        "sent: /v1/models/gpt-4o-mini?tenant=demo | X-App: examples | ..."],
    "errors_and_retries.py": ["succeeded after 2 retries: Yes, I'm here.",
                              "RateLimitError: 429 rate_limit_exceeded | ...",
                              "APITimeoutError: Request timed out.",
                              "NotFoundError: 404 | The model 'no-such-model' does not exist...",
                              "APIConnectionError: Connection error. | cause: ConnectError"],
    "key_rotation.py": ["api_key before any request: ''",
                        "key function called: 2 times for 2 requests",
                        "first attempt and retry used: ['sk-example', 'sk-example-rotated']",
                        "async client with a key coroutine: gpt-4o-mini"],
    "proxy.py": ["reply: proxied", "   POST http://127.0.0.1:...", "requests through the proxy: 2"],
    "uploads.py": ["listed: True", "downloaded identical bytes: True",
                   "chunked upload completed: file ...", "parts sent: 3", "deleted: True"],
    "embeddings.py": ["3 vectors of 1536 dimensions; 21 tokens",
                      "closest to the first text: A cat is sitting on a rug.",
                      "with dimensions=256: 256 values"],
    "webhooks.py": ["  receiver: verified response.completed for resp_abc123",
                    "genuine delivery -> (200, '')",
                    "tampered body    -> (400, 'The given webhook signature does not match "
                    "the expected signature')",
                    "replayed an hour later -> (400, 'Webhook timestamp is too old')",
                    "verify_signature: ok"],
    "audio_and_images.py": ["speech: ... bytes of WAVE", "transcript: This is a fake transcription...",
                            "image: ... bytes, saved as lighthouse.png, PNG: True"],
}


def _matches(expected: str, lines: List[str]) -> bool:
    parts = expected.split("...")
    for line in lines:
        if not line.startswith(parts[0]) or not line.endswith(parts[-1]):
            continue
        position = 0
        for part in parts:
            found = line.find(part, position)
            if found < 0:
                break
            position = found + len(part)
        else:
            return True
    return False


def test_every_example_is_covered() -> None:
    present = {p.name for p in EXAMPLES.glob("*.py") if not p.name.startswith("_")}
    assert present == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_runs_against_the_fake(name: str) -> None:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPENAI", "AZURE_OPENAI")) and "proxy" not in k.lower()}
    env.pop("PYTHONPATH", None)  # the examples find the package from a checkout themselves
    r = subprocess.run([sys.executable, str(EXAMPLES / name)], capture_output=True, text=True,
                       env=env, timeout=60, cwd=str(EXAMPLES))
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stderr == "", r.stderr
    lines = r.stdout.splitlines()
    if name != "webhooks.py":  # the one example that needs no server
        assert any(line.startswith("No OPENAI_API_KEY: using the local fake server at http://")
                   for line in lines[:2]), r.stdout
    missing = [e for e in EXPECTED[name] if not _matches(e, lines)]
    assert not missing, r.stdout
