"""Refreshable credentials: ``api_key`` may be a function, called before every attempt.

Useful when keys rotate or come from a secrets manager: the client asks for the current
key each time it sends a request, retries included.

    python examples/key_rotation.py
"""
import itertools
import threading

import _common  # noqa: F401  (picks the server; run from a checkout)

import openai_lite
from openai_lite import OpenAI


class KeySource:
    """Stands in for a secrets manager: returns the current key, counting the calls."""

    def __init__(self, keys):
        self._keys = itertools.cycle(keys)
        self._lock = threading.Lock()
        self.calls = 0

    def __call__(self):
        with self._lock:
            self.calls += 1
            return next(self._keys)


with _common.target() as server:
    keys = [server.api_key, server.api_key + "-rotated"] if server.is_fake else [server.api_key]
    source = KeySource(keys)
    client = OpenAI(api_key=source, base_url=server.base_url)
    print("api_key before any request:", repr(client.api_key))

    client.models.retrieve("gpt-4o-mini")
    client.models.retrieve("gpt-4o-mini")
    print("key function called:", source.calls, "times for 2 requests")

    if server.is_fake:
        sent = [r.headers.get("authorization") for r in server.fake.requests]
        print("keys sent:", [s.split()[-1] for s in sent])

        # A retried request asks again: the retry after this 429 carries the next key.
        server.fake.fail("models.retrieve", 429, headers={"retry-after": "0"})
        client.models.retrieve("gpt-4o-mini")
        retry_keys = [r.headers.get("authorization").split()[-1] for r in server.fake.requests[-2:]]
        print("first attempt and retry used:", retry_keys)

        # The async client takes an async function (awaited before every attempt).
        import asyncio

        async def async_key():
            return server.api_key

        async def main():
            async with openai_lite.AsyncOpenAI(api_key=async_key, base_url=server.base_url) as aclient:
                model = await aclient.models.retrieve("gpt-4o-mini")
                print("async client with a key coroutine:", model.id)

        asyncio.run(main())
    client.close()
