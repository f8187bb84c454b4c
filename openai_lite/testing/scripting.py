"""Scripting the fake: canned replies, faults, queues and per-route call records."""
from __future__ import annotations

import json as _json
import threading
from collections import deque
from typing import Any, Callable, Deque, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from .records import RecordedRequest

__all__ = [
    "FakeResponse", "RouteHandle", "Reply", "SSEItem",
    "ChatRoutes", "ChatCompletionsRoutes", "CreateRoutes", "ModelsRoutes", "FilesRoutes",
    "AudioRoutes", "ResponsesRoutes", "BatchesRoutes", "VectorStoresRoutes",
    "VectorStoreFilesRoutes", "ImagesRoutes", "UploadsRoutes", "FineTuningRoutes",
    "FineTuningJobsRoutes",
]

SSEItem = Union[Dict[str, Any], str, bytes, Tuple[str, Any]]
"""One server-sent event: a dict (sent as ``data: <json>``), a str (``data: <str>``, e.g.
``"[DONE]"``), an ``(event_name, data)`` pair, or raw bytes written as they are."""


class FakeResponse:
    """An exact reply, or a fault, for one request.

    With ``json``, ``body`` or ``sse`` set, that is what is sent, unchanged.  With none of
    them, a 2xx status gets the route's normal default body and an error status gets an
    API-style error body, so ``FakeResponse(delay=2)`` means "the usual answer, late".

    Faults, applied in this order:
      ``delay``                 seconds to wait before answering at all;
      ``drop_connection``       close the connection without answering;
      ``reset``                 abort the connection (TCP RST, SO_LINGER 0) without answering;
      ``stall_after_headers``   seconds to wait between the headers and the body;
      ``stream_stall_after_chunks`` / ``stall``: for streamed bodies, wait ``stall`` seconds
                                after that many events;
      ``truncate_body``         advertise the full Content-Length but send only half of the
                                body, then close (streams: half the events, no final chunk).
    """

    def __init__(self, status: int = 200, json: Any = None, *, body: Union[bytes, str, None] = None,
                 headers: Optional[Mapping[str, str]] = None, content_type: Optional[str] = None,
                 sse: Optional[Sequence[SSEItem]] = None, delay: float = 0.0,
                 stall_after_headers: float = 0.0, stream_stall_after_chunks: Optional[int] = None,
                 stall: float = 0.0, drop_connection: bool = False, truncate_body: bool = False,
                 reset: bool = False) -> None:
        if sum(x is not None for x in (json, body, sse)) > 1:
            raise ValueError("give at most one of json=, body= and sse=")
        self.status = status
        self.json = json
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.headers: Dict[str, str] = dict(headers or {})
        self.content_type = content_type
        self.sse: Optional[List[SSEItem]] = list(sse) if sse is not None else None
        self.delay = delay
        self.stall_after_headers = stall_after_headers
        self.stream_stall_after_chunks = stream_stall_after_chunks
        self.stall = stall
        self.drop_connection = drop_connection
        self.truncate_body = truncate_body
        self.reset = reset

    @property
    def has_body(self) -> bool:
        return self.json is not None or self.body is not None or self.sse is not None

    def with_faults_of(self, other: "FakeResponse") -> "FakeResponse":
        """This reply's content with ``other``'s faults and extra headers."""
        merged = FakeResponse(self.status, self.json, body=self.body, headers=self.headers,
                              content_type=self.content_type, sse=self.sse)
        # A scripted success code (say 201) replaces the default's 200, but a default that
        # turned out to be an error (unknown id...) keeps its own status.
        if 200 <= self.status < 300 and 200 <= other.status < 300:
            merged.status = other.status
        merged.headers.update(other.headers)
        if other.content_type:
            merged.content_type = other.content_type
        for name in ("delay", "stall_after_headers", "stream_stall_after_chunks", "stall",
                     "drop_connection", "truncate_body", "reset"):
            setattr(merged, name, getattr(other, name))
        return merged

    def body_bytes(self) -> Tuple[bytes, str]:
        """(body, default content type) for a non-streamed reply."""
        if self.body is not None:
            return self.body, self.content_type or "application/octet-stream"
        if self.json is not None:
            return _json.dumps(self.json).encode("utf-8"), self.content_type or "application/json"
        return b"", self.content_type or "application/json"

    def __repr__(self) -> str:
        kind = "sse" if self.sse is not None else "json" if self.json is not None else \
            "body" if self.body is not None else "default"
        return f"<FakeResponse {self.status} {kind}>"


Reply = Union[Dict[str, Any], List[Any], str, bytes, FakeResponse, Callable[[RecordedRequest], Any]]
"""What a route can be scripted to answer: a partial object (dict) merged into the default
reply, a str (the reply text, for text-producing routes), bytes (binary routes), a
FakeResponse, or a callable ``(request) -> any of those, or None for the default``."""


class RouteHandle:
    """The scripting surface of one route, e.g. ``fake.chat.completions.create``."""

    def __init__(self, name: str, method: str, path: str, lock: "threading.RLock") -> None:
        self.name = name
        self.method = method
        self.path = path
        self._lock = lock
        self._override: Optional[Reply] = None
        self._queue: Deque[Reply] = deque()
        self._calls: List[RecordedRequest] = []

    @property
    def response(self) -> Optional[Reply]:
        """The standing reply used whenever the queue is empty (None = default behaviour)."""
        with self._lock:
            return self._override

    @response.setter
    def response(self, value: Optional[Reply]) -> None:
        with self._lock:
            self._override = value

    def queue(self, *replies: Reply) -> "RouteHandle":
        """Replies for the next calls, one each, in order, before falling back."""
        with self._lock:
            self._queue.extend(replies)
        return self

    def fail(self, status: int, *, times: int = 1, headers: Optional[Mapping[str, str]] = None,
             body: Any = None, delay: float = 0.0) -> "RouteHandle":
        """Queue ``times`` error replies (API error shape unless ``body`` is given)."""
        if times < 1:
            raise ValueError("times must be at least 1")
        for _ in range(times):
            if body is None:
                reply = FakeResponse(status, headers=headers, delay=delay)
            elif isinstance(body, (bytes, str)):
                reply = FakeResponse(status, body=body, headers=headers, delay=delay,
                                     content_type="text/plain; charset=utf-8")
            else:
                reply = FakeResponse(status, json=body, headers=headers, delay=delay)
            self.queue(reply)
        return self

    @property
    def pending(self) -> int:
        """How many queued replies are still waiting to be used."""
        with self._lock:
            return len(self._queue)

    @property
    def calls(self) -> List[RecordedRequest]:
        with self._lock:
            return list(self._calls)

    @property
    def call_count(self) -> int:
        with self._lock:
            return len(self._calls)

    @property
    def last_call(self) -> Optional[RecordedRequest]:
        with self._lock:
            return self._calls[-1] if self._calls else None

    def reset(self) -> None:
        with self._lock:
            self._override = None
            self._queue.clear()
            self._calls.clear()

    # Used by the server.
    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._calls.append(request)

    def _take(self) -> Optional[Reply]:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
            return self._override

    def __repr__(self) -> str:
        return f"<RouteHandle {self.name}: {self.method} /v1{self.path}>"


HandleLookup = Callable[[str], RouteHandle]


# The groups mirror the SDK's resource tree so a test reads like the code it exercises.

class CreateRoutes:
    def __init__(self, get: HandleLookup, prefix: str) -> None:
        self.create = get(prefix + ".create")


class ListRoutes:
    def __init__(self, get: HandleLookup, prefix: str) -> None:
        self.list = get(prefix + ".list")


class ChatCompletionsRoutes(CreateRoutes):
    def __init__(self, get: HandleLookup, prefix: str) -> None:
        super().__init__(get, prefix)
        self.list = get(prefix + ".list")
        self.retrieve = get(prefix + ".retrieve")
        self.update = get(prefix + ".update")
        self.delete = get(prefix + ".delete")
        self.messages = ListRoutes(get, prefix + ".messages")


class ChatRoutes:
    def __init__(self, get: HandleLookup) -> None:
        self.completions = ChatCompletionsRoutes(get, "chat.completions")


class ModelsRoutes:
    def __init__(self, get: HandleLookup) -> None:
        self.list = get("models.list")
        self.retrieve = get("models.retrieve")
        self.delete = get("models.delete")


class FilesRoutes:
    def __init__(self, get: HandleLookup) -> None:
        self.create = get("files.create")
        self.list = get("files.list")
        self.retrieve = get("files.retrieve")
        self.delete = get("files.delete")
        self.content = get("files.content")


class AudioRoutes:
    def __init__(self, get: HandleLookup) -> None:
        self.speech = CreateRoutes(get, "audio.speech")
        self.transcriptions = CreateRoutes(get, "audio.transcriptions")
        self.translations = CreateRoutes(get, "audio.translations")


class ResponsesRoutes:
    def __init__(self, get: HandleLookup) -> None:
        self.create = get("responses.create")
        self.retrieve = get("responses.retrieve")
        self.delete = get("responses.delete")
        self.cancel = get("responses.cancel")
        self.input_items = ListRoutes(get, "responses.input_items")


class BatchesRoutes:
    def __init__(self, get: HandleLookup) -> None:
        self.create = get("batches.create")
        self.list = get("batches.list")
        self.retrieve = get("batches.retrieve")
        self.cancel = get("batches.cancel")


class VectorStoreFilesRoutes:
    def __init__(self, get: HandleLookup) -> None:
        self.create = get("vector_stores.files.create")
        self.list = get("vector_stores.files.list")
        self.retrieve = get("vector_stores.files.retrieve")
        self.delete = get("vector_stores.files.delete")


class VectorStoresRoutes:
    def __init__(self, get: HandleLookup) -> None:
        self.create = get("vector_stores.create")
        self.list = get("vector_stores.list")
        self.retrieve = get("vector_stores.retrieve")
        self.update = get("vector_stores.update")
        self.delete = get("vector_stores.delete")
        self.search = get("vector_stores.search")
        self.files = VectorStoreFilesRoutes(get)


class ImagesRoutes:
    def __init__(self, get: HandleLookup) -> None:
        self.generate = get("images.generate")
        self.edit = get("images.edit")
        self.create_variation = get("images.create_variation")


class UploadsRoutes:
    def __init__(self, get: HandleLookup) -> None:
        self.create = get("uploads.create")
        self.complete = get("uploads.complete")
        self.cancel = get("uploads.cancel")
        self.parts = CreateRoutes(get, "uploads.parts")


class FineTuningJobsRoutes:
    def __init__(self, get: HandleLookup) -> None:
        self.create = get("fine_tuning.jobs.create")
        self.list = get("fine_tuning.jobs.list")
        self.retrieve = get("fine_tuning.jobs.retrieve")
        self.cancel = get("fine_tuning.jobs.cancel")
        self.pause = get("fine_tuning.jobs.pause")
        self.resume = get("fine_tuning.jobs.resume")
        self.list_events = get("fine_tuning.jobs.list_events")
        self.checkpoints = ListRoutes(get, "fine_tuning.jobs.checkpoints")


class FineTuningRoutes:
    def __init__(self, get: HandleLookup) -> None:
        self.jobs = FineTuningJobsRoutes(get)
