"""beta.chatkit, beta.realtime, beta.responses and beta.chat: bodies, queries, headers,
pagination and parsed objects (the per-endpoint basics are in test_api_beta_endpoints)."""
from __future__ import annotations

import asyncio
import json
from typing import Any, Dict, List

from openai_lite import AsyncOpenAI, OpenAI
from openai_lite.resources.chat import Chat
from openai_lite.types.beta.chatkit import ChatKitThread, ChatSession
from openai_lite.types.beta.realtime import SessionCreateResponse, TranscriptionSession
from openai_lite.types.beta.responses import BetaResponse, BetaResponseStreamEvent
from tests.apiserver import Reply, sse


def client(api: Any, **kw: Any) -> OpenAI:
    return OpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0, **kw)


# ---- chatkit -------------------------------------------------------------------------------

SESSION: Dict[str, Any] = {
    "id": "cksess_1", "object": "chatkit.session", "expires_at": 1760000000, "client_secret": "ek_x",
    "workflow": {"id": "wf_1", "version": "3", "state_variables": {"tier": "gold"}, "tracing": {"enabled": True}},
    "user": "user_1", "rate_limits": {"max_requests_per_1_minute": 10}, "max_requests_per_1_minute": 10,
    "status": "active",
    "chatkit_configuration": {"automatic_thread_titling": {"enabled": True},
                              "file_upload": {"enabled": False, "max_file_size": None, "max_files": None},
                              "history": {"enabled": True, "recent_threads": None}},
}


def test_chatkit_session_create_and_cancel(api: Any) -> None:
    api.default = Reply(200, SESSION)
    c = client(api)
    s = c.beta.chatkit.sessions.create(user="user_1", workflow={"id": "wf_1"},
                                       expires_after={"anchor": "created_at", "seconds": 600})
    assert (api.last.method, api.last.path) == ("POST", "/v1/chatkit/sessions")
    assert api.last.headers["openai-beta"] == "chatkit_beta=v1"
    assert list(api.last.json()) == ["user", "workflow", "expires_after"]
    assert isinstance(s, ChatSession) and s.status == "active" and s.workflow.state_variables == {"tier": "gold"}
    assert s.chatkit_configuration.history.enabled is True
    c.beta.chatkit.sessions.cancel("cksess_1")
    assert api.last.path == "/v1/chatkit/sessions/cksess_1/cancel" and api.last.body == b""


def test_chatkit_threads_pagination_by_last_id(api: Any) -> None:
    thread = {"id": "cthr_1", "object": "chatkit.thread", "created_at": 1, "title": None,
              "status": {"type": "locked", "reason": "spam"}, "user": "u"}
    api.queue(Reply(200, {"object": "list", "data": [thread], "first_id": "cthr_1", "last_id": "cthr_1",
                          "has_more": True}),
              Reply(200, {"object": "list", "data": [dict(thread, id="cthr_2")], "last_id": "cthr_2",
                          "has_more": False}))
    c = client(api)
    page = c.beta.chatkit.threads.list(user="u", limit=1, order="desc")
    assert api.last.target == "/v1/chatkit/threads?limit=1&order=desc&user=u"
    assert type(page).__name__ == "SyncConversationCursorPage"
    items = list(page)
    assert [t.id for t in items] == ["cthr_1", "cthr_2"]
    assert api.last.target == "/v1/chatkit/threads?limit=1&order=desc&user=u&after=cthr_1"
    assert isinstance(items[0], ChatKitThread) and items[0].status.type == "locked"
    assert type(items[0].status).__name__ == "LockedStatus" and items[0].status.reason == "spam"


def test_chatkit_thread_items_union(api: Any) -> None:
    api.default = Reply(200, {"object": "list", "has_more": False, "last_id": "i2", "data": [
        {"id": "i1", "object": "chatkit.thread_item", "created_at": 1, "thread_id": "cthr_1",
         "type": "chatkit.user_message", "content": [{"type": "input_text", "text": "hi"}],
         "attachments": [], "inference_options": None},
        {"id": "i2", "object": "chatkit.thread_item", "created_at": 2, "thread_id": "cthr_1",
         "type": "chatkit.client_tool_call", "status": "completed", "call_id": "c", "name": "f",
         "arguments": "{}", "output": "ok"},
    ]})
    c = client(api)
    items = c.beta.chatkit.threads.list_items("cthr_1", after="i0")
    assert api.last.target == "/v1/chatkit/threads/cthr_1/items?after=i0"
    user, tool = items.data
    assert type(user).__name__ == "UserMessageItem" and user.content[0].text == "hi"
    assert type(tool).__name__ == "ClientToolCallItem" and tool.output == "ok"
    deleted = c.beta.chatkit.threads.delete("cthr_1")
    assert api.last.method == "DELETE" and api.last.headers["openai-beta"] == "chatkit_beta=v1"
    assert deleted.id is None or isinstance(deleted.id, str)


# ---- realtime (beta) -----------------------------------------------------------------------

def test_realtime_sessions_use_the_assistants_beta_header(api: Any) -> None:
    api.queue(Reply(200, {"id": "sess_1", "object": "realtime.session", "model": "gpt-realtime",
                          "expires_at": 5, "audio": {"input": {"format": {"type": "audio/pcm", "rate": 24000}}}}),
              Reply(200, {"client_secret": {"value": "ek_1", "expires_at": 9}, "input_audio_format": "pcm16",
                          "modalities": ["text"], "turn_detection": {"type": "server_vad", "threshold": 0.5}}))
    c = client(api)
    s = c.beta.realtime.sessions.create(client_secret={"expires_at": {"anchor": "created_at", "seconds": 60}},
                                        instructions="be brief", voice="alloy")
    assert (api.last.path, api.last.headers["openai-beta"]) == ("/v1/realtime/sessions", "assistants=v2")
    assert api.last.json() == {"client_secret": {"expires_at": {"anchor": "created_at", "seconds": 60}},
                               "instructions": "be brief", "voice": "alloy"}
    assert isinstance(s, SessionCreateResponse) and s.id == "sess_1"
    t = c.beta.realtime.transcription_sessions.create(input_audio_format="pcm16", include=[
        "item.input_audio_transcription.logprobs"])
    assert api.last.path == "/v1/realtime/transcription_sessions"
    assert api.last.json() == {"include": ["item.input_audio_transcription.logprobs"], "input_audio_format": "pcm16"}
    assert isinstance(t, TranscriptionSession) and t.client_secret.value == "ek_1"


# ---- responses (beta) ----------------------------------------------------------------------

RESPONSE: Dict[str, Any] = {
    "id": "resp_1", "object": "response", "created_at": 1741476542, "status": "completed",
    "model": "gpt-5", "output": [
        {"type": "reasoning", "id": "rs_1", "summary": []},
        {"type": "message", "id": "msg_1", "status": "completed", "role": "assistant",
         "content": [{"type": "output_text", "text": "Hello ", "annotations": []},
                     {"type": "output_text", "text": "there", "annotations": []}]},
    ],
    "parallel_tool_calls": True, "tool_choice": "auto", "tools": [], "usage": {
        "input_tokens": 5, "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
        "output_tokens": 2, "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": 7},
}


def test_beta_responses_betas_header_and_literal_query(api: Any) -> None:
    api.default = Reply(200, RESPONSE)
    c = client(api)
    r = c.beta.responses.create(model="gpt-5", input="hi", betas=["responses_multi_agent=v1"],
                                multi_agent={"enabled": True})
    assert api.last.target == "/v1/responses?beta=true"
    assert api.last.headers["openai-beta"] == "responses_multi_agent=v1"
    assert api.last.json() == {"input": "hi", "model": "gpt-5", "multi_agent": {"enabled": True}}
    assert isinstance(r, BetaResponse) and r.output_text == "Hello there"
    assert r.output[1].content[0].text == "Hello " and r.usage is not None and r.usage.total_tokens == 7
    c.beta.responses.create(model="gpt-5", input="hi")
    assert "openai-beta" not in api.last.headers
    c.beta.responses.retrieve("resp_1", include=["reasoning.encrypted_content"], starting_after=3)
    assert api.last.target == ("/v1/responses/resp_1?beta=true&include%5B%5D=reasoning.encrypted_content"
                               "&starting_after=3")
    c.beta.responses.cancel("resp_1", betas=["responses_multi_agent=v1", "x=v2"])
    assert api.last.target == "/v1/responses/resp_1/cancel?beta=true"
    assert api.last.headers["openai-beta"] == "responses_multi_agent=v1,x=v2"


def test_beta_responses_delete_accepts_anything(api: Any) -> None:
    api.default = Reply(200, b"", headers={"Content-Type": "text/plain"})
    assert client(api).beta.responses.delete("resp_1", betas=["responses_multi_agent=v1"]) is None
    assert (api.last.method, api.last.target) == ("DELETE", "/v1/responses/resp_1?beta=true")
    assert api.last.headers["accept"] == "*/*"
    assert api.last.headers["openai-beta"] == "responses_multi_agent=v1"


def test_beta_responses_input_items_tokens_and_compact(api: Any) -> None:
    c = client(api)
    api.default = Reply(200, {"object": "list", "data": [
        {"type": "message", "id": "msg_1", "role": "user", "content": [{"type": "input_text", "text": "hi"}]}],
        "first_id": "msg_1", "last_id": "msg_1", "has_more": False})
    page = c.beta.responses.input_items.list("resp_1", limit=5, betas=["responses_multi_agent=v1"])
    assert api.last.target == "/v1/responses/resp_1/input_items?beta=true&limit=5"
    assert api.last.headers["openai-beta"] == "responses_multi_agent=v1"
    assert page.data[0].type == "message" and page.data[0].content[0].text == "hi"
    assert page.data[0].to_dict()["content"] == [{"type": "input_text", "text": "hi"}]
    api.default = Reply(200, {"object": "response.input_tokens", "input_tokens": 11})
    n = c.beta.responses.input_tokens.count(model="gpt-5", input="hello")
    assert api.last.target == "/v1/responses/input_tokens?beta=true" and n.input_tokens == 11
    api.default = Reply(200, {"id": "cmp_1", "object": "response.compaction", "created_at": 1,
                              "output": [{"type": "compaction", "id": "c1", "encrypted_content": "e"}],
                              "usage": RESPONSE["usage"]})
    out = c.beta.responses.compact(model="gpt-5", previous_response_id="resp_1")
    assert api.last.target == "/v1/responses/compact?beta=true"
    assert api.last.json() == {"model": "gpt-5", "previous_response_id": "resp_1"}
    assert out.output[0].encrypted_content == "e" and out.usage.output_tokens == 2


def test_beta_responses_stream(api: Any) -> None:
    api.queue(Reply(200, chunks=sse({"type": "response.created", "sequence_number": 0, "response": RESPONSE},
                                    {"type": "response.output_text.delta", "sequence_number": 1, "delta": "He"}),
                    headers={"Content-Type": "text/event-stream"}),
              Reply(200, chunks=sse({"type": "response.completed", "sequence_number": 9}),
                    headers={"Content-Type": "text/event-stream"}))
    c = client(api)
    got = list(c.beta.responses.create(model="gpt-5", input="hi", stream=True))
    assert api.last.json()["stream"] is True
    assert all(isinstance(e, BetaResponseStreamEvent) for e in got)
    assert [e.type for e in got] == ["response.created", "response.output_text.delta"]
    assert got[0].response.id == "resp_1" and got[1].delta == "He"
    again = list(c.beta.responses.retrieve("resp_1", stream=True, starting_after=8))
    assert api.last.target == "/v1/responses/resp_1?beta=true&starting_after=8&stream=true"
    assert [e.sequence_number for e in again] == [9]


def test_async_beta_responses(api: Any) -> None:
    api.queue(Reply(200, RESPONSE),
              Reply(200, chunks=sse({"type": "response.completed", "sequence_number": 1}),
                    headers={"Content-Type": "text/event-stream"}))

    async def main() -> List[Any]:
        async with AsyncOpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0) as c:
            r = await c.beta.responses.create(model="gpt-5", input="x", betas=["responses_multi_agent=v1"])
            stream = await c.beta.responses.create(model="gpt-5", input="x", stream=True)
            return [r.output_text] + [e.type async for e in stream]

    assert asyncio.run(main()) == ["Hello there", "response.completed"]


# ---- chat alias ----------------------------------------------------------------------------

def test_beta_chat_is_the_chat_resource(api: Any) -> None:
    api.default = Reply(200, {"id": "c1", "object": "chat.completion", "choices": [], "created": 1, "model": "m"})
    c = client(api)
    assert type(c.beta.chat) is Chat is type(c.chat)
    c.beta.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    assert api.last.path == "/v1/chat/completions" and "openai-beta" not in api.last.headers
    assert json.loads(api.last.body) == {"messages": [{"role": "user", "content": "x"}], "model": "m"}
