"""The same calls with AsyncOpenAI: a completion, a stream, and requests in parallel.

    python examples/chat_async.py
"""
import asyncio

import _common  # noqa: F401  (picks the server; run from a checkout)

from openai_lite import AsyncOpenAI


async def main(base_url, api_key):
    async with AsyncOpenAI(api_key=api_key, base_url=base_url) as client:
        completion = await client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "Say hello from asyncio"}],
        )
        print("reply:", completion.choices[0].message.content)

        stream = await client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "Count from one to five in words."}],
            stream=True,
        )
        print("streamed: ", end="")
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                print(chunk.choices[0].delta.content, end="", flush=True)
        print()

        # One client serves many concurrent requests (its connections are pooled).
        questions = ["Say one", "Say two", "Say three"]
        replies = await asyncio.gather(*(
            client.chat.completions.create(model="gpt-4o-mini",
                                           messages=[{"role": "user", "content": q}])
            for q in questions))
        print("in parallel:", [r.choices[0].message.content for r in replies])


with _common.target() as server:
    asyncio.run(main(server.base_url, server.api_key))
