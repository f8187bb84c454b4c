"""Per-use settings without a second connection pool: ``copy()`` / ``with_options()``.

Both return a new client with some options changed; the original is untouched and the
two share their HTTP connections.

    python examples/copy_and_options.py
"""
import _common  # noqa: F401  (picks the server; run from a checkout)

from openai_lite import OpenAI

with _common.target() as server:
    client = OpenAI(api_key=server.api_key, base_url=server.base_url,
                    default_headers={"X-Team": "search"}, timeout=20.0)

    # A stricter client for one call: no retries, a short timeout.
    strict = client.with_options(max_retries=0, timeout=5.0)
    strict.models.retrieve("gpt-4o-mini")
    print("strict copy:", strict.max_retries, "retries,", strict.timeout, "s timeout")
    print("original:   ", client.max_retries, "retries,", client.timeout, "s timeout")

    # copy() merges default_headers over the existing ones (set_default_headers replaces).
    tagged = client.copy(default_headers={"X-Experiment": "b"})
    tagged.chat.completions.create(model="gpt-4o-mini",
                                   messages=[{"role": "user", "content": "Say tagged"}])
    if server.is_fake:
        headers = server.fake.last_request.headers
        print("sent X-Team:", headers.get("x-team"), "| X-Experiment:", headers.get("x-experiment"))
    replaced = client.copy(set_default_headers={"X-Only": "1"})
    replaced.models.list()
    if server.is_fake:
        headers = server.fake.last_request.headers
        print("after set_default_headers, X-Team sent:", "x-team" in headers,
              "| X-Only:", headers.get("x-only"))

    # Per-request options need no copy at all.
    client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Say options"}],
        timeout=10.0,
        extra_headers={"X-Request-Tag": "one-off"},
        # extra_query / extra_body reach parameters the method does not declare.
        extra_query={"debug": "1"} if server.is_fake else None,
    )
    if server.is_fake:
        sent = server.fake.last_request
        print("per-request header:", sent.headers.get("x-request-tag"), "| query:", sent.query)

    # The copies share the pool: closing any of them closes it for all.
    client.close()
    print("copy closed with the original:", strict.is_closed())
