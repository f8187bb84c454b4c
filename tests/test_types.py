"""The response types: lazy packages, and each model built from realistic payloads."""
from __future__ import annotations

import ast
import copy
import dataclasses
import importlib
import importlib.util
import inspect
import json
import pkgutil
import subprocess
import sys
import typing
from datetime import date
from pathlib import Path
from typing import Any, Dict, List

import pytest

import openai_lite.types as types_pkg
from openai_lite._models import BaseModel, ValidationError, construct_type
from openai_lite.types import (
    Batch, Completion, CreateEmbeddingResponse, FileDeleted, FileObject, ImagesResponse, Model,
    ModelDeleted, ModerationCreateResponse,
)
from openai_lite.types.chat import (
    ChatCompletion, ChatCompletionChunk, ChatCompletionDeleted,
    ChatCompletionMessageCustomToolCall, ChatCompletionMessageFunctionToolCall,
    ChatCompletionMessageToolCall, ChatCompletionStoreMessage,
)
from openai_lite.types.chat.chat_completion_content_part_image import (
    ChatCompletionContentPartImage,
)

PACKAGES = ["openai_lite.types", "openai_lite.types.chat", "openai_lite.types.shared"]


def all_type_modules() -> List[str]:
    names = []
    for pkg_name in PACKAGES:
        pkg = importlib.import_module(pkg_name)
        for info in pkgutil.iter_modules(pkg.__path__):
            if not info.ispkg and not info.name.startswith("_"):
                names.append(f"{pkg_name}.{info.name}")
    return names


def all_models() -> List[type]:
    found = []
    for name in all_type_modules():
        module = importlib.import_module(name)
        for obj in list(vars(module).values()):
            if (inspect.isclass(obj) and issubclass(obj, BaseModel)
                    and obj.__module__ == module.__name__):
                found.append(obj)
    return found


# ---- packaging -----------------------------------------------------------------------------

def test_importing_the_packages_loads_no_model_module() -> None:
    code = ("import sys, openai_lite.types, openai_lite.types.chat, openai_lite.types.shared\n"
            "print([m for m in sys.modules if m.startswith('openai_lite.types.')"
            " and not m.rsplit('.', 1)[1].startswith('_')"
            " and m not in ('openai_lite.types.chat', 'openai_lite.types.shared')])\n"
            "print('openai_lite._models' in sys.modules)\n"
            "from openai_lite.types.chat import ChatCompletion\n"
            "print('openai_lite.types.chat.chat_completion' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["[]", "False", "True"]


@pytest.mark.parametrize("pkg_name", PACKAGES)
def test_lazy_exports_match_the_type_checking_imports(pkg_name: str) -> None:
    pkg = importlib.import_module(pkg_name)
    tree = ast.parse(Path(pkg.__file__).read_text())
    checked: Dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for stmt in node.body:
                assert isinstance(stmt, ast.ImportFrom)
                for alias in stmt.names:
                    assert alias.asname == alias.name  # explicit re-export for mypy
                    target = "." * stmt.level + (stmt.module or "")
                    checked[alias.name] = target if stmt.module else "." + alias.name
    exports = pkg._EXPORTS
    assert checked == exports
    assert sorted(pkg.__all__) == sorted(exports)
    for name in exports:
        assert getattr(pkg, name) is not None
        assert name in dir(pkg)


def test_every_type_module_is_exported_or_reachable() -> None:
    chat = importlib.import_module("openai_lite.types.chat")
    exported = set()
    for pkg_name in PACKAGES:
        pkg = importlib.import_module(pkg_name)
        for target in pkg._EXPORTS.values():
            exported.add(importlib.util.resolve_name(target, pkg_name))
    missing = [m for m in all_type_modules() if m not in exported]
    assert missing == [], "add these modules to a package's _EXPORTS"
    assert chat.ChatCompletionMessageToolCall is ChatCompletionMessageFunctionToolCall


def test_unknown_attribute_of_a_types_package_raises() -> None:
    with pytest.raises(AttributeError, match="NoSuchType"):
        types_pkg.NoSuchType
    with pytest.raises(ImportError):
        from openai_lite.types.chat import NoSuchType  # noqa: F401


@pytest.mark.parametrize("model", all_models(), ids=lambda m: f"{m.__module__}.{m.__name__}")
def test_every_model_resolves_its_hints_and_tolerates_an_empty_payload(model: Any) -> None:
    # evaluating the hints is what fails on 3.9 for `X | Y` or other too-new syntax
    hints = typing.get_type_hints(model)
    fields = {f.name for f in dataclasses.fields(model)}
    assert set(model.model_fields) == fields and fields <= set(hints)
    empty = model.construct({})
    assert all(getattr(empty, name) is None for name in fields)
    assert empty.to_dict() == {}


# ---- chat ----------------------------------------------------------------------------------

LOGPROB = {"token": "Hi", "logprob": -0.25, "bytes": [72, 105],
           "top_logprobs": [{"token": "Hi", "logprob": -0.25, "bytes": [72, 105]},
                            {"token": "Hey", "logprob": -2, "bytes": None}]}

CHAT: Dict[str, Any] = {
    "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
    "object": "chat.completion",
    "created": 1741569952,
    "model": "gpt-4o-2024-08-06",
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": None,
                "refusal": None,
                "annotations": [{"type": "url_citation", "url_citation": {
                    "end_index": 10, "start_index": 0, "title": "T", "url": "https://x.test"}}],
                "audio": {"id": "audio_1", "data": "UklGRg==", "expires_at": 1741573552,
                          "transcript": "hello"},
                "tool_calls": [
                    {"id": "call_1", "type": "function",
                     "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}},
                    {"id": "call_2", "type": "custom",
                     "custom": {"name": "grep", "input": "foo"}},
                    {"id": "call_3", "type": "web_search_v9", "query": "news"},
                ],
            },
            "logprobs": {"content": [LOGPROB], "refusal": None},
            "finish_reason": "tool_calls",
        }
    ],
    "usage": {
        "prompt_tokens": 19, "completion_tokens": 10, "total_tokens": 29,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                      "accepted_prediction_tokens": 0,
                                      "rejected_prediction_tokens": 0},
    },
    "service_tier": "default",
    "system_fingerprint": "fp_50cad350e4",
    "seed": 4944116822809979520,
}


def chat() -> ChatCompletion:
    return ChatCompletion.construct(copy.deepcopy(CHAT))


def test_chat_completion_attribute_paths() -> None:
    c = chat()
    choice = c.choices[0]
    msg = choice.message
    assert msg.tool_calls is not None
    call = msg.tool_calls[0]
    assert isinstance(call, ChatCompletionMessageFunctionToolCall)
    assert call.function.arguments == "{\"city\":\"Paris\"}"
    assert json.loads(call.function.arguments) == {"city": "Paris"}
    custom = msg.tool_calls[1]
    assert isinstance(custom, ChatCompletionMessageCustomToolCall)
    assert custom.custom.input == "foo"
    assert msg.audio is not None and msg.audio.transcript == "hello"
    assert msg.annotations is not None and msg.annotations[0].url_citation.url == "https://x.test"
    assert choice.logprobs is not None and choice.logprobs.content is not None
    top = choice.logprobs.content[0].top_logprobs
    assert top[1].logprob == -2.0 and type(top[1].logprob) is float and top[1].bytes is None
    assert c.usage is not None and c.usage.prompt_tokens_details is not None
    assert c.usage.prompt_tokens_details.cached_tokens == 0
    assert c.usage.completion_tokens_details.reasoning_tokens == 0
    assert c.seed == 4944116822809979520
    assert msg.function_call is None and "function_call" not in msg.model_fields_set


def test_unknown_tool_call_type_is_kept_not_rejected() -> None:
    call = chat().choices[0].message.tool_calls[2]
    assert isinstance(call, ChatCompletionMessageFunctionToolCall)  # the first variant
    assert call.type == "web_search_v9" and call.query == "news"
    assert call.to_dict() == CHAT["choices"][0]["message"]["tool_calls"][2]


def test_chat_completion_round_trips_and_dumps_json() -> None:
    c = chat()
    assert c.to_dict() == CHAT
    assert json.loads(c.to_json()) == CHAT
    assert c.to_dict(mode="json") == CHAT
    assert json.loads(c.model_dump_json(exclude_unset=True)) == CHAT
    assert c.model_dump()["choices"][0]["message"]["function_call"] is None


def test_chat_completion_strict_mode() -> None:
    payload = copy.deepcopy(CHAT)
    payload["choices"][0]["message"]["tool_calls"].pop()  # the unknown variant fails strict
    assert ChatCompletion.construct(copy.deepcopy(payload), strict=True).to_dict() == payload
    payload["choices"][0]["logprobs"]["content"][0]["top_logprobs"][0]["logprob"] = "x"
    with pytest.raises(ValidationError) as info:
        construct_type(type_=ChatCompletion, value=payload, strict=True)
    assert info.value.path == ("choices", 0, "logprobs", "content", 0, "top_logprobs", 0,
                               "logprob")


def test_chat_completion_from_the_spec_list_example_with_extra_request_echo() -> None:
    item = {"object": "chat.completion", "id": "chatcmpl-1", "model": "gpt-4o",
            "created": 1738960610, "request_id": "req_1", "tool_choice": None,
            "usage": {"total_tokens": 31, "completion_tokens": 18, "prompt_tokens": 13},
            "top_p": 1.0, "metadata": {}, "response_format": None,
            "choices": [{"index": 0, "message": {"content": "haiku", "role": "assistant",
                                                 "tool_calls": None, "function_call": None},
                         "finish_reason": "stop", "logprobs": None}]}
    c = ChatCompletion.construct(copy.deepcopy(item))
    assert c.metadata == {} and c.choices[0].message.tool_calls is None
    assert c.model_extra == {"request_id": "req_1", "tool_choice": None, "top_p": 1.0,
                             "response_format": None}
    assert c.to_dict() == item


STREAM = [
    {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
     "system_fingerprint": "fp", "obfuscation": "x1",
     "choices": [{"index": 0, "delta": {"role": "assistant", "content": "", "refusal": None},
                  "logprobs": None, "finish_reason": None}]},
    {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
     "choices": [{"index": 0, "delta": {"tool_calls": [
         {"index": 0, "id": "call_1", "type": "function",
          "function": {"name": "get_weather", "arguments": ""}}]},
         "finish_reason": None}]},
    {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
     "choices": [{"index": 0, "delta": {"tool_calls": [
         {"index": 0, "function": {"arguments": "{\"city\":"}}]}, "finish_reason": None}]},
    {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
     "choices": [{"index": 0, "delta": {}, "logprobs": {"content": [LOGPROB], "refusal": None},
                  "finish_reason": "tool_calls"}]},
    {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [],
     "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}},
]


def test_chat_completion_chunks() -> None:
    chunks = [ChatCompletionChunk.construct(copy.deepcopy(c)) for c in STREAM]
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[0].obfuscation == "x1"
    tc = chunks[1].choices[0].delta.tool_calls
    assert tc is not None and tc[0].function is not None and tc[0].function.name == "get_weather"
    tc2 = chunks[2].choices[0].delta.tool_calls
    assert tc2 is not None and tc2[0].id is None and tc2[0].function is not None
    assert tc2[0].function.arguments == "{\"city\":"
    assert chunks[3].choices[0].finish_reason == "tool_calls"
    assert chunks[3].choices[0].delta.content is None
    assert chunks[3].choices[0].logprobs.content[0].token == "Hi"
    assert chunks[4].choices == [] and chunks[4].usage.total_tokens == 12
    assert [c.to_dict() for c in chunks] == STREAM
    assert chunks[0]._request_id is None


def test_chat_small_types() -> None:
    d = ChatCompletionDeleted.construct({"object": "chat.completion.deleted", "id": "c",
                                         "deleted": True})
    assert d.deleted is True
    stored = {"id": "msg_1", "role": "assistant", "content": "hi", "refusal": None,
              "content_parts": [{"type": "text", "text": "hi"},
                                {"type": "image_url",
                                 "image_url": {"url": "https://x.test/a.png", "detail": "low"}}]}
    m = ChatCompletionStoreMessage.construct(copy.deepcopy(stored))
    assert m.id == "msg_1" and m.content == "hi"
    assert m.content_parts is not None
    part = m.content_parts[1]
    assert isinstance(part, ChatCompletionContentPartImage) and part.image_url.detail == "low"
    assert m.to_dict() == stored
    assert ChatCompletionMessageToolCall is ChatCompletionMessageFunctionToolCall


# ---- other endpoints ---------------------------------------------------------------------------

def test_completion_with_logprobs() -> None:
    raw = {"id": "cmpl-1", "object": "text_completion", "created": 1, "model": "gpt-3.5-turbo",
           "system_fingerprint": "fp",
           "choices": [{"text": "\n\nThis", "index": 0, "finish_reason": "length",
                        "logprobs": {"tokens": ["\n", "This"], "token_logprobs": [0, -0.5],
                                     "top_logprobs": [{"\n": 0}, {"This": -0.5}],
                                     "text_offset": [0, 2]}}],
           "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}}
    c = Completion.construct(copy.deepcopy(raw))
    lp = c.choices[0].logprobs
    assert lp is not None and lp.top_logprobs is not None and lp.token_logprobs is not None
    assert type(lp.token_logprobs[0]) is float and type(lp.top_logprobs[0]["\n"]) is float
    assert lp.text_offset == [0, 2]
    assert c.to_dict() == raw


def test_embeddings_as_floats_and_as_base64() -> None:
    raw = {"object": "list", "model": "text-embedding-3-small",
           "data": [{"object": "embedding", "index": 0, "embedding": [0.0023064255, -1, 0]},
                    {"object": "embedding", "index": 1, "embedding": "AACAPwAAAEA="}],
           "usage": {"prompt_tokens": 8, "total_tokens": 8}}
    r = CreateEmbeddingResponse.construct(copy.deepcopy(raw))
    assert r.data[0].embedding == [0.0023064255, -1.0, 0.0]
    assert all(type(x) is float for x in r.data[0].embedding)
    assert r.data[1].embedding == "AACAPwAAAEA="
    assert r.usage.total_tokens == 8
    with pytest.raises(ValidationError, match="expected a list"):
        CreateEmbeddingResponse.construct(copy.deepcopy(raw), strict=True)


def test_models_and_files() -> None:
    items = construct_type(type_=List[Model], value=[
        {"id": "m0", "object": "model", "created": 1686935002, "owned_by": "openai",
         "shutdown_date": None},
        {"id": "m2", "object": "model", "created": 1686935002, "owned_by": "openai",
         "shutdown_date": "2026-10-23"}])
    assert items[0].shutdown_date is None and items[1].shutdown_date == date(2026, 10, 23)
    assert items[1].to_dict(mode="json")["shutdown_date"] == "2026-10-23"
    assert ModelDeleted.construct({"id": "ft:x", "object": "model", "deleted": True}).deleted
    f = FileObject.construct({"id": "file-abc", "object": "file", "bytes": 120000,
                              "created_at": 1677610602, "expires_at": 1680202602,
                              "filename": "salesOverview.pdf", "purpose": "assistants",
                              "status": "processed"})
    assert f.bytes == 120000 and f.status_details is None and f.expires_at == 1680202602
    assert FileDeleted.construct({"id": "file-abc", "object": "file", "deleted": True}).deleted


MODERATION = {
    "id": "modr-1", "model": "omni-moderation-latest",
    "results": [{
        "flagged": True,
        "categories": {"sexual": False, "hate": False, "harassment": True, "self-harm": False,
                       "sexual/minors": False, "hate/threatening": False,
                       "violence/graphic": False, "self-harm/intent": False,
                       "self-harm/instructions": False, "harassment/threatening": True,
                       "violence": True, "illicit": None, "illicit/violent": None},
        "category_scores": {"sexual": 1, "hate": 0.1, "harassment": 0.9, "self-harm": 0.0,
                            "sexual/minors": 0.0, "hate/threatening": 0.0,
                            "violence/graphic": 0.0, "self-harm/intent": 0.0,
                            "self-harm/instructions": 0.0, "harassment/threatening": 0.5,
                            "violence": 0.9, "illicit": 0.0, "illicit/violent": 0.0},
        "category_applied_input_types": {"sexual": ["text", "image"], "hate": ["text"],
                                         "harassment": ["text"], "self-harm": ["text"],
                                         "sexual/minors": ["text"], "hate/threatening": ["text"],
                                         "violence/graphic": ["image"],
                                         "self-harm/intent": ["text"],
                                         "self-harm/instructions": ["text"],
                                         "harassment/threatening": ["text"],
                                         "violence": ["text"], "illicit": ["text"],
                                         "illicit/violent": ["text"]},
    }],
}


def test_moderation_aliases_slash_and_dash_names() -> None:
    r = ModerationCreateResponse.construct(copy.deepcopy(MODERATION))
    result = r.results[0]
    assert result.categories.harassment_threatening is True
    assert result.categories.self_harm is False and result.categories.illicit_violent is None
    assert result.category_scores.sexual == 1.0 and type(result.category_scores.sexual) is float
    assert result.category_applied_input_types.violence_graphic == ["image"]
    assert r.to_dict() == MODERATION
    assert "self_harm" in result.categories.to_dict(use_api_names=False)
    assert "self-harm" in result.categories.model_dump(by_alias=True)
    assert ModerationCreateResponse.construct(copy.deepcopy(MODERATION), strict=True) == r


def test_images_response() -> None:
    raw = {"created": 1713833628, "background": "transparent", "output_format": "png",
           "data": [{"b64_json": "iVBORw0KGgo=", "revised_prompt": "a cat"}],
           "usage": {"total_tokens": 100, "input_tokens": 50, "output_tokens": 50,
                     "input_tokens_details": {"text_tokens": 10, "image_tokens": 40}}}
    r = ImagesResponse.construct(copy.deepcopy(raw))
    assert r.data is not None and r.data[0].b64_json == "iVBORw0KGgo=" and r.data[0].url is None
    assert r.usage is not None and r.usage.input_tokens_details.image_tokens == 40
    assert r.usage.output_tokens_details is None
    assert r.to_dict() == raw


def test_batch() -> None:
    raw = {"id": "batch_abc123", "object": "batch", "endpoint": "/v1/completions",
           "model": "gpt-5-2025-08-07",
           "errors": {"object": "list", "data": [{"code": "invalid_json", "line": 3,
                                                   "message": "bad", "param": None}]},
           "input_file_id": "file-abc123", "completion_window": "24h", "status": "completed",
           "output_file_id": "file-cvaTdG", "error_file_id": "file-HOWS94",
           "created_at": 1711471533, "in_progress_at": 1711471538,
           "expires_at": 1711557933, "finalizing_at": 1711493133,
           "completed_at": 1711493163, "failed_at": None, "expired_at": None,
           "cancelling_at": None, "cancelled_at": None,
           "request_counts": {"total": 100, "completed": 95, "failed": 5},
           "usage": {"input_tokens": 1500, "input_tokens_details": {"cached_tokens": 1024},
                     "output_tokens": 500, "output_tokens_details": {"reasoning_tokens": 300},
                     "total_tokens": 2000},
           "metadata": {"customer_id": "user_123456789"}}
    b = Batch.construct(copy.deepcopy(raw))
    assert b.errors is not None and b.errors.data is not None
    assert b.errors.data[0].line == 3 and b.errors.data[0].param is None
    assert b.request_counts is not None and b.request_counts.failed == 5
    assert b.usage is not None and b.usage.output_tokens_details.reasoning_tokens == 300
    assert b.metadata == {"customer_id": "user_123456789"}
    assert b.to_dict() == raw
    assert Batch.construct(copy.deepcopy(raw), strict=True) == b


def test_keyword_construction_of_a_response_model_for_tests() -> None:
    c = ChatCompletion(id="x", created=1, model="m", object="chat.completion", choices=[
        {"index": 0, "finish_reason": "stop",
         "message": {"role": "assistant", "content": "hi"}}])
    assert c.choices[0].message.content == "hi"
    assert c.to_dict()["choices"][0]["message"] == {"role": "assistant", "content": "hi"}
