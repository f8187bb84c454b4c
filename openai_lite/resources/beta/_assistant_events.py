"""Assistants run streams with callbacks: ``AssistantEventHandler`` and its stream managers.

``runs.stream(...)`` and friends return a manager; entering it sends the request and hands
back the event handler, which iterates the run's ``AssistantStreamEvent``s and calls its
``on_*`` hooks while keeping snapshots of the run, its steps and its messages.  What the
hooks receive is decided once, in ``_EventTracker`` (no I/O), and the sync and async
handlers only differ in how they call the hooks.
"""
from __future__ import annotations

import copy
from typing import (TYPE_CHECKING, Any, AsyncIterator, Awaitable, Callable, Dict, Generic, Iterator, List,
                    Optional, Tuple, TypeVar)

from ..._exceptions import APITimeoutError
from ...types.beta.threads.message import Message
from ...types.beta.threads.run import Run
from ...types.beta.threads.runs.run_step import RunStep

if TYPE_CHECKING:
    from ..._streaming import AsyncStream, Stream
    from ...types.beta.assistant_stream_event import AssistantStreamEvent

__all__ = [
    "AssistantEventHandler", "AssistantEventHandlerT", "AssistantStreamManager",
    "AsyncAssistantEventHandler", "AsyncAssistantEventHandlerT", "AsyncAssistantStreamManager",
]

_RUN_STATES = frozenset({"thread.run.created", "thread.run.queued", "thread.run.in_progress",
                         "thread.run.cancelling"})
# After these the run is waiting or over: an open tool call is complete.
_RUN_STOPS = frozenset({"thread.run.requires_action", "thread.run.completed", "thread.run.incomplete",
                        "thread.run.failed", "thread.run.cancelled", "thread.run.expired"})
_STEP_ENDS = frozenset({"thread.run.step.completed", "thread.run.step.failed", "thread.run.step.cancelled",
                        "thread.run.step.expired"})
_MESSAGE_ENDS = frozenset({"thread.message.completed", "thread.message.incomplete"})

Hook = Tuple[str, Tuple[Any, ...]]


# ---- accumulation ---------------------------------------------------------------------------

def merge_delta(acc: Dict[str, Any], delta: Dict[str, Any]) -> Dict[str, Any]:
    """Fold a streamed delta into its snapshot, in place: text is appended, objects merge
    key by key, list entries carrying an ``index`` land at that position (the index itself
    is not kept: it is the position), ``type`` is replaced, other lists are extended."""
    for key, value in delta.items():
        current = acc.get(key)
        if current is None or key == "type":
            acc[key] = _fresh(value)
        elif isinstance(current, str) and isinstance(value, str):
            acc[key] = current + value
        elif isinstance(current, dict) and isinstance(value, dict):
            merge_delta(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            _merge_list(current, value)
        else:
            acc[key] = _fresh(value)
    return acc


def _merge_list(current: List[Any], items: List[Any]) -> None:
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("index"), int):
            position = item["index"]
            rest = {k: v for k, v in item.items() if k != "index"}
            while len(current) < position:
                current.append({})  # a gap the server never filled; keeps positions aligned
            if position == len(current):
                current.append(_fresh(rest))
            elif isinstance(current[position], dict):
                merge_delta(current[position], rest)
            else:
                current[position] = _fresh(rest)
        else:
            current.append(_fresh(item))


def _fresh(value: Any) -> Any:
    # snapshots are mutated by later deltas; never share structure with an event
    if isinstance(value, (dict, list)):
        return _strip_indexes(copy.deepcopy(value))
    return value


def _strip_indexes(value: Any) -> Any:
    if isinstance(value, list):
        return [_strip_indexes({k: v for k, v in item.items() if k != "index"}) if isinstance(item, dict)
                else item for item in value]
    if isinstance(value, dict):
        return {k: _strip_indexes(v) for k, v in value.items()}
    return value


def _payload(model: Any) -> Dict[str, Any]:
    return model.to_dict() if hasattr(model, "to_dict") else dict(model)


class _EventTracker:
    """Snapshots plus the decision of which hooks an event triggers, in order."""

    def __init__(self) -> None:
        self.current_event: Optional[AssistantStreamEvent] = None
        self.current_run: Optional[Run] = None
        self.messages: Dict[str, Dict[str, Any]] = {}
        self.steps: Dict[str, Dict[str, Any]] = {}
        self.message_id: Optional[str] = None
        self.step_id: Optional[str] = None
        self.content_index: Optional[int] = None
        self.tool_call_index: Optional[int] = None

    # snapshots as models, built on demand (the dicts are what deltas merge into)
    def message_snapshot(self, message_id: Optional[str] = None) -> Optional[Message]:
        data = self.messages.get(message_id or self.message_id or "")
        return None if data is None else Message.construct(copy.deepcopy(data))

    def step_snapshot(self, step_id: Optional[str] = None) -> Optional[RunStep]:
        data = self.steps.get(step_id or self.step_id or "")
        return None if data is None else RunStep.construct(copy.deepcopy(data))

    def feed(self, event: AssistantStreamEvent) -> List[Hook]:
        self.current_event = event
        hooks: List[Hook] = [("on_event", (event,))]
        name = getattr(event, "event", None)
        data: Any = getattr(event, "data", None)
        if name in _RUN_STATES:
            self.current_run = data
        elif name in _RUN_STOPS:
            self.current_run = data
            hooks += self._close_tool_call()
        elif name == "thread.run.step.created" or name == "thread.run.step.in_progress":
            self.steps[data.id] = _payload(data)
            self.step_id = data.id
            if name == "thread.run.step.created":
                hooks.append(("on_run_step_created", (data,)))
        elif name == "thread.run.step.delta":
            hooks += self._step_delta(data)
        elif name in _STEP_ENDS:
            hooks += self._close_tool_call(final=data)
            self.steps[data.id] = _payload(data)
            hooks.append(("on_run_step_done", (data,)))
            self.step_id = None
        elif name == "thread.message.created" or name == "thread.message.in_progress":
            self.messages[data.id] = _payload(data)
            self.message_id = data.id
            if name == "thread.message.created":
                self.content_index = None
                hooks.append(("on_message_created", (data,)))
        elif name == "thread.message.delta":
            hooks += self._message_delta(data)
        elif name in _MESSAGE_ENDS:
            self.messages[data.id] = _payload(data)
            self.message_id = data.id
            if self.content_index is not None and self.content_index < len(data.content or ()):
                hooks += _content_done(data.content[self.content_index])
            self.content_index = None
            hooks.append(("on_message_done", (data,)))
        # thread.created, error and events added later only reach on_event
        return hooks

    def _step_delta(self, data: Any) -> List[Hook]:
        hooks: List[Hook] = []
        snapshot = self.steps.setdefault(data.id, {"id": data.id})
        delta = _payload(data.delta) if data.delta is not None else {}
        merge_delta(snapshot, delta)
        self.step_id = data.id
        step = self.step_snapshot(data.id)
        details = getattr(data.delta, "step_details", None)
        calls = getattr(details, "tool_calls", None) if getattr(details, "type", None) == "tool_calls" else None
        snapshot_calls = getattr(getattr(step, "step_details", None), "tool_calls", None) or []
        for call_delta in calls or ():
            index = call_delta.index
            call = snapshot_calls[index] if index < len(snapshot_calls) else None
            if index != self.tool_call_index:
                hooks += self._close_tool_call(snapshot=step)
                self.tool_call_index = index
                hooks.append(("on_tool_call_created", (call,)))
            else:
                hooks.append(("on_tool_call_delta", (call_delta, call)))
        hooks.append(("on_run_step_delta", (data.delta, step)))
        return hooks

    def _close_tool_call(self, final: Any = None, snapshot: Any = None) -> List[Hook]:
        index = self.tool_call_index
        if index is None:
            return []
        self.tool_call_index = None
        step = final if final is not None else (snapshot or self.step_snapshot())
        calls = getattr(getattr(step, "step_details", None), "tool_calls", None) or []
        return [("on_tool_call_done", (calls[index],))] if index < len(calls) else []

    def _message_delta(self, data: Any) -> List[Hook]:
        hooks: List[Hook] = []
        snapshot = self.messages.setdefault(data.id, {"id": data.id, "content": []})
        before = len(snapshot.get("content") or ())
        merge_delta(snapshot, _payload(data.delta) if data.delta is not None else {})
        self.message_id = data.id
        message = self.message_snapshot(data.id)
        assert message is not None
        blocks = message.content or []
        for part in getattr(data.delta, "content", None) or ():
            index = part.index
            block: Any = blocks[index] if index < len(blocks) else None
            if index != self.content_index:
                if self.content_index is not None and self.content_index < len(blocks):
                    hooks += _content_done(blocks[self.content_index])
                self.content_index = index
                if index >= before and getattr(block, "type", None) == "text":
                    hooks.append(("on_text_created", (block.text,)))
            if part.type == "text" and part.text is not None and getattr(block, "type", None) == "text":
                hooks.append(("on_text_delta", (part.text, block.text)))
        hooks.append(("on_message_delta", (data.delta, message)))
        return hooks


def _content_done(block: Any) -> List[Hook]:
    kind = getattr(block, "type", None)
    if kind == "text":
        return [("on_text_done", (block.text,))]
    if kind == "image_file":
        return [("on_image_file_done", (block.image_file,))]
    return []


def _text_values(event: Any) -> Iterator[str]:
    if getattr(event, "event", None) != "thread.message.delta":
        return
    for part in getattr(event.data.delta, "content", None) or ():
        if part.type == "text" and part.text is not None and part.text.value:
            yield part.text.value


# ---- the sync handler ----------------------------------------------------------------------

class AssistantEventHandler:
    """Subclass and override the ``on_*`` hooks you need; iterate the handler (or call
    ``until_done()``) to drive the stream."""

    text_deltas: Iterator[str]
    """The text of every message delta as it arrives (drives the stream)."""

    def __init__(self) -> None:
        self._tracker = _EventTracker()
        self._stream: Optional[Stream[AssistantStreamEvent]] = None
        self._events: Optional[Iterator[AssistantStreamEvent]] = None
        self.text_deltas = self.__text_deltas__()

    def _init(self, stream: Stream[AssistantStreamEvent]) -> None:
        if self._stream is not None:
            raise RuntimeError("A single event handler cannot be shared between multiple streams; You will need "
                               "to construct a new event handler instance")
        self._stream = stream
        self._events = self.__stream__()

    # -- state
    @property
    def current_event(self) -> Optional[AssistantStreamEvent]:
        return self._tracker.current_event

    @property
    def current_run(self) -> Optional[Run]:
        return self._tracker.current_run

    @property
    def current_message_snapshot(self) -> Optional[Message]:
        return self._tracker.message_snapshot()

    @property
    def current_run_step_snapshot(self) -> Optional[RunStep]:
        return self._tracker.step_snapshot()

    # -- iteration
    def __iter__(self) -> Iterator[AssistantStreamEvent]:
        return self._require()

    def __next__(self) -> AssistantStreamEvent:
        return next(self._require())

    def _require(self) -> Iterator[AssistantStreamEvent]:
        if self._events is None:
            raise RuntimeError("The event handler is not attached to a stream; enter the stream manager first")
        return self._events

    def __stream__(self) -> Iterator[AssistantStreamEvent]:
        assert self._stream is not None
        try:
            for event in self._stream:
                for hook, args in self._tracker.feed(event):
                    getattr(self, hook)(*args)
                yield event
        except APITimeoutError:
            self.on_timeout()
            raise
        except Exception as exc:
            self.on_exception(exc)
            raise
        finally:
            self.on_end()

    def __text_deltas__(self) -> Iterator[str]:
        for event in self:
            yield from _text_values(event)

    def until_done(self) -> "AssistantEventHandler":
        for _ in self:
            pass
        return self

    def get_final_run(self) -> Run:
        self.until_done()
        if self._tracker.current_run is None:
            raise RuntimeError("No final run object found")
        return self._tracker.current_run

    def get_final_run_steps(self) -> List[RunStep]:
        self.until_done()
        return [RunStep.construct(copy.deepcopy(s)) for s in self._tracker.steps.values()]

    def get_final_messages(self) -> List[Message]:
        self.until_done()
        return [Message.construct(copy.deepcopy(m)) for m in self._tracker.messages.values()]

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()

    # -- hooks (all optional)
    def on_event(self, event: AssistantStreamEvent) -> None: ...
    def on_run_step_created(self, run_step: RunStep) -> None: ...
    def on_run_step_delta(self, delta: Any, snapshot: RunStep) -> None: ...
    def on_run_step_done(self, run_step: RunStep) -> None: ...
    def on_tool_call_created(self, tool_call: Any) -> None: ...
    def on_tool_call_delta(self, delta: Any, snapshot: Any) -> None: ...
    def on_tool_call_done(self, tool_call: Any) -> None: ...
    def on_exception(self, exception: Exception) -> None: ...
    def on_timeout(self) -> None: ...
    def on_message_created(self, message: Message) -> None: ...
    def on_message_delta(self, delta: Any, snapshot: Message) -> None: ...
    def on_message_done(self, message: Message) -> None: ...
    def on_image_file_done(self, image_file: Any) -> None: ...
    def on_text_created(self, text: Any) -> None: ...
    def on_text_delta(self, delta: Any, snapshot: Any) -> None: ...
    def on_text_done(self, text: Any) -> None: ...
    def on_end(self) -> None: ...


AssistantEventHandlerT = TypeVar("AssistantEventHandlerT", bound=AssistantEventHandler)


class AssistantStreamManager(Generic[AssistantEventHandlerT]):
    """``with manager as handler:``; the request is sent on entry and closed on exit."""

    def __init__(self, api_request: Callable[[], Stream[AssistantStreamEvent]], *,
                 event_handler: AssistantEventHandlerT) -> None:
        self._api_request = api_request
        self._handler = event_handler
        self._stream: Optional[Stream[AssistantStreamEvent]] = None

    def __enter__(self) -> AssistantEventHandlerT:
        self._stream = self._api_request()
        self._handler._init(self._stream)
        return self._handler

    def __exit__(self, *args: object) -> None:
        if self._stream is not None:
            self._stream.close()


# ---- the async handler ---------------------------------------------------------------------

class AsyncAssistantEventHandler:
    """The ``async`` counterpart: hooks are coroutines, iteration is ``async for``."""

    text_deltas: AsyncIterator[str]

    def __init__(self) -> None:
        self._tracker = _EventTracker()
        self._stream: Optional[AsyncStream[AssistantStreamEvent]] = None
        self._events: Optional[AsyncIterator[AssistantStreamEvent]] = None
        self.text_deltas = self.__text_deltas__()

    def _init(self, stream: AsyncStream[AssistantStreamEvent]) -> None:
        if self._stream is not None:
            raise RuntimeError("A single event handler cannot be shared between multiple streams; You will need "
                               "to construct a new event handler instance")
        self._stream = stream
        self._events = self.__stream__()

    @property
    def current_event(self) -> Optional[AssistantStreamEvent]:
        return self._tracker.current_event

    @property
    def current_run(self) -> Optional[Run]:
        return self._tracker.current_run

    @property
    def current_message_snapshot(self) -> Optional[Message]:
        return self._tracker.message_snapshot()

    @property
    def current_run_step_snapshot(self) -> Optional[RunStep]:
        return self._tracker.step_snapshot()

    def __aiter__(self) -> AsyncIterator[AssistantStreamEvent]:
        return self._require()

    async def __anext__(self) -> AssistantStreamEvent:
        return await self._require().__anext__()

    def _require(self) -> AsyncIterator[AssistantStreamEvent]:
        if self._events is None:
            raise RuntimeError("The event handler is not attached to a stream; enter the stream manager first")
        return self._events

    async def __stream__(self) -> AsyncIterator[AssistantStreamEvent]:
        assert self._stream is not None
        try:
            async for event in self._stream:
                for hook, args in self._tracker.feed(event):
                    await getattr(self, hook)(*args)
                yield event
        except APITimeoutError:
            await self.on_timeout()
            raise
        except Exception as exc:
            await self.on_exception(exc)
            raise
        finally:
            await self.on_end()

    async def __text_deltas__(self) -> AsyncIterator[str]:
        async for event in self:
            for value in _text_values(event):
                yield value

    async def until_done(self) -> "AsyncAssistantEventHandler":
        async for _ in self:
            pass
        return self

    async def get_final_run(self) -> Run:
        await self.until_done()
        if self._tracker.current_run is None:
            raise RuntimeError("No final run object found")
        return self._tracker.current_run

    async def get_final_run_steps(self) -> List[RunStep]:
        await self.until_done()
        return [RunStep.construct(copy.deepcopy(s)) for s in self._tracker.steps.values()]

    async def get_final_messages(self) -> List[Message]:
        await self.until_done()
        return [Message.construct(copy.deepcopy(m)) for m in self._tracker.messages.values()]

    async def close(self) -> None:
        if self._stream is not None:
            await self._stream.close()

    async def on_event(self, event: AssistantStreamEvent) -> None: ...
    async def on_run_step_created(self, run_step: RunStep) -> None: ...
    async def on_run_step_delta(self, delta: Any, snapshot: RunStep) -> None: ...
    async def on_run_step_done(self, run_step: RunStep) -> None: ...
    async def on_tool_call_created(self, tool_call: Any) -> None: ...
    async def on_tool_call_delta(self, delta: Any, snapshot: Any) -> None: ...
    async def on_tool_call_done(self, tool_call: Any) -> None: ...
    async def on_exception(self, exception: Exception) -> None: ...
    async def on_timeout(self) -> None: ...
    async def on_message_created(self, message: Message) -> None: ...
    async def on_message_delta(self, delta: Any, snapshot: Message) -> None: ...
    async def on_message_done(self, message: Message) -> None: ...
    async def on_image_file_done(self, image_file: Any) -> None: ...
    async def on_text_created(self, text: Any) -> None: ...
    async def on_text_delta(self, delta: Any, snapshot: Any) -> None: ...
    async def on_text_done(self, text: Any) -> None: ...
    async def on_end(self) -> None: ...


AsyncAssistantEventHandlerT = TypeVar("AsyncAssistantEventHandlerT", bound=AsyncAssistantEventHandler)


class AsyncAssistantStreamManager(Generic[AsyncAssistantEventHandlerT]):
    """``async with manager as handler:``; the request is sent on entry, closed on exit."""

    def __init__(self, api_request: Callable[[], Awaitable[AsyncStream[AssistantStreamEvent]]], *,
                 event_handler: AsyncAssistantEventHandlerT) -> None:
        self._api_request = api_request
        self._handler = event_handler
        self._stream: Optional[AsyncStream[AssistantStreamEvent]] = None

    async def __aenter__(self) -> AsyncAssistantEventHandlerT:
        self._stream = await self._api_request()
        self._handler._init(self._stream)
        return self._handler

    async def __aexit__(self, *args: object) -> None:
        if self._stream is not None:
            await self._stream.close()


def stream_manager(client: Any, api_request: Callable[[], Any], event_handler: Any) -> Any:
    """The manager for the client's flavour; a default handler when none was given."""
    if client._is_async:
        return AsyncAssistantStreamManager(api_request, event_handler=event_handler or AsyncAssistantEventHandler())
    return AssistantStreamManager(api_request, event_handler=event_handler or AssistantEventHandler())


def helper_headers(helper: str, event_handler: Any, extra_headers: Any) -> Dict[str, Any]:
    """The stream helpers' markers; the caller's own headers win."""
    return {"X-Stainless-Stream-Helper": helper,
            "X-Stainless-Custom-Event-Handler": "true" if event_handler is not None else "false",
            **(extra_headers or {})}
