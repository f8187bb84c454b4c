"""Building a client: environment variables, base URL, default headers and query,
timeouts, and closing it.

    python examples/client_setup.py
"""
import os

import _common  # noqa: F401  (picks the server; run from a checkout)

import openai_lite
from openai_lite import OpenAI, Timeout

with _common.target() as server:
    # OpenAI() reads OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_ORG_ID and OPENAI_PROJECT_ID.
    env = {"OPENAI_API_KEY": server.api_key}
    if server.base_url:
        env["OPENAI_BASE_URL"] = server.base_url
    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        with OpenAI() as client:  # the context manager closes the connection pool
            print("base_url from the environment:", client.base_url)
            print("models:", len(client.models.list().data))
        print("closed after the with block:", client.is_closed())
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value

    # A missing key is reported when the client is built, not at the first request.
    try:
        OpenAI(api_key="", base_url=server.base_url)
    except openai_lite.OpenAIError as e:
        print("no key:", str(e).split(".")[0])

    client = OpenAI(
        api_key=server.api_key,
        base_url=server.base_url,
        default_headers={"X-App": "examples"},   # sent with every request
        default_query={"tenant": "demo"} if server.is_fake else None,
        timeout=Timeout(30.0, connect=2.0),       # 30 s per phase, 2 s to connect
        max_retries=3,                            # retries after 408/409/429/5xx and network errors
    )
    client.models.retrieve("gpt-4o-mini")
    print("timeout:", client.timeout, "| max_retries:", client.max_retries)
    if server.is_fake:
        sent = server.fake.last_request
        print("sent:", sent.target, "| X-App:", sent.headers.get("x-app"),
              "| User-Agent:", sent.headers.get("user-agent"))
    client.close()
