"""A chat completion with the synchronous client.

    python examples/chat.py
"""
import _common  # noqa: F401  (picks the server; run from a checkout)

from openai_lite import OpenAI

with _common.target() as server:
    # OpenAI() alone reads OPENAI_API_KEY and OPENAI_BASE_URL from the environment;
    # the arguments are given here only so the example can point at the fake server.
    client = OpenAI(api_key=server.api_key, base_url=server.base_url)

    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Answer in one short sentence."},
            {"role": "user", "content": "What is a lightweight HTTP client?"},
        ],
    )
    print("reply:", completion.choices[0].message.content)
    print("finish reason:", completion.choices[0].finish_reason)
    if completion.usage is not None:
        print(f"tokens: {completion.usage.prompt_tokens} in, {completion.usage.completion_tokens} out")
    print("request id:", completion._request_id)
    client.close()
