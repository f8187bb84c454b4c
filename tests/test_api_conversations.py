"""client.conversations and .items: requests on the wire and parsed results, sync and async,
raw and streamed views."""
import pytest

import openai_lite
from openai_lite.types.conversations import (
    Conversation, ConversationDeletedResource, ConversationItemList, Message,
)
from openai_lite.types.responses import (
    ResponseFunctionToolCallItem, ResponseFunctionToolCallOutputItem, ResponseInputText, ResponseOutputText,
)
from tests.apiserver import Reply
from tests.test_api_responses import aclient, client, run

CONV = {"id": "conv_1", "object": "conversation", "created_at": 1741900000, "metadata": {"topic": "demo"}}
USER_MSG = {"type": "message", "id": "msg_u", "status": "completed", "role": "user",
            "content": [{"type": "input_text", "text": "Hello!"}]}
ASSISTANT_MSG = {"type": "message", "id": "msg_a", "status": "completed", "role": "assistant",
                 "content": [{"type": "output_text", "text": "Hi", "annotations": []}]}
CALL = {"type": "function_call", "id": "fc_1", "call_id": "c1", "name": "f", "arguments": "{}",
        "status": "completed"}
CALL_OUTPUT = {"type": "function_call_output", "id": "fco_1", "call_id": "c1", "output": "42",
               "status": "completed"}


def item_list(data, has_more=False):
    return {"object": "list", "data": data, "first_id": data[0]["id"] if data else None,
            "last_id": data[-1]["id"] if data else None, "has_more": has_more}


def test_create(api):
    api.default = Reply(200, CONV)
    conv = client(api).conversations.create(metadata={"topic": "demo"},
                                            items=[{"type": "message", "role": "user", "content": "Hello!"}])
    req = api.last
    assert req.method == "POST" and req.path == "/v1/conversations"
    assert req.body == (b'{"items":[{"type":"message","role":"user","content":"Hello!"}],'
                        b'"metadata":{"topic":"demo"}}')
    assert isinstance(conv, Conversation) and conv.id == "conv_1" and conv._request_id == "req_1"
    assert conv.metadata == {"topic": "demo"} and conv.created_at == 1741900000
    client(api).conversations.create(items=None)
    assert api.last.body == b'{"items":null}'


def test_retrieve_update_delete(api):
    c = client(api)
    api.default = Reply(200, CONV)
    assert c.conversations.retrieve("conv_1").object == "conversation"
    assert api.last.method == "GET" and api.last.path == "/v1/conversations/conv_1"
    c.conversations.update("conv_1", metadata={"topic": "project-x"})
    assert api.last.method == "POST" and api.last.path == "/v1/conversations/conv_1"
    assert api.last.body == b'{"metadata":{"topic":"project-x"}}'
    c.conversations.update("conv_1", metadata=None)
    assert api.last.body == b'{"metadata":null}'
    api.default = Reply(200, {"id": "conv_1", "object": "conversation.deleted", "deleted": True})
    deleted = c.conversations.delete("conv_1")
    assert api.last.method == "DELETE" and api.last.path == "/v1/conversations/conv_1"
    assert isinstance(deleted, ConversationDeletedResource) and deleted.deleted is True
    with pytest.raises(ValueError, match="conversation_id"):
        c.conversations.retrieve("")


def test_conversations_async_and_raw(api):
    api.default = Reply(200, CONV)

    async def main():
        c = aclient(api)
        conv = await c.conversations.create()
        raw = await c.conversations.with_raw_response.retrieve("conv_1")
        async with c.conversations.with_streaming_response.update("conv_1", metadata={}) as streamed:
            updated = await streamed.parse()
        return conv, raw, updated
    conv, raw, updated = run(main())
    assert conv.id == "conv_1" and raw.parse().id == "conv_1" and updated.id == "conv_1"
    assert api.requests[0].body == b"{}"
    assert [r.headers.get("x-stainless-raw-response") for r in api.requests] == [None, "true", "stream"]
    raw = client(api).conversations.with_raw_response.delete("conv_1")
    assert raw.http_request.method == "DELETE"


# ---- items -------------------------------------------------------------------------------------

def test_items_create_sends_include_in_the_query(api):
    api.default = Reply(200, item_list([USER_MSG, CALL_OUTPUT]))
    result = client(api).conversations.items.create(
        "conv_1", items=[{"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Hello!"}]}],
        include=["message.input_image.image_url"])
    req = api.last
    assert req.method == "POST" and req.path == "/v1/conversations/conv_1/items"
    assert req.query == "include%5B%5D=message.input_image.image_url"
    assert req.json() == {"items": [{"type": "message", "role": "user",
                                     "content": [{"type": "input_text", "text": "Hello!"}]}]}
    assert isinstance(result, ConversationItemList) and result.last_id == "fco_1"
    assert isinstance(result.data[0], Message) and isinstance(result.data[0].content[0], ResponseInputText)
    assert isinstance(result.data[1], ResponseFunctionToolCallOutputItem) and result.data[1].output == "42"


def test_items_retrieve_and_delete_paths(api):
    c = client(api)
    api.default = Reply(200, ASSISTANT_MSG)
    item = c.conversations.items.retrieve("msg_a", conversation_id="conv_1", include=["a.b"])
    assert api.last.method == "GET" and api.last.target == "/v1/conversations/conv_1/items/msg_a?include%5B%5D=a.b"
    assert isinstance(item, Message) and item.role == "assistant"
    assert isinstance(item.content[0], ResponseOutputText) and item._request_id == "req_1"
    api.default = Reply(200, CALL)
    assert isinstance(c.conversations.items.retrieve("fc_1", conversation_id="conv_1"),
                      ResponseFunctionToolCallItem)
    api.default = Reply(200, CONV)
    conv = c.conversations.items.delete("msg_a", conversation_id="conv 1")
    assert api.last.method == "DELETE" and api.last.target == "/v1/conversations/conv%201/items/msg_a"
    assert isinstance(conv, Conversation)
    n = len(api.requests)
    with pytest.raises(ValueError, match="conversation_id"):
        c.conversations.items.retrieve("", conversation_id="")
    with pytest.raises(ValueError, match="item_id"):
        c.conversations.items.delete("", conversation_id="conv_1")
    assert len(api.requests) == n


def test_items_list_pages_by_last_id(api):
    api.queue(Reply(200, item_list([USER_MSG, ASSISTANT_MSG], has_more=True)),
              Reply(200, item_list([CALL], has_more=False)))
    page = client(api).conversations.items.list("conv_1", limit=2, order="desc", include=["x"])
    assert isinstance(page, openai_lite._pagination.SyncConversationCursorPage)
    assert api.requests[0].query == "include%5B%5D=x&limit=2&order=desc"
    assert [m.role for m in page.data] == ["user", "assistant"]
    assert page.next_page_info() == {"after": "msg_a"}
    ids = [i.id for i in page]
    assert ids == ["msg_u", "msg_a", "fc_1"]
    assert api.requests[1].query == "include%5B%5D=x&limit=2&order=desc&after=msg_a"


def test_items_async(api):
    api.queue(Reply(200, item_list([USER_MSG], has_more=True)), Reply(200, item_list([CALL])),
              Reply(200, item_list([USER_MSG])), Reply(200, USER_MSG), Reply(200, CONV))

    async def main():
        c = aclient(api)
        ids = [i.id async for i in c.conversations.items.list("conv_1")]
        created = await c.conversations.items.create("conv_1", items=[])
        item = await c.conversations.items.retrieve("msg_u", conversation_id="conv_1")
        conv = await c.conversations.items.delete("msg_u", conversation_id="conv_1")
        return ids, created, item, conv
    ids, created, item, conv = run(main())
    assert ids == ["msg_u", "fc_1"] and api.requests[1].query == "after=msg_u"
    assert created.data[0].id == "msg_u" and api.requests[2].body == b'{"items":[]}'
    assert item.content[0].text == "Hello!" and conv.id == "conv_1"
