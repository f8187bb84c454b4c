"""Streaming: chat chunks as they arrive, with usage at the end, and a Responses stream.

    python examples/streaming.py
"""
import _common  # noqa: F401  (picks the server; run from a checkout)

from openai_lite import OpenAI

with _common.target() as server:
    client = OpenAI(api_key=server.api_key, base_url=server.base_url)

    print("chat: ", end="")
    # Used as a context manager, the stream's connection is released even if the loop
    # stops early.
    with client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Count from one to five in words."}],
        stream=True,
        stream_options={"include_usage": True},
    ) as stream:
        usage = None
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                print(chunk.choices[0].delta.content, end="", flush=True)
            if chunk.usage is not None:  # the last chunk, because of include_usage
                usage = chunk.usage
    print()
    if usage is not None:
        print(f"usage: {usage.total_tokens} tokens")

    print("responses: ", end="")
    events = client.responses.create(model="gpt-4o-mini", input="Say streaming works", stream=True)
    kinds = []
    for event in events:
        kinds.append(event.type)
        if event.type == "response.output_text.delta":
            print(event.delta, end="", flush=True)
    print()
    print(f"{len(kinds)} events, from {kinds[0]} to {kinds[-1]}")
    client.close()
