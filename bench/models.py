"""Micro-benchmark of response-model building (openai_lite/_models.py), no network.

    python3 bench/models.py            # per-object build times + import/first-use costs
    python3 bench/models.py --quick

Payloads are the ones bench/servers.py serves (chat completion, one SSE chat chunk,
100-model list, 1536-float embedding), parsed once with json.loads; each row times the
model build only (``construct_type`` / the page's item loop), next to ``json.loads`` of
the same body for scale.  "page loads+build" is the client-side parse work of bench/run.py
row 3 (``models.list()``): json.loads of the body, then the page, from fresh objects each
time as a response is.  Then, in fresh child processes: the import time of
``openai_lite._models`` and the first build of a ChatCompletion (hint resolution and
per-class set-up), medians of several runs.  Standard library only.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any, Callable, List

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

import servers  # noqa: E402  (bench/servers.py)

PYCACHE = os.path.join(tempfile.gettempdir(), "openai_lite_bench_pycache")


def per_call_us(fn: Callable[[], Any], budget: float) -> float:
    """Median over batches of the time per call, in microseconds."""
    n = 1
    while True:  # size a batch to ~10 ms
        t = time.perf_counter()
        for _ in range(n):
            fn()
        dt = time.perf_counter() - t
        if dt > 0.01 or n >= 1 << 20:
            break
        n *= 2
    samples: List[float] = []
    end = time.perf_counter() + budget
    while len(samples) < 5 or (time.perf_counter() < end and len(samples) < 200):
        t = time.perf_counter()
        for _ in range(n):
            fn()
        samples.append((time.perf_counter() - t) / n * 1e6)
    return statistics.median(samples)


def child(code: str, runs: int) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = PYCACHE
    env.pop("PYTHONPATH", None)
    out = []
    for _ in range(runs + 1):  # the first run only warms the bytecode cache
        res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=True)
        out.append(float(res.stdout.strip()))
    return statistics.median(out[1:])


IMPORT_CODE = """
import time, sys
t = time.perf_counter()
import openai_lite._models
print((time.perf_counter() - t) * 1e3)
"""

FIRST_BUILD_CODE = """
import json, time
import openai_lite._models as m
from openai_lite.types.chat.chat_completion import ChatCompletion
body = json.loads(%r)
t = time.perf_counter()
m.construct_type(type_=ChatCompletion, value=body)
print((time.perf_counter() - t) * 1e3)
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    budget = 0.3 if args.quick else 1.0
    runs = 5 if args.quick else 15

    from openai_lite._models import construct_type
    from openai_lite._pagination import SyncPage
    from openai_lite.types.chat.chat_completion import ChatCompletion
    from openai_lite.types.chat.chat_completion_chunk import ChatCompletionChunk
    from openai_lite.types.create_embedding_response import CreateEmbeddingResponse
    from openai_lite.types.model import Model

    chat_body = servers.chat_completion_body()
    chunk_body = servers.sse_chunk_event(3)[len(b"data: "):].strip()
    models_body = servers.models_body()
    emb_body = servers.embedding_body("float")
    chat, chunk = json.loads(chat_body), json.loads(chunk_body)
    models, emb = json.loads(models_body), json.loads(emb_body)

    # sanity: the built objects look right
    assert construct_type(type_=ChatCompletion, value=chat).choices[0].message.role == "assistant"
    assert construct_type(type_=ChatCompletionChunk, value=chunk).choices[0].delta.content
    assert len(SyncPage.build(models, item_type=Model, client=None, options=None).data) == 100
    assert len(construct_type(type_=CreateEmbeddingResponse, value=emb).data[0].embedding) == 1536

    rows = [
        ("chat completion", lambda: construct_type(type_=ChatCompletion, value=chat), chat_body),
        ("chat chunk", lambda: construct_type(type_=ChatCompletionChunk, value=chunk), chunk_body),
        ("100-model list (page)",
         lambda: SyncPage.build(models, item_type=Model, client=None, options=None), models_body),
        ("100 models, List[Model]",
         lambda: construct_type(type_=List[Model], value=models["data"]), models_body),
        ("1536-float embedding",
         lambda: construct_type(type_=CreateEmbeddingResponse, value=emb), emb_body),
    ]
    print(f"python {sys.version.split()[0]}")
    print(f"{'payload':24} {'build us':>10} {'json.loads us':>14}")
    for name, fn, body in rows:
        build = per_call_us(fn, budget)
        loads = per_call_us(lambda: json.loads(body), budget)
        print(f"{name:24} {build:10.2f} {loads:14.2f}", flush=True)
    # the SSE data path per chunk: json.loads of the data line + build, as _streaming does
    text = chunk_body.decode()
    sse = per_call_us(lambda: construct_type(type_=ChatCompletionChunk, value=json.loads(text)),
                      budget)
    print(f"{'chunk loads+build':24} {sse:10.2f}")
    page = per_call_us(lambda: SyncPage.build(json.loads(models_body), item_type=Model,
                                              client=None, options=None), budget)
    print(f"{'page loads+build':24} {page:10.2f}")

    imp = child(IMPORT_CODE, runs)
    first = child(FIRST_BUILD_CODE % chat_body.decode(), runs)
    print(f"import openai_lite._models (fresh process, bytecode cached): {imp:.2f} ms")
    print(f"first ChatCompletion build (fresh process, after import): {first:.2f} ms")


if __name__ == "__main__":
    main()
