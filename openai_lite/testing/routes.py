"""Default behaviour of every served route, and the in-memory state behind it."""
from __future__ import annotations

import copy
import hashlib
import json
import threading
import time
from collections import OrderedDict
from typing import Any, Callable, Dict, List, Optional, Tuple

from . import objects as o
from .common import JSON, ApiError, IdMaker, error_body, not_found, paginate
from .records import Headers, RecordedRequest
from .routes_more import MoreRoutes, Override, speech_events
from .scripting import FakeResponse
from .spec_required import REQUIRED_BODY, REQUIRED_QUERY

__all__ = ["ApiError", "FakeState", "error_body", "DEFAULT_MODELS"]


DEFAULT_MODELS: Tuple[Tuple[str, int, str], ...] = (
    ("gpt-4o", 1715367049, "system"),
    ("gpt-4o-mini", 1721172741, "system"),
    ("gpt-4.1", 1744316542, "system"),
    ("gpt-4.1-mini", 1744318173, "system"),
    ("o3-mini", 1737146383, "system"),
    ("gpt-3.5-turbo", 1677610602, "openai"),
    ("gpt-3.5-turbo-instruct", 1692901427, "system"),
    ("text-embedding-3-small", 1705948997, "system"),
    ("text-embedding-3-large", 1705953180, "system"),
    ("text-embedding-ada-002", 1671217299, "openai-internal"),
    ("omni-moderation-latest", 1731689265, "system"),
    ("tts-1", 1681940951, "openai-internal"),
    ("gpt-4o-mini-tts", 1742403959, "system"),
    ("whisper-1", 1677532384, "openai-internal"),
    ("gpt-4o-transcribe", 1742068463, "system"),
    ("ft:gpt-4o-mini-2024-07-18:fake-org::FAKE0001", 1730000000, "fake-org"),
)

FILE_PURPOSES = ("assistants", "batch", "fine-tune", "vision", "user_data", "evals")
BATCH_ENDPOINTS = ("/v1/responses", "/v1/chat/completions", "/v1/embeddings", "/v1/completions",
                   "/v1/moderations")

# The spec's table follows the JSON body of /images/edits ("images"); the SDK sends the
# multipart form, where the same thing is one or more "image" / "image[]" file parts.
_MULTIPART_ALIASES: Dict[str, Tuple[str, ...]] = {"images": ("image", "image[]")}


class FakeState(MoreRoutes):
    """Everything the fake remembers between requests, and the default route behaviour.

    All methods run under ``self.lock``.  Handlers take the request and an optional partial
    override, and return a FakeResponse (or raise ApiError).
    """

    def __init__(self, *, seed: int = 0, clock: Optional[Callable[[], float]] = None,
                 replies: str = "echo") -> None:
        if replies not in ("echo", "answer"):
            raise ValueError("replies must be 'echo' or 'answer'")
        self.replies = replies
        self.lock = threading.RLock()
        self.ids = IdMaker(seed)
        self._clock = clock or time.time
        self.files: "OrderedDict[str, Tuple[JSON, bytes]]" = OrderedDict()
        self.responses: Dict[str, JSON] = {}
        self.batches: "OrderedDict[str, JSON]" = OrderedDict()
        self.vector_stores: "OrderedDict[str, JSON]" = OrderedDict()
        self.vs_files: Dict[str, "OrderedDict[str, JSON]"] = {}
        self.models: "OrderedDict[str, JSON]" = OrderedDict()
        self.handlers: Dict[str, Callable[[RecordedRequest, Override], FakeResponse]] = {
            "chat.completions.create": self.chat_completions_create,
            "completions.create": self.completions_create,
            "embeddings.create": self.embeddings_create,
            "moderations.create": self.moderations_create,
            "models.list": self.models_list,
            "models.retrieve": self.models_retrieve,
            "models.delete": self.models_delete,
            "files.create": self.files_create,
            "files.list": self.files_list,
            "files.retrieve": self.files_retrieve,
            "files.delete": self.files_delete,
            "files.content": self.files_content,
            "audio.speech.create": self.audio_speech_create,
            "audio.transcriptions.create": self.audio_transcriptions_create,
            "audio.translations.create": self.audio_translations_create,
            "responses.create": self.responses_create,
            "responses.retrieve": self.responses_retrieve,
            "responses.delete": self.responses_delete,
            "batches.create": self.batches_create,
            "batches.list": self.batches_list,
            "batches.retrieve": self.batches_retrieve,
            "batches.cancel": self.batches_cancel,
            "vector_stores.create": self.vector_stores_create,
            "vector_stores.list": self.vector_stores_list,
            "vector_stores.retrieve": self.vector_stores_retrieve,
            "vector_stores.update": self.vector_stores_update,
            "vector_stores.delete": self.vector_stores_delete,
            "vector_stores.search": self.vector_stores_search,
            "vector_stores.files.create": self.vector_stores_files_create,
            "vector_stores.files.list": self.vector_stores_files_list,
            "vector_stores.files.retrieve": self.vector_stores_files_retrieve,
            "vector_stores.files.delete": self.vector_stores_files_delete,
            "responses.cancel": self.responses_cancel,
            "responses.input_items.list": self.responses_input_items_list,
        }
        self.response_inputs: Dict[str, List[JSON]] = {}
        self.background: Dict[str, JSON] = {}
        self.handlers.update(self._init_more())
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.ids.reset()
            self.files.clear()
            self.responses.clear()
            self.batches.clear()
            self.vector_stores.clear()
            self.vs_files.clear()
            self.models.clear()
            self.response_inputs.clear()
            self.background.clear()
            self._reset_more()
            for ident, created, owner in DEFAULT_MODELS:
                self.add_model(ident, created=created, owned_by=owner)

    def now(self) -> int:
        return int(self._clock())

    def add_model(self, ident: str, *, created: Optional[int] = None,
                  owned_by: str = "fake-org") -> JSON:
        model = {"id": ident, "object": "model",
                 "created": self.now() if created is None else created, "owned_by": owned_by}
        with self.lock:
            self.models[ident] = model
        return model

    def handle(self, route: str, request: RecordedRequest, override: Override) -> FakeResponse:
        with self.lock:
            try:
                return self.handlers[route](request, override)
            except ApiError as exc:
                return exc.response()

    # --- validation -----------------------------------------------------------------

    @staticmethod
    def validate(method: str, spec_path: str, request: RecordedRequest) -> Optional[FakeResponse]:
        """The 400 the API gives for a missing required parameter, if any."""
        for name in REQUIRED_QUERY.get((method, spec_path), ()):
            if name not in request.query:
                return ApiError(400, f"Missing required parameter: '{name}'.", param=name,
                                code="missing_required_parameter").response()
        for name in REQUIRED_BODY.get((method, spec_path), ()):
            names = (name,) + (_MULTIPART_ALIASES.get(name, ()) if request.parts else ())
            present = any(n in request.files or n in request.form for n in names) or (
                isinstance(request.json, dict) and request.json.get(name) is not None)
            if not present:
                return ApiError(400, f"Missing required parameter: '{name}'.", param=name,
                                code="missing_required_parameter").response()
        return None

    # --- helpers --------------------------------------------------------------------

    @staticmethod
    def _body(request: RecordedRequest) -> JSON:
        return request.json if isinstance(request.json, dict) else {}

    def _fingerprint(self, model: str) -> str:
        return "fp_" + hashlib.sha256(model.encode()).hexdigest()[:10]

    @staticmethod
    def _json(value: Any, status: int = 200) -> FakeResponse:
        return FakeResponse(status, json=value)

    # --- chat completions -----------------------------------------------------------

    def _chat_reply_text(self, body: JSON) -> str:
        for message in reversed(body.get("messages") or []):
            if isinstance(message, dict) and message.get("role") == "user":
                return self.reply_to(o.content_text(message.get("content")))
        return "Hello from FakeOpenAI."

    def reply_to(self, prompt: str) -> str:
        """The default reply text: the prompt itself, or a canned answer in answer mode."""
        return o.plausible_reply(prompt) if self.replies == "answer" else prompt

    @staticmethod
    def _structured(format_param: Any, text: str) -> Optional[str]:
        """Content satisfying a json_object / json_schema response format, if one was asked."""
        if not isinstance(format_param, dict):
            return None
        kind = format_param.get("type")
        if kind == "json_object":
            return json.dumps({"text": text})
        if kind == "json_schema":
            schema = format_param.get("json_schema", format_param)
            schema = schema.get("schema") if isinstance(schema, dict) else None
            return json.dumps(o.example_for_schema(schema or {}))
        return None

    @staticmethod
    def _forced_tool(body: JSON, flat: bool) -> Optional[JSON]:
        """The tool a ``tool_choice`` forces the model to call, if any."""
        tools = [t for t in body.get("tools") or [] if isinstance(t, dict)]
        choice = body.get("tool_choice")
        names = [(t.get("name") if flat else (t.get("function") or {}).get("name")) for t in tools]
        if choice == "required" and tools:
            return tools[0]
        if isinstance(choice, dict) and choice.get("type") == "function":
            wanted = choice.get("name") if flat else (choice.get("function") or {}).get("name")
            for tool, name in zip(tools, names):
                if name == wanted:
                    return tool
        return None

    def _chat_prompt_tokens(self, body: JSON) -> int:
        total = 3
        for message in body.get("messages") or []:
            if isinstance(message, dict):
                total += 4 + o.count_tokens(o.content_text(message.get("content")))
        return total

    def chat_completions_create(self, request: RecordedRequest, override: Override) -> FakeResponse:
        body = self._body(request)
        messages = body.get("messages")
        if not isinstance(messages, list):
            raise ApiError(400, f"Invalid type for 'messages': expected an array, but got "
                                f"{type(messages).__name__} instead.", param="messages",
                           code="invalid_type")
        if not messages:
            raise ApiError(400, "[] is too short - 'messages'", param="messages", code="empty_array")
        model = str(body.get("model"))
        text = self._chat_reply_text(body)
        text = self._structured(body.get("response_format"), text) or text
        limit = body.get("max_completion_tokens", body.get("max_tokens"))
        finish = "stop"
        if isinstance(limit, int) and not isinstance(limit, bool) and limit >= 0:
            pieces = o.tokenize(text)
            if len(pieces) > limit:
                text, finish = "".join(pieces[:limit]), "length"
        message: JSON = {"role": "assistant", "content": text, "refusal": None, "annotations": []}
        forced = self._forced_tool(body, flat=False)
        if forced is not None:
            message["content"] = None
            message["tool_calls"] = [{"id": self.ids.alnum("call_", 24), "type": "function",
                                      "function": {"name": (forced.get("function") or {}).get("name"),
                                                   "arguments": "{}"}}]
            finish = "tool_calls"
        n = body["n"] if isinstance(body.get("n"), int) else 1
        completion: JSON = {
            "id": self.ids.alnum("chatcmpl-", 29),
            "object": "chat.completion",
            "created": self.now(),
            "model": model,
            "choices": [{"index": i, "message": copy.deepcopy(message), "logprobs": None,
                         "finish_reason": finish} for i in range(max(1, n))],
            "usage": None,
            "service_tier": body.get("service_tier") or "default",
            "system_fingerprint": self._fingerprint(model),
        }
        if isinstance(override, str):
            override = {"choices": [{"message": {"content": override}}]}
        if override is not None:
            completion = o.merge(completion, override)
            self._normalise_chat(completion, override)
        if not (isinstance(override, dict) and "usage" in override):
            completion["usage"] = o.chat_usage(self._chat_prompt_tokens(body),
                                               self._chat_completion_tokens(completion))
        if body.get("store") is True:
            self.store_chat(completion, body)
        if request.stream:
            options = body.get("stream_options") or {}
            include_usage = isinstance(options, dict) and bool(options.get("include_usage"))
            return FakeResponse(sse=o.chat_stream_events(completion, include_usage))
        return self._json(completion)

    def _normalise_chat(self, completion: JSON, override: Override) -> None:
        over_choices = override.get("choices") if isinstance(override, dict) else None
        over_choices = over_choices if isinstance(over_choices, list) else []
        for i, choice in enumerate(completion.get("choices") or []):
            if not isinstance(choice, dict):
                continue
            over: JSON = over_choices[i] if i < len(over_choices) and isinstance(
                over_choices[i], dict) else {}
            over_message: JSON = over["message"] if isinstance(over.get("message"), dict) else {}
            message = choice.setdefault("message", {})
            if not isinstance(message, dict):
                continue
            for key, default in (("role", "assistant"), ("content", None), ("refusal", None)):
                message.setdefault(key, default)
            calls = message.get("tool_calls")
            if isinstance(calls, list) and calls:
                for call in calls:
                    if not isinstance(call, dict):
                        continue
                    call.setdefault("id", self.ids.alnum("call_", 24))
                    call.setdefault("type", "function")
                    function = call.setdefault("function", {})
                    if isinstance(function, dict):
                        function.setdefault("name", "")
                        if not isinstance(function.get("arguments", ""), str):
                            function["arguments"] = json.dumps(function["arguments"])
                        function.setdefault("arguments", "{}")
                if "content" not in over_message:
                    message["content"] = None
                if "finish_reason" not in over:
                    choice["finish_reason"] = "tool_calls"
            elif over_message.get("refusal") and "content" not in over_message:
                message["content"] = None

    @staticmethod
    def _chat_completion_tokens(completion: JSON) -> int:
        total = 0
        for choice in completion.get("choices") or []:
            message = choice.get("message") if isinstance(choice, dict) else None
            if not isinstance(message, dict):
                continue
            total += o.count_tokens(str(message.get("content") or ""))
            total += o.count_tokens(str(message.get("refusal") or ""))
            for call in message.get("tool_calls") or []:
                function = call.get("function") if isinstance(call, dict) else None
                if isinstance(function, dict):
                    total += o.count_tokens(str(function.get("arguments") or "")) + 3
        return total

    # --- legacy completions ---------------------------------------------------------

    def completions_create(self, request: RecordedRequest, override: Override) -> FakeResponse:
        body = self._body(request)
        prompt = body.get("prompt")
        prompts = prompt if isinstance(prompt, list) and all(isinstance(p, str) for p in prompt) \
            else [prompt if isinstance(prompt, str) else json.dumps(prompt)]
        n = body["n"] if isinstance(body.get("n"), int) else 1
        limit = body.get("max_tokens", 16)
        choices: List[JSON] = []
        for text in prompts:
            for _ in range(max(1, n)):
                out, finish = text, "stop"
                if isinstance(limit, int) and not isinstance(limit, bool):
                    pieces = o.tokenize(text)
                    if len(pieces) > limit:
                        out, finish = "".join(pieces[:limit]), "length"
                if body.get("echo") is True:
                    out = text + out
                choices.append({"text": out, "index": len(choices), "logprobs": None,
                                "finish_reason": finish})
        model = str(body.get("model"))
        completion: JSON = {
            "id": self.ids.alnum("cmpl-", 29), "object": "text_completion",
            "created": self.now(), "model": model, "choices": choices,
            "system_fingerprint": self._fingerprint(model), "usage": None,
        }
        if isinstance(override, str):
            override = {"choices": [{"text": override}]}
        if override is not None:
            completion = o.merge(completion, override)
        if not (isinstance(override, dict) and "usage" in override):
            prompt_tokens = sum(o.count_tokens(p) for p in prompts)
            out_tokens = sum(o.count_tokens(str(c.get("text") or ""))
                             for c in completion.get("choices") or [] if isinstance(c, dict))
            completion["usage"] = o.chat_usage(prompt_tokens, out_tokens)
        if request.stream:
            options = body.get("stream_options") or {}
            include_usage = isinstance(options, dict) and bool(options.get("include_usage"))
            return FakeResponse(sse=o.completion_stream_events(completion, include_usage))
        return self._json(completion)

    # --- embeddings -----------------------------------------------------------------

    def embeddings_create(self, request: RecordedRequest, override: Override) -> FakeResponse:
        body = self._body(request)
        model = str(body.get("model"))
        raw = body.get("input")
        inputs: List[Any]
        if isinstance(raw, str) or (isinstance(raw, list) and raw and all(
                isinstance(t, int) and not isinstance(t, bool) for t in raw)):
            inputs = [raw]
        elif isinstance(raw, list) and raw:
            inputs = raw
        else:
            raise ApiError(400, "'$.input' is invalid: expected a non-empty string, array of "
                                "strings or array of token arrays.", param="input",
                           code="invalid_value")
        for item in inputs:
            ok = (isinstance(item, str) and item != "") or (
                isinstance(item, list) and item and all(
                    isinstance(t, int) and not isinstance(t, bool) for t in item))
            if not ok:
                raise ApiError(400, "'$.input' is invalid: every input must be a non-empty "
                                    "string or token array.", param="input", code="invalid_value")
        dimensions = body.get("dimensions")
        if dimensions is not None:
            if not model.startswith("text-embedding-3"):
                raise ApiError(400, "This model does not support specifying dimensions.",
                               param="dimensions", code=None)
            if not isinstance(dimensions, int) or isinstance(dimensions, bool) or dimensions < 1:
                raise ApiError(400, f"Invalid 'dimensions': expected a positive integer, got "
                                    f"{dimensions!r}.", param="dimensions", code="invalid_value")
            dims = dimensions
        else:
            dims = 3072 if model.startswith("text-embedding-3-large") else 1536
        encoding = body.get("encoding_format", "float")
        if encoding not in ("float", "base64"):
            raise ApiError(400, f"Invalid value for 'encoding_format': {encoding!r} is not one of "
                                "'float' or 'base64'.", param="encoding_format",
                           code="invalid_value")
        data = []
        tokens = 0
        for index, item in enumerate(inputs):
            if isinstance(item, str):
                tokens += o.count_tokens(item)
                vector = o.text_embedding(item, dims)
            else:
                tokens += len(item)
                vector = o.tokens_embedding(item, dims)
            data.append({"object": "embedding", "index": index,
                         "embedding": o.encode_embedding(vector, str(encoding))})
        result: JSON = {"object": "list", "data": data, "model": model,
                        "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}
        if override is not None:
            result = o.merge(result, override)
        return self._json(result)

    # --- moderations ----------------------------------------------------------------

    def moderations_create(self, request: RecordedRequest, override: Override) -> FakeResponse:
        body = self._body(request)
        raw = body.get("input")
        results: List[JSON]
        if isinstance(raw, str):
            results = [o.moderation_result(raw)]
        elif isinstance(raw, list) and raw and all(isinstance(x, str) for x in raw):
            results = [o.moderation_result(x) for x in raw]
        elif isinstance(raw, list) and raw and all(isinstance(x, dict) for x in raw):
            text = o.content_text(raw)
            kinds = ["text"] + (["image"] if any(x.get("type") == "image_url" for x in raw) else [])
            results = [o.moderation_result(text, kinds)]
        else:
            raise ApiError(400, "'$.input' is invalid: expected a string, an array of strings "
                                "or an array of content parts.", param="input", code="invalid_value")
        result: JSON = {"id": self.ids.alnum("modr-", 29),
                        "model": str(body.get("model") or "omni-moderation-latest"),
                        "results": results}
        if override is not None:
            result = o.merge(result, override)
        return self._json(result)

    # --- models ---------------------------------------------------------------------

    def models_list(self, request: RecordedRequest, override: Override) -> FakeResponse:
        result: JSON = {"object": "list", "data": copy.deepcopy(list(self.models.values()))}
        if override is not None:
            result = o.merge(result, override)
        return self._json(result)

    def _model(self, request: RecordedRequest) -> JSON:
        ident = request.path_params["model"]
        model = self.models.get(ident)
        if model is None:
            raise ApiError(404, f"The model '{ident}' does not exist or you do not have access "
                                "to it.", param="model", code="model_not_found")
        return model

    def models_retrieve(self, request: RecordedRequest, override: Override) -> FakeResponse:
        result = copy.deepcopy(self._model(request))
        if override is not None:
            result = o.merge(result, override)
        return self._json(result)

    def models_delete(self, request: RecordedRequest, override: Override) -> FakeResponse:
        model = self._model(request)
        ident = model["id"]
        if not ident.startswith("ft:"):
            raise ApiError(403, f"You do not have permission to delete the model '{ident}'; "
                                "only fine-tuned models owned by your organization can be "
                                "deleted.", param="model", code="model_not_deletable")
        del self.models[ident]
        result: JSON = {"id": ident, "object": "model", "deleted": True}
        if override is not None:
            result = o.merge(result, override)
        return self._json(result)

    # --- files ----------------------------------------------------------------------

    def store_file(self, filename: str, content: bytes, purpose: str, *,
                   expires_after: Optional[int] = None) -> JSON:
        created = self.now()
        obj: JSON = {
            "id": self.ids.alnum("file-", 22), "object": "file", "bytes": len(content),
            "created_at": created, "filename": filename, "purpose": purpose,
            "status": "processed", "status_details": None,
            "expires_at": created + expires_after if expires_after is not None else None,
        }
        self.files[obj["id"]] = (obj, content)
        return obj

    def _file(self, ident: str) -> Tuple[JSON, bytes]:
        entry = self.files.get(ident)
        if entry is None:
            raise not_found("File object", ident)
        return entry

    def files_create(self, request: RecordedRequest, override: Override) -> FakeResponse:
        if request.multipart_error is not None:
            raise ApiError(400, f"Could not parse multipart form: {request.multipart_error}")
        filename, _ctype, content = request.files.get("file") or (None, None, b"")
        if "file" not in request.files:
            raise ApiError(400, "Missing required parameter: 'file'.", param="file",
                           code="missing_required_parameter")
        purpose = request.form.get("purpose", "")
        if purpose not in FILE_PURPOSES:
            raise ApiError(400, f"{purpose!r} is not one of {list(FILE_PURPOSES)!r} - 'purpose'",
                           param="purpose", code="invalid_value")
        expires = None
        if "expires_after[seconds]" in request.form or "expires_after[anchor]" in request.form:
            anchor = request.form.get("expires_after[anchor]", "")
            if anchor != "created_at":
                raise ApiError(400, f"Invalid 'expires_after[anchor]': expected 'created_at', got "
                                    f"{anchor!r}.", param="expires_after[anchor]",
                               code="invalid_value")
            try:
                expires = int(request.form.get("expires_after[seconds]", ""))
            except ValueError:
                raise ApiError(400, "Invalid 'expires_after[seconds]': expected an integer.",
                               param="expires_after[seconds]", code="invalid_type") from None
            if not 3600 <= expires <= 2592000:
                raise ApiError(400, "Invalid 'expires_after[seconds]': must be between 3600 and "
                                    "2592000.", param="expires_after[seconds]",
                               code="invalid_value")
        obj = self.store_file(filename or "upload", content, purpose, expires_after=expires)
        if override is not None:
            obj = o.merge(obj, override)
            self.files[obj["id"]] = (obj, content)
        return self._json(copy.deepcopy(obj))

    def files_list(self, request: RecordedRequest, override: Override) -> FakeResponse:
        purpose = request.query.get("purpose")
        items = [obj for obj, _ in self.files.values() if purpose in (None, "", obj["purpose"])]
        page = paginate(items, request.query, default_limit=10000, max_limit=10000)
        if override is not None:
            page = o.merge(page, override)
        return self._json(page)

    def files_retrieve(self, request: RecordedRequest, override: Override) -> FakeResponse:
        obj = copy.deepcopy(self._file(request.path_params["file_id"])[0])
        if override is not None:
            obj = o.merge(obj, override)
        return self._json(obj)

    def files_delete(self, request: RecordedRequest, override: Override) -> FakeResponse:
        ident = request.path_params["file_id"]
        self._file(ident)
        del self.files[ident]
        result: JSON = {"id": ident, "object": "file", "deleted": True}
        if override is not None:
            result = o.merge(result, override)
        return self._json(result)

    def files_content(self, request: RecordedRequest, override: Override) -> FakeResponse:
        _obj, content = self._file(request.path_params["file_id"])
        if isinstance(override, (bytes, str)):
            content = override.encode("utf-8") if isinstance(override, str) else override
        return FakeResponse(body=content, content_type="application/octet-stream")

    # --- audio ----------------------------------------------------------------------

    def audio_speech_create(self, request: RecordedRequest, override: Override) -> FakeResponse:
        body = self._body(request)
        fmt = str(body.get("response_format") or "mp3")
        if fmt not in o.SPEECH_CONTENT_TYPES:
            raise ApiError(400, f"Invalid value for 'response_format': {fmt!r} is not one of "
                                f"{sorted(o.SPEECH_CONTENT_TYPES)!r}.", param="response_format",
                           code="invalid_value")
        speed = body.get("speed", 1.0)
        if not isinstance(speed, (int, float)) or isinstance(speed, bool) or not 0.25 <= speed <= 4.0:
            raise ApiError(400, "Invalid 'speed': must be a number between 0.25 and 4.0.",
                           param="speed", code="invalid_value")
        if isinstance(override, (bytes, str)):
            audio = override.encode("utf-8") if isinstance(override, str) else override
        else:
            audio = o.speech_audio(str(body.get("input") or ""), fmt, float(speed))
        stream_format = body.get("stream_format", "audio")
        if stream_format not in ("audio", "sse"):
            raise ApiError(400, f"Invalid value for 'stream_format': {stream_format!r} is not one "
                                "of 'audio' or 'sse'.", param="stream_format", code="invalid_value")
        if stream_format == "sse":
            model = str(body.get("model"))
            if model in ("tts-1", "tts-1-hd"):
                raise ApiError(400, f"stream_format 'sse' is not supported for {model}.",
                               param="stream_format", code="unsupported_value")
            return FakeResponse(sse=speech_events(audio, o.count_tokens(str(body.get("input") or ""))))
        return FakeResponse(body=audio, content_type=o.SPEECH_CONTENT_TYPES[fmt])

    def _heard(self, request: RecordedRequest) -> Tuple[str, float]:
        """What the fake "hears" in an upload: UTF-8 text is taken as the speech itself."""
        if request.multipart_error is not None:
            raise ApiError(400, f"Could not parse multipart form: {request.multipart_error}")
        filename, _ctype, data = request.files.get("file") or ("audio", None, b"")
        duration = o.wav_duration(data)
        try:
            text = data.decode("utf-8").strip()
            if duration is not None or not text or not text.isprintable():
                raise ValueError
        except ValueError:
            text = f"This is a fake transcription of {filename or 'audio'}."
        if duration is None:
            duration = round(max(1.0, o.count_tokens(text) * 0.3), 2)
        return text, duration

    def _audio_text(self, request: RecordedRequest, override: Override, task: str) -> FakeResponse:
        text, duration = self._heard(request)
        if isinstance(override, str):
            text, override = override, None
        fmt = request.form.get("response_format", "json")
        language = request.form.get("language") or "english"
        end = _timestamp(duration, ",")
        if fmt == "text":
            return FakeResponse(body=text + "\n", content_type="text/plain; charset=utf-8")
        if fmt == "srt":
            return FakeResponse(body=f"1\n00:00:00,000 --> {end}\n{text}\n\n",
                                content_type="text/plain; charset=utf-8")
        if fmt == "vtt":
            return FakeResponse(body=f"WEBVTT\n\n00:00:00.000 --> {_timestamp(duration, '.')}\n"
                                     f"{text}\n\n", content_type="text/plain; charset=utf-8")
        result: JSON
        if fmt == "verbose_json":
            result = {"task": task, "language": language if task == "transcribe" else "english",
                      "duration": duration, "text": text,
                      "segments": [{"id": 0, "seek": 0, "start": 0.0, "end": duration,
                                    "text": text, "tokens": list(range(o.count_tokens(text))),
                                    "temperature": 0.0, "avg_logprob": -0.1,
                                    "compression_ratio": 1.0, "no_speech_prob": 0.0}]}
            if task == "transcribe":
                result["usage"] = {"type": "duration", "seconds": int(duration + 0.999)}
        elif fmt == "json":
            result = {"text": text}
            if task == "transcribe":
                result["usage"] = {"type": "duration", "seconds": int(duration + 0.999)}
        else:
            raise ApiError(400, f"Invalid value for 'response_format': {fmt!r}.",
                           param="response_format", code="invalid_value")
        if override is not None:
            result = o.merge(result, override)
        if task == "transcribe" and request.stream:
            final = str(result.get("text", ""))
            events: List[Any] = [{"type": "transcript.text.delta", "delta": piece, "logprobs": []}
                                 for piece in o.tokenize(final)]
            tokens = o.count_tokens(final)
            events.append({"type": "transcript.text.done", "text": final, "logprobs": [],
                           "usage": {"type": "tokens", "input_tokens": tokens,
                                     "output_tokens": tokens, "total_tokens": 2 * tokens}})
            return FakeResponse(sse=events)
        return self._json(result)

    def audio_transcriptions_create(self, request: RecordedRequest, override: Override) -> FakeResponse:
        return self._audio_text(request, override, "transcribe")

    def audio_translations_create(self, request: RecordedRequest, override: Override) -> FakeResponse:
        return self._audio_text(request, override, "translate")

    # --- responses ------------------------------------------------------------------

    def _response_input_text(self, body: JSON) -> Tuple[str, int]:
        raw = body.get("input")
        if isinstance(raw, str):
            return self.reply_to(raw), o.count_tokens(raw)
        text, tokens = None, 0
        for item in raw if isinstance(raw, list) else []:
            if not isinstance(item, dict):
                continue
            piece = o.content_text(item.get("content"))
            tokens += 4 + o.count_tokens(piece)
            if item.get("role", "user") == "user" and item.get("type", "message") == "message":
                text = piece
        if isinstance(body.get("instructions"), str):
            tokens += o.count_tokens(body["instructions"])
        return (self.reply_to(text) if text is not None else "Hello from FakeOpenAI."), tokens

    def responses_create(self, request: RecordedRequest, override: Override) -> FakeResponse:
        body = self._body(request)
        if body.get("model") is None and body.get("prompt") is None:
            raise ApiError(400, "Missing required parameter: 'model'.", param="model",
                           code="missing_required_parameter")
        previous = body.get("previous_response_id")
        if previous is not None and previous not in self.responses:
            raise ApiError(404, f"Previous response with id '{previous}' not found.",
                           param="previous_response_id", code="previous_response_not_found")
        text, input_tokens = self._response_input_text(body)
        text_param: JSON = body["text"] if isinstance(body.get("text"), dict) else {}
        text = self._structured(text_param.get("format"), text) or text
        status, incomplete = "completed", None
        limit = body.get("max_output_tokens")
        if isinstance(limit, int) and not isinstance(limit, bool):
            pieces = o.tokenize(text)
            if len(pieces) > limit:
                text, status = "".join(pieces[:limit]), "incomplete"
                incomplete = {"reason": "max_output_tokens"}
        forced = self._forced_tool(body, flat=True)
        output: List[JSON]
        if forced is not None:
            output = [{"id": self.ids.hex("fc_", 48), "type": "function_call", "status": "completed",
                       "arguments": "{}", "call_id": self.ids.alnum("call_", 24),
                       "name": forced.get("name")}]
        else:
            output = [self._output_message(text, "completed" if status == "completed" else "incomplete")]
        now = self.now()
        response: JSON = {
            "id": self.ids.hex("resp_", 48), "object": "response", "created_at": now,
            "status": status, "background": bool(body.get("background", False)),
            "completed_at": now if status == "completed" else None,
            "error": None, "incomplete_details": incomplete,
            "instructions": body.get("instructions"),
            "max_output_tokens": body.get("max_output_tokens"),
            "max_tool_calls": body.get("max_tool_calls"), "model": body.get("model"),
            "output": output, "parallel_tool_calls": body.get("parallel_tool_calls", True),
            "previous_response_id": previous, "prompt_cache_key": body.get("prompt_cache_key"),
            "reasoning": body.get("reasoning") or {"effort": None, "summary": None},
            "safety_identifier": body.get("safety_identifier"),
            "service_tier": body.get("service_tier") or "default",
            "store": body.get("store", True),
            "temperature": body.get("temperature", 1.0),
            "text": {"format": text_param.get("format") or {"type": "text"},
                     "verbosity": text_param.get("verbosity", "medium")},
            "tool_choice": body.get("tool_choice", "auto"), "tools": body.get("tools") or [],
            "top_logprobs": body.get("top_logprobs", 0), "top_p": body.get("top_p", 1.0),
            "truncation": body.get("truncation") or "disabled", "usage": None,
            "user": body.get("user"), "metadata": body.get("metadata") or {},
        }
        if isinstance(override, str):
            override = {"output": [{"type": "message", "content": [{"type": "output_text",
                                                                    "text": override}]}]}
        if override is not None:
            response = o.merge(response, override)
            self._normalise_response(response)
        if not (isinstance(override, dict) and "usage" in override):
            response["usage"] = o.response_usage(input_tokens, self._response_output_tokens(response))
        if response.get("store", True) is not False:
            self.responses[response["id"]] = copy.deepcopy(response)
            self.response_inputs[response["id"]] = self._input_items(body)
        if request.stream:
            return FakeResponse(sse=o.response_stream_events(response))
        if response.get("background") is True and response.get("status") == "completed":
            # A background response is answered queued; retrieving it moves it along, so a
            # client can poll it and cancel it before it finishes.
            self.background[response["id"]] = copy.deepcopy(response)
            response.update(status="queued", output=[], usage=None, completed_at=None)
            if response["id"] in self.responses:
                self.responses[response["id"]] = copy.deepcopy(response)
        return self._json(response)

    def _input_items(self, body: JSON) -> List[JSON]:
        """The input of a response as the items ``input_items.list`` gives back."""
        raw = body.get("input")
        entries: List[Any] = [{"role": "user", "content": raw}] if isinstance(raw, str) else (
            raw if isinstance(raw, list) else [])
        items: List[JSON] = []
        for entry in entries:
            if not isinstance(entry, dict):
                continue
            item = copy.deepcopy(entry)
            kind = item.setdefault("type", "message")
            if kind == "message":
                role = item.get("role", "user")
                content = item.get("content")
                if isinstance(content, str):
                    part = "output_text" if role == "assistant" else "input_text"
                    item["content"] = [{"type": part, "text": content}]
                item.setdefault("status", "completed")
                item.setdefault("id", self.ids.hex("msg_", 48))
            else:
                item.setdefault("id", self.ids.hex("item_", 48))
            items.append(item)
        return items

    def responses_input_items_list(self, request: RecordedRequest,
                                   override: Override) -> FakeResponse:
        response = self._stored_response(request)
        items = self.response_inputs.get(response["id"], [])
        page = paginate(items, request.query, default_limit=20, max_limit=100)
        if override is not None:
            page = o.merge(page, override)
        return self._json(page)

    def advance_response(self, response: JSON) -> None:
        """One step for a background response: queued, in progress, then its final form."""
        final = self.background.get(response["id"])
        if final is None:
            return
        if response["status"] == "queued":
            response["status"] = "in_progress"
        else:
            del self.background[response["id"]]
            response.clear()
            response.update(copy.deepcopy(final))

    def responses_cancel(self, request: RecordedRequest, override: Override) -> FakeResponse:
        response = self._stored_response(request)
        if response.get("background") is not True:
            raise ApiError(400, "Only responses created with background=true can be cancelled.",
                           param="response_id")
        if response["id"] in self.background:
            del self.background[response["id"]]
            response["status"] = "cancelled"
        elif response["status"] != "cancelled":
            raise ApiError(400, f"Cannot cancel a response with status '{response['status']}'.",
                           param="response_id")
        result = copy.deepcopy(response)
        if override is not None:
            result = o.merge(result, override)
        return self._json(result)

    def _output_message(self, text: str, status: str = "completed") -> JSON:
        return {"id": self.ids.hex("msg_", 48), "type": "message", "status": status,
                "role": "assistant",
                "content": [{"type": "output_text", "text": text, "annotations": [],
                             "logprobs": []}]}

    def _normalise_response(self, response: JSON) -> None:
        for item in response.get("output") or []:
            if not isinstance(item, dict):
                continue
            kind = item.setdefault("type", "message")
            if kind == "message":
                item.setdefault("id", self.ids.hex("msg_", 48))
                item.setdefault("status", "completed")
                item.setdefault("role", "assistant")
                for part in item.setdefault("content", []):
                    if isinstance(part, dict):
                        part.setdefault("type", "output_text")
                        if part["type"] == "output_text":
                            part.setdefault("text", "")
                            part.setdefault("annotations", [])
                            part.setdefault("logprobs", [])
            elif kind == "function_call":
                item.setdefault("id", self.ids.hex("fc_", 48))
                item.setdefault("call_id", self.ids.alnum("call_", 24))
                item.setdefault("status", "completed")
                item.setdefault("name", "")
                if not isinstance(item.get("arguments", ""), str):
                    item["arguments"] = json.dumps(item["arguments"])
                item.setdefault("arguments", "{}")

    @staticmethod
    def _response_output_tokens(response: JSON) -> int:
        total = 0
        for item in response.get("output") or []:
            if not isinstance(item, dict):
                continue
            total += o.count_tokens(o.content_text(item.get("content")))
            total += o.count_tokens(str(item.get("arguments") or ""))
        return total

    def _stored_response(self, request: RecordedRequest) -> JSON:
        ident = request.path_params["response_id"]
        response = self.responses.get(ident)
        if response is None:
            raise ApiError(404, f"Response with id '{ident}' not found.", param="response_id")
        return response

    def responses_retrieve(self, request: RecordedRequest, override: Override) -> FakeResponse:
        stored = self._stored_response(request)
        if not request.stream:
            self.advance_response(stored)
        response = copy.deepcopy(stored)
        if override is not None:
            response = o.merge(response, override)
        if request.stream:
            events = o.response_stream_events(response)
            after = request.query.get("starting_after")
            if after is not None and after.lstrip("-").isdigit():
                events = [e for e in events if e[1]["sequence_number"] > int(after)]
            return FakeResponse(sse=events)
        return self._json(response)

    def responses_delete(self, request: RecordedRequest, override: Override) -> FakeResponse:
        response = self._stored_response(request)
        del self.responses[response["id"]]
        self.response_inputs.pop(response["id"], None)
        self.background.pop(response["id"], None)
        result: JSON = {"id": response["id"], "object": "response.deleted", "deleted": True}
        if override is not None:
            result = o.merge(result, override)
        return self._json(result)

    # --- batches --------------------------------------------------------------------

    def batches_create(self, request: RecordedRequest, override: Override) -> FakeResponse:
        body = self._body(request)
        endpoint = body.get("endpoint")
        if endpoint not in BATCH_ENDPOINTS:
            raise ApiError(400, f"Invalid value for 'endpoint': {endpoint!r} is not one of "
                                f"{list(BATCH_ENDPOINTS)!r}.", param="endpoint",
                           code="invalid_value")
        if body.get("completion_window") != "24h":
            raise ApiError(400, "Invalid value for 'completion_window': only '24h' is supported.",
                           param="completion_window", code="invalid_value")
        input_id = str(body.get("input_file_id"))
        entry = self.files.get(input_id)
        if entry is None:
            raise ApiError(400, f"Invalid 'input_file_id': no file with id '{input_id}'.",
                           param="input_file_id", code="invalid_value")
        if entry[0]["purpose"] != "batch":
            raise ApiError(400, f"Invalid 'input_file_id': file '{input_id}' has purpose "
                                f"{entry[0]['purpose']!r}, expected 'batch'.",
                           param="input_file_id", code="invalid_value")
        now = self.now()
        batch: JSON = {
            "id": self.ids.hex("batch_", 32), "object": "batch", "endpoint": endpoint,
            "model": None, "errors": None, "input_file_id": input_id,
            "completion_window": "24h", "status": "validating", "output_file_id": None,
            "error_file_id": None, "created_at": now, "in_progress_at": None,
            "expires_at": now + 86400, "finalizing_at": None, "completed_at": None,
            "failed_at": None, "expired_at": None, "cancelling_at": None, "cancelled_at": None,
            "request_counts": {"total": 0, "completed": 0, "failed": 0},
            "usage": None, "metadata": body.get("metadata"),
        }
        if override is not None:
            batch = o.merge(batch, override)
        self.batches[batch["id"]] = batch
        return self._json(copy.deepcopy(batch))

    def _batch(self, request: RecordedRequest) -> JSON:
        ident = request.path_params["batch_id"]
        batch = self.batches.get(ident)
        if batch is None:
            raise not_found("batch", ident, param="batch_id")
        return batch

    def advance_batch(self, batch: JSON) -> None:
        """One step of the lifecycle; each retrieve moves a batch along by one."""
        now = self.now()
        status = batch["status"]
        if status == "validating":
            lines = self._batch_lines(batch)
            batch.update(status="in_progress", in_progress_at=now,
                         request_counts={"total": len(lines), "completed": 0, "failed": 0})
        elif status == "in_progress":
            batch.update(status="finalizing", finalizing_at=now)
        elif status == "finalizing":
            self._complete_batch(batch)
        elif status == "cancelling":
            batch.update(status="cancelled", cancelled_at=now)

    def _batch_lines(self, batch: JSON) -> List[str]:
        entry = self.files.get(batch["input_file_id"])
        content = entry[1] if entry is not None else b""
        return [line for line in content.decode("utf-8", "replace").splitlines() if line.strip()]

    def _complete_batch(self, batch: JSON) -> None:
        outputs: List[str] = []
        errors: List[str] = []
        tokens = [0, 0]
        for line in self._batch_lines(batch):
            try:
                item = json.loads(line)
                custom_id = item.get("custom_id") if isinstance(item, dict) else None
            except ValueError:
                item, custom_id = None, None
            request_id = self.ids.hex("req_", 32)
            if not isinstance(item, dict) or item.get("url") != batch["endpoint"] \
                    or not isinstance(item.get("body"), dict):
                errors.append(json.dumps({
                    "id": self.ids.hex("batch_req_", 32), "custom_id": custom_id,
                    "response": None,
                    "error": {"code": "invalid_request",
                              "message": "Each line needs custom_id, method, the batch's url "
                                         "and a JSON body."}}))
                continue
            route = {"/v1/chat/completions": "chat.completions.create",
                     "/v1/completions": "completions.create", "/v1/embeddings": "embeddings.create",
                     "/v1/moderations": "moderations.create",
                     "/v1/responses": "responses.create"}[batch["endpoint"]]
            body = dict(item["body"])
            body.pop("stream", None)
            sub = RecordedRequest("POST", batch["endpoint"],
                                  Headers([("content-type", "application/json")]),
                                  json.dumps(body).encode("utf-8"), route=route)
            spec_path = batch["endpoint"][len("/v1"):]
            reply = self.validate("POST", spec_path, sub) or self.handle(route, sub, None)
            if isinstance(reply.json, dict):
                usage = reply.json.get("usage")
                if isinstance(usage, dict):
                    tokens[0] += int(usage.get("prompt_tokens", usage.get("input_tokens", 0)) or 0)
                    tokens[1] += int(usage.get("completion_tokens", usage.get("output_tokens", 0)) or 0)
            outputs.append(json.dumps({
                "id": self.ids.hex("batch_req_", 32), "custom_id": custom_id,
                "response": {"status_code": reply.status, "request_id": request_id,
                             "body": reply.json},
                "error": None}))
        now = self.now()
        if outputs:
            out = self.store_file(f"{batch['id']}_output.jsonl",
                                  ("\n".join(outputs) + "\n").encode("utf-8"), "batch_output")
            batch["output_file_id"] = out["id"]
        if errors:
            err = self.store_file(f"{batch['id']}_error.jsonl",
                                  ("\n".join(errors) + "\n").encode("utf-8"), "batch_output")
            batch["error_file_id"] = err["id"]
        batch.update(status="completed", completed_at=now,
                     request_counts={"total": len(outputs) + len(errors),
                                     "completed": len(outputs), "failed": len(errors)},
                     usage={"input_tokens": tokens[0],
                            "input_tokens_details": {"cached_tokens": 0},
                            "output_tokens": tokens[1],
                            "output_tokens_details": {"reasoning_tokens": 0},
                            "total_tokens": tokens[0] + tokens[1]})

    def batches_list(self, request: RecordedRequest, override: Override) -> FakeResponse:
        query = dict(request.query)
        query.pop("order", None)  # the batches list is always newest first
        page = paginate(list(self.batches.values()), query, default_limit=20, max_limit=100)
        if override is not None:
            page = o.merge(page, override)
        return self._json(page)

    def batches_retrieve(self, request: RecordedRequest, override: Override) -> FakeResponse:
        batch = self._batch(request)
        self.advance_batch(batch)
        result = copy.deepcopy(batch)
        if override is not None:
            result = o.merge(result, override)
        return self._json(result)

    def batches_cancel(self, request: RecordedRequest, override: Override) -> FakeResponse:
        batch = self._batch(request)
        if batch["status"] in ("completed", "failed", "expired", "cancelled"):
            raise ApiError(409, f"Cannot cancel a batch with status '{batch['status']}'.",
                           param=None)
        if batch["status"] != "cancelling":
            batch.update(status="cancelling", cancelling_at=self.now())
        result = copy.deepcopy(batch)
        if override is not None:
            result = o.merge(result, override)
        return self._json(result)

    # --- vector stores --------------------------------------------------------------

    def _vector_store(self, request: RecordedRequest) -> JSON:
        ident = request.path_params["vector_store_id"]
        store = self.vector_stores.get(ident)
        if store is None:
            raise not_found("vector store", ident, param="vector_store_id")
        return store

    def _refresh_store(self, store: JSON) -> None:
        files = list(self.vs_files.get(store["id"], {}).values())
        counts = {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0, "total": len(files)}
        for item in files:
            counts[item["status"]] = counts.get(item["status"], 0) + 1
        store["file_counts"] = counts
        store["usage_bytes"] = sum(item["usage_bytes"] for item in files
                                   if item["status"] == "completed")
        if store["status"] != "expired":
            store["status"] = "in_progress" if counts["in_progress"] else "completed"

    def _attach_file(self, store: JSON, file_id: str, attributes: Any = None,
                     chunking: Any = None) -> JSON:
        obj, content = self._file(file_id)
        strategy = {"type": "static", "static": {"max_chunk_size_tokens": 800,
                                                 "chunk_overlap_tokens": 400}}
        if isinstance(chunking, dict) and chunking.get("type") == "static":
            strategy = {"type": "static", "static": chunking.get("static", strategy["static"])}
        item: JSON = {"id": obj["id"], "object": "vector_store.file", "usage_bytes": len(content),
                      "created_at": self.now(), "vector_store_id": store["id"],
                      "status": "in_progress", "last_error": None,
                      "chunking_strategy": strategy, "attributes": attributes or {}}
        self.vs_files.setdefault(store["id"], OrderedDict())[obj["id"]] = item
        return item

    def vector_stores_create(self, request: RecordedRequest, override: Override) -> FakeResponse:
        body = self._body(request)
        now = self.now()
        expires_after = body.get("expires_after")
        store: JSON = {
            "id": self.ids.alnum("vs_", 24), "object": "vector_store", "created_at": now,
            "name": body.get("name") or "", "usage_bytes": 0,
            "file_counts": {}, "status": "completed", "expires_after": expires_after,
            "expires_at": (now + int(expires_after.get("days", 0)) * 86400
                           if isinstance(expires_after, dict) else None),
            "last_active_at": now, "metadata": body.get("metadata") or {},
        }
        for file_id in body.get("file_ids") or []:
            self._file(str(file_id))
        self.vector_stores[store["id"]] = store
        self.vs_files[store["id"]] = OrderedDict()
        for file_id in body.get("file_ids") or []:
            self._attach_file(store, str(file_id), chunking=body.get("chunking_strategy"))
        self._refresh_store(store)
        if override is not None:
            store = o.merge(store, override)
            self.vector_stores[store["id"]] = store
        return self._json(copy.deepcopy(store))

    def vector_stores_list(self, request: RecordedRequest, override: Override) -> FakeResponse:
        page = paginate(list(self.vector_stores.values()), request.query, default_limit=20,
                         max_limit=100)
        if override is not None:
            page = o.merge(page, override)
        return self._json(page)

    def _advance_store_files(self, store: JSON) -> None:
        for item in self.vs_files.get(store["id"], {}).values():
            if item["status"] == "in_progress":
                item["status"] = "completed"
        self._refresh_store(store)

    def vector_stores_retrieve(self, request: RecordedRequest, override: Override) -> FakeResponse:
        store = self._vector_store(request)
        self._advance_store_files(store)
        result = copy.deepcopy(store)
        if override is not None:
            result = o.merge(result, override)
        return self._json(result)

    def vector_stores_update(self, request: RecordedRequest, override: Override) -> FakeResponse:
        store = self._vector_store(request)
        body = self._body(request)
        for key in ("name", "metadata", "expires_after"):
            if key in body:
                store[key] = body[key]
        store["last_active_at"] = self.now()
        result = copy.deepcopy(store)
        if override is not None:
            result = o.merge(result, override)
        return self._json(result)

    def vector_stores_delete(self, request: RecordedRequest, override: Override) -> FakeResponse:
        store = self._vector_store(request)
        del self.vector_stores[store["id"]]
        self.vs_files.pop(store["id"], None)
        result: JSON = {"id": store["id"], "object": "vector_store.deleted", "deleted": True}
        if override is not None:
            result = o.merge(result, override)
        return self._json(result)

    def vector_stores_search(self, request: RecordedRequest, override: Override) -> FakeResponse:
        store = self._vector_store(request)
        body = self._body(request)
        raw = body.get("query")
        queries = [raw] if isinstance(raw, str) else [str(q) for q in raw or []]
        words = {w.lower() for q in queries for w in o.tokenize(q) if w.strip().isalnum()}
        words = {w.strip() for w in words}
        limit = body.get("max_num_results", 10)
        if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= 50:
            raise ApiError(400, "Invalid 'max_num_results': must be between 1 and 50.",
                           param="max_num_results", code="invalid_value")
        results = []
        for item in self.vs_files.get(store["id"], {}).values():
            if item["status"] != "completed" or item["id"] not in self.files:
                continue
            obj, content = self.files[item["id"]]
            text = content.decode("utf-8", "replace")
            have = {w.strip().lower() for w in o.tokenize(text)}
            score = len(words & have) / len(words) if words else 0.0
            if score > 0:
                results.append({"file_id": obj["id"], "filename": obj["filename"],
                                "score": round(score, 4), "attributes": item["attributes"],
                                "content": [{"type": "text", "text": text[:800]}]})
        results.sort(key=lambda r: -float(r["score"]))
        page: JSON = {"object": "vector_store.search_results.page", "search_query": queries,
                      "data": results[:limit], "has_more": False, "next_page": None}
        if override is not None:
            page = o.merge(page, override)
        return self._json(page)

    def vector_stores_files_create(self, request: RecordedRequest, override: Override) -> FakeResponse:
        store = self._vector_store(request)
        body = self._body(request)
        item = self._attach_file(store, str(body.get("file_id")), body.get("attributes"),
                                 body.get("chunking_strategy"))
        self._refresh_store(store)
        if override is not None:
            item = o.merge(item, override)
            self.vs_files[store["id"]][item["id"]] = item
            self._refresh_store(store)
        return self._json(copy.deepcopy(item))

    def vector_stores_files_list(self, request: RecordedRequest, override: Override) -> FakeResponse:
        store = self._vector_store(request)
        wanted = request.query.get("filter")
        items = [i for i in self.vs_files.get(store["id"], {}).values()
                 if wanted in (None, "", i["status"])]
        page = paginate(items, request.query, default_limit=20, max_limit=100)
        if override is not None:
            page = o.merge(page, override)
        return self._json(page)

    def _store_file(self, request: RecordedRequest) -> Tuple[JSON, JSON]:
        store = self._vector_store(request)
        ident = request.path_params["file_id"]
        files = self.vs_files.get(store["id"])
        item = files.get(ident) if files is not None else None
        if item is None:
            raise not_found("vector store file", ident, param="file_id")
        return store, item

    def vector_stores_files_retrieve(self, request: RecordedRequest, override: Override) -> FakeResponse:
        store, item = self._store_file(request)
        if item["status"] == "in_progress":
            item["status"] = "completed"
            self._refresh_store(store)
        result = copy.deepcopy(item)
        if override is not None:
            result = o.merge(result, override)
        return self._json(result)

    def vector_stores_files_delete(self, request: RecordedRequest, override: Override) -> FakeResponse:
        store, item = self._store_file(request)
        del self.vs_files[store["id"]][item["id"]]
        self._refresh_store(store)
        result: JSON = {"id": item["id"], "object": "vector_store.file.deleted", "deleted": True}
        if override is not None:
            result = o.merge(result, override)
        return self._json(result)


def _timestamp(seconds: float, sep: str) -> str:
    millis = int(round(seconds * 1000))
    hours, rest = divmod(millis, 3600000)
    minutes, rest = divmod(rest, 60000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{sep}{millis:03d}"
