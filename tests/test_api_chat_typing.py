"""What users write with the chat helpers type-checks (mypy --strict), sync and async: the
async client's ``stream()`` is an async context manager, ``parse()`` infers the class."""
import os
import subprocess
import sys
import textwrap

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

USAGE = textwrap.dedent('''
from __future__ import annotations

import dataclasses
from typing import List, Optional

from openai_lite import AsyncOpenAI, OpenAI
from openai_lite.lib._tools import pydantic_function_tool
from openai_lite.lib.streaming.chat import ChatCompletionStreamEvent
from openai_lite.types.chat.chat_completion_message_param import ChatCompletionMessageParam
from openai_lite.types.chat.parsed_chat_completion import ParsedChatCompletion
from openai_lite.types.chat.chat_completion_deleted import ChatCompletionDeleted
from openai_lite.types.chat.chat_completion_store_message import ChatCompletionStoreMessage
from openai_lite.types.completion import Completion


@dataclasses.dataclass
class Answer:
    text: str
    score: Optional[float] = None


def sync_usage(client: OpenAI) -> List[str]:
    messages: List[ChatCompletionMessageParam] = [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": [{"type": "text", "text": "hi"},
                                     {"type": "image_url", "image_url": {"url": "https://x", "detail": "low"}}]},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c", "content": "ok"},
    ]
    parsed: ParsedChatCompletion[Answer] = client.chat.completions.parse(
        model="m", messages=messages, response_format=Answer,
        tools=[pydantic_function_tool(Answer)], tool_choice="auto")
    answer: Optional[Answer] = parsed.choices[0].message.parsed
    with client.chat.completions.stream(model="m", messages=messages, response_format=Answer) as stream:
        for event in stream:
            if event.type == "content.delta":
                print(event.delta)
        final = stream.get_final_completion()
        a2: Optional[Answer] = final.choices[0].message.parsed
    ids = [c.id for c in client.chat.completions.list(limit=2, order="desc", metadata={"k": "v"})]
    msgs: List[ChatCompletionStoreMessage] = list(client.chat.completions.messages.list("c", limit=1))
    deleted: ChatCompletionDeleted = client.chat.completions.delete("c")
    upd = client.chat.completions.update("c", metadata=None)
    comp: Completion = client.completions.create(model="gpt-3.5-turbo-instruct", prompt="hi")
    for part in client.completions.create(model="m", prompt=[1, 2], stream=True):
        ids.append(part.choices[0].text)
    reveal_type(client.chat.completions.stream(model="m", messages=[]))
    return ids + [str(answer), str(a2), str(len(msgs)), str(deleted.deleted), upd.id, comp.id]


async def async_usage(client: AsyncOpenAI) -> List[str]:
    parsed = await client.chat.completions.parse(model="m", messages=[{"role": "user", "content": "x"}],
                                                  response_format=Answer)
    answer: Optional[Answer] = parsed.choices[0].message.parsed
    reveal_type(client.chat.completions.stream(model="m", messages=[], response_format=Answer))
    reveal_type(parsed)
    async with client.chat.completions.stream(model="m", messages=[]) as stream:
        async for event in stream:
            e: ChatCompletionStreamEvent[None] = event
            print(e.type)
        final = await stream.get_final_completion()
    ids = [c.id async for c in client.chat.completions.list()]
    page = await client.chat.completions.messages.list("c")
    comp: Completion = await client.completions.create(model="m", prompt="hi")
    async for part in await client.completions.create(model="m", prompt="hi", stream=True):
        ids.append(part.id)
    return ids + [str(answer), final.id, str(len(page.data)), comp.id]
''')


def test_chat_helpers_type_check(tmp_path):
    # mypy is a dev dependency (tools/test.sh installs it): no skip here
    path = tmp_path / "usage_chat.py"
    path.write_text(USAGE)
    r = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                        "--cache-dir", str(tmp_path / "cache"), str(path)],
                       capture_output=True, text=True, cwd=ROOT, timeout=300)
    # only the snippet is judged: the package itself is checked on its own in CI
    mine = [line for line in r.stdout.splitlines() if line.startswith(str(path))]
    assert [line for line in mine if ": error:" in line] == [], r.stdout
    revealed = [line.split("Revealed type is ", 1)[1] for line in mine if "Revealed type" in line]
    assert revealed == [
        '"openai_lite.lib.streaming.chat.ChatCompletionStreamManager[None]"',
        '"openai_lite.lib.streaming.chat.AsyncChatCompletionStreamManager[usage_chat.Answer]"',
        '"openai_lite.types.chat.parsed_chat_completion.ParsedChatCompletion[usage_chat.Answer]"',
    ], r.stdout
