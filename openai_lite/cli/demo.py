"""`python -m openai_lite demo`: a short tour that makes real HTTP calls.

With no OPENAI_API_KEY it starts the package's local fake server and talks to it; with
a key it runs the same tour against the real API with a small model.
"""
from __future__ import annotations

import math
import os
import sys
import time
from typing import Any, List, Optional, TextIO

__all__ = ["run_demo"]

CHAT_MODEL = "gpt-4o-mini"
EMBED_MODEL = "text-embedding-3-small"


def _cosine(a: List[float], b: List[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def run_demo(out: TextIO = sys.stdout, *, base_url: Optional[str] = None) -> int:
    import openai_lite

    key = os.environ.get("OPENAI_API_KEY")
    fake: Any = None
    if not key and base_url is None:
        from openai_lite.testing import FakeOpenAI

        fake = FakeOpenAI(replies="answer").start()
        base_url = fake.base_url
        key = "sk-demo-not-a-real-key"
        out.write(f"No OPENAI_API_KEY: using the local fake server at {base_url}\n\n")
    else:
        out.write(f"Using {'the real API' if base_url is None else base_url}\n\n")

    def say(title: str) -> None:
        out.write(f"== {title}\n")
        out.flush()

    try:
        client = openai_lite.OpenAI(api_key=key, base_url=base_url)
        t0 = time.perf_counter()

        say("chat completion")
        reply = client.chat.completions.create(
            model=CHAT_MODEL,
            messages=[{"role": "system", "content": "Answer in one short sentence."},
                      {"role": "user", "content": "What is a lightweight HTTP client?"}],
        )
        out.write(f"{reply.choices[0].message.content}\n")
        if reply.usage is not None:
            out.write(f"(tokens: {reply.usage.prompt_tokens} in, {reply.usage.completion_tokens} out; "
                      f"request id {reply._request_id})\n")

        say("streaming")
        with client.chat.completions.create(
            model=CHAT_MODEL, stream=True,
            messages=[{"role": "user", "content": "Count from one to five in words."}],
        ) as stream:
            for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    out.write(chunk.choices[0].delta.content)
                    out.flush()
        out.write("\n")

        say("embeddings")
        texts = ["The cat sat on the mat.", "A cat is sitting on a rug.", "Quarterly revenue grew 4%."]
        emb = client.embeddings.create(model=EMBED_MODEL, input=texts)
        vectors = [d.embedding for d in emb.data]
        out.write(f"{len(vectors)} vectors of {len(vectors[0])} dimensions (sent as base64, decoded locally)\n")
        out.write(f"similarity(cat on a mat, cat on a rug) = {_cosine(vectors[0], vectors[1]):.3f}; "
                  f"similarity(cat on a mat, revenue) = {_cosine(vectors[0], vectors[2]):.3f}\n")

        say("file round trip")
        data = b'{"custom_id": "1", "method": "POST", "url": "/v1/chat/completions", "body": {}}\n'
        uploaded = client.files.create(file=("demo.jsonl", data), purpose="batch")
        out.write(f"uploaded {uploaded.id} ({uploaded.bytes} bytes, {uploaded.filename})\n")
        listed = [f.id for f in client.files.list(purpose="batch", limit=100)]
        out.write(f"listed: {'found' if uploaded.id in listed else 'missing'} among {len(listed)} files\n")
        try:
            content = client.files.content(uploaded.id).content
            out.write(f"downloaded {len(content)} bytes, identical: {content == data}\n")
        except openai_lite.APIStatusError as e:
            out.write(f"download refused by the server: {e.status_code}\n")
        deleted = client.files.delete(uploaded.id)
        out.write(f"deleted: {deleted.deleted}\n")

        say("an error and its retry")
        if fake is not None:
            fake.chat.completions.create.fail(429, times=1, headers={"retry-after": "0.2"})
            raw = client.chat.completions.with_raw_response.create(
                model=CHAT_MODEL, messages=[{"role": "user", "content": "Are you there?"}])
            out.write(f"first attempt got 429 with retry-after 0.2 s; succeeded after "
                      f"{raw.retries_taken} retry: {raw.parse().choices[0].message.content}\n")
        try:
            client.with_options(max_retries=0).models.retrieve("no-such-model-for-the-demo")
        except openai_lite.NotFoundError as e:
            detail = e.body.get("message") if isinstance(e.body, dict) else None
            out.write(f"NotFoundError {e.status_code}: {(detail or e.message)[:100]}\n")

        out.write(f"\nDone in {time.perf_counter() - t0:.2f} s.\n")
        client.close()
        return 0
    except openai_lite.OpenAIError as e:
        out.write(f"error: {type(e).__name__}: {e}\n")
        return 1
    finally:
        if fake is not None:
            fake.stop()
