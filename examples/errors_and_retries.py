"""Errors and retries: what is retried, what is raised, and what an error carries.

    python examples/errors_and_retries.py
"""
import socket

import _common  # noqa: F401  (picks the server; run from a checkout)

import openai_lite
from openai_lite import OpenAI

with _common.target() as server:
    client = OpenAI(api_key=server.api_key, base_url=server.base_url)
    messages = [{"role": "user", "content": "Are you there?"}]

    if server.is_fake:
        # Rate limited twice (the server says when to come back), then fine: the default
        # max_retries=2 gets through, waiting as told.
        server.fake.fail("chat.completions.create", 429, times=2, headers={"retry-after": "0.1"})
        raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini",
                                                               messages=messages)
        print(f"succeeded after {raw.retries_taken} retries:", raw.parse().choices[0].message.content)

        # With retries off the same fault is raised, as the class for its status.
        server.fake.fail("chat.completions.create", 429)
        try:
            client.with_options(max_retries=0).chat.completions.create(model="gpt-4o-mini",
                                                                       messages=messages)
        except openai_lite.RateLimitError as e:
            print("RateLimitError:", e.status_code, e.code, "| request id:", e.request_id)

        # A reply slower than the timeout: APITimeoutError once the retries are spent.
        from openai_lite.testing import FakeResponse

        server.fake.queue("chat.completions.create", FakeResponse(delay=2.0), FakeResponse(delay=2.0))
        try:
            client.with_options(max_retries=1, timeout=0.3).chat.completions.create(
                model="gpt-4o-mini", messages=messages)
        except openai_lite.APITimeoutError as e:
            print("APITimeoutError:", e.message)

    # Any 4xx/5xx is an APIStatusError subclass with the parsed error body.
    try:
        client.models.retrieve("no-such-model")
    except openai_lite.NotFoundError as e:
        print("NotFoundError:", e.status_code, "|", e.body.get("message") if e.body else e.message)
    except openai_lite.APIStatusError as e:
        print("APIStatusError:", e.status_code, e.message)

    # Nothing listening: APIConnectionError (after the retries), with the cause attached.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    offline = OpenAI(api_key="sk-none", base_url=f"http://127.0.0.1:{closed_port}/v1",
                     max_retries=0, timeout=5.0)
    try:
        offline.models.list()
    except openai_lite.APIConnectionError as e:
        print("APIConnectionError:", e.message, "| cause:", type(e.__cause__).__name__)
    client.close()
