"""Legacy completions.create on the wire: body, streaming, views, sync and async."""
import asyncio
import inspect
import json
import os

import pytest

import openai_lite
from openai_lite import AsyncOpenAI, OpenAI
from openai_lite.types import Completion
from tests.apiserver import Reply, sse

SSE = {"Content-Type": "text/event-stream"}

COMPLETION = {
    "id": "cmpl-1", "object": "text_completion", "created": 1, "model": "gpt-3.5-turbo-instruct",
    "system_fingerprint": "fp",
    "choices": [{"text": "\n\nThis is", "index": 0, "logprobs": None, "finish_reason": "length"}],
    "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12},
}

PARAMS = ["model", "prompt", "best_of", "echo", "frequency_penalty", "logit_bias", "logprobs",
          "max_tokens", "n", "presence_penalty", "seed", "stop", "stream", "stream_options", "suffix",
          "temperature", "top_p", "user", "extra_headers", "extra_query", "extra_body", "timeout"]


def client(api):
    return OpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0)


def piece(text, finish=None):
    return {"id": "cmpl-s", "object": "text_completion", "created": 1, "model": "m",
            "choices": [{"text": text, "index": 0, "logprobs": None, "finish_reason": finish}]}


def test_signature_matches_the_sdk_and_the_spec():
    params = inspect.signature(OpenAI(api_key="k").completions.create).parameters
    assert list(params) == PARAMS
    assert [n for n, p in params.items() if p.default is p.empty] == ["model", "prompt"]
    data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "spec_operations.json")
    op = next(o for o in json.load(open(data)) if (o["method"], o["path"]) == ("POST", "/completions"))
    assert set(PARAMS[:-4]) == set(op["body"])


def test_create_body_and_result(api):
    api.default = Reply(200, COMPLETION)
    result = client(api).completions.create(
        model="gpt-3.5-turbo-instruct", prompt="Say this is a test", max_tokens=7, temperature=0,
        stop=["\n"], logit_bias={"50256": -100}, suffix=None, echo=False)
    r = api.last
    assert (r.method, r.path) == ("POST", "/v1/completions")
    assert r.body == (b'{"model":"gpt-3.5-turbo-instruct","prompt":"Say this is a test","echo":false,'
                      b'"logit_bias":{"50256":-100},"max_tokens":7,"stop":["\\n"],"suffix":null,'
                      b'"temperature":0}')
    assert isinstance(result, Completion) and result.choices[0].text == "\n\nThis is"
    assert result.choices[0].finish_reason == "length" and result._request_id == "req_1"
    assert result.usage is not None and result.usage.total_tokens == 12


def test_prompt_forms(api):
    api.default = Reply(200, COMPLETION)
    c = client(api)
    c.completions.create(model="m", prompt=None)
    assert api.last.json()["prompt"] is None
    c.completions.create(model="m", prompt=["a", "b"])
    assert api.last.json()["prompt"] == ["a", "b"]
    c.completions.create(model="m", prompt=range(3))
    assert api.last.json()["prompt"] == [0, 1, 2]
    c.completions.create(model="m", prompt=(iter([1, 2]) for _ in range(2)))
    assert api.last.json()["prompt"] == [[1, 2], [1, 2]]


def test_create_streams_completions(api):
    api.default = Reply(200, headers=SSE, chunks=sse(piece("Hel"), piece("lo", "stop")))
    stream = client(api).completions.create(model="m", prompt="p", stream=True,
                                            stream_options={"include_usage": True})
    assert isinstance(stream, openai_lite.Stream)
    items = list(stream)
    assert all(isinstance(i, Completion) for i in items)
    assert "".join(i.choices[0].text for i in items) == "Hello"
    assert api.last.json() == {"model": "m", "prompt": "p", "stream": True,
                               "stream_options": {"include_usage": True}}
    assert stream.response.is_closed


def test_views_and_errors(api):
    api.default = Reply(200, COMPLETION)
    c = client(api)
    raw = c.completions.with_raw_response.create(model="m", prompt="p")
    assert api.last.headers["x-stainless-raw-response"] == "true"
    assert raw.parse().id == "cmpl-1" and raw.request_id == "req_1"
    with c.completions.with_streaming_response.create(model="m", prompt="p") as resp:
        assert api.last.headers["x-stainless-raw-response"] == "stream"
        assert resp.parse().choices[0].index == 0
    api.default = Reply(429, {"error": {"message": "slow down", "type": "rate_limit"}})
    with pytest.raises(openai_lite.RateLimitError):
        c.completions.create(model="m", prompt="p")
    with pytest.raises(TypeError):
        c.completions.create(model="m")  # type: ignore[call-overload]


def test_async_create(api):
    async def main():
        c = AsyncOpenAI(api_key="k", base_url=api.base_url, max_retries=0)
        api.default = Reply(200, COMPLETION)
        result = await c.completions.create(model="m", prompt="p", n=2)
        assert result.id == "cmpl-1" and api.last.json() == {"model": "m", "prompt": "p", "n": 2}
        api.default = Reply(200, headers=SSE, chunks=sse(piece("a"), piece("b", "stop")))
        stream = await c.completions.create(model="m", prompt="p", stream=True)
        assert isinstance(stream, openai_lite.AsyncStream)
        assert [i.choices[0].text async for i in stream] == ["a", "b"]
        api.default = Reply(200, COMPLETION)
        raw = await c.completions.with_raw_response.create(model="m", prompt="p")
        assert raw.parse().choices[0].text == "\n\nThis is"
        await c.close()
    asyncio.run(asyncio.wait_for(main(), 20))
    assert api.last.headers["x-stainless-async"] == "async:asyncio"
