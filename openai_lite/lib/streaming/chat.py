"""``client.chat.completions.stream()``: chunks accumulated into a completion, as events.

Each chunk yields a ``chunk`` event and then, per choice, the delta events and the "done"
events it completes (streaming_pagination.md §3).  ``ChatCompletionStreamState`` does the
accumulation on its own, for callers who iterate ``create(stream=True)`` themselves.
"""
from __future__ import annotations

from types import TracebackType
from typing import (TYPE_CHECKING, Any, AsyncIterator, Awaitable, Callable, Dict, Generic, Iterable,
                    Iterator, List, Literal, Optional, Set, Tuple, Type, Union)

from ..._exceptions import ContentFilterFinishReasonError, LengthFinishReasonError
from ..._models import BaseModel
from ..._types import NOT_GIVEN, NotGiven
from ...types.chat.chat_completion import ChoiceLogprobs
from ...types.chat.chat_completion_chunk import ChatCompletionChunk, Choice as ChunkChoice
from ...types.chat.chat_completion_token_logprob import ChatCompletionTokenLogprob
from ...types.chat.parsed_chat_completion import (
    ParsedChatCompletion,
    ParsedChatCompletionMessage,
    ParsedChoice,
)
from .._parsing import (
    get_input_tool_by_name,
    has_parseable_input,
    has_rich_response_format,
    maybe_parse_content,
    parse_chat_completion,
    parse_function_tool_arguments,
)
from .._partial_json import PartialJSON
from .._typevars import ResponseFormatT

if TYPE_CHECKING:
    from ..._streaming import AsyncStream, Stream

__all__ = [
    "ChatCompletionStream", "ChatCompletionStreamManager", "AsyncChatCompletionStream",
    "AsyncChatCompletionStreamManager", "ChatCompletionStreamState",
    "ChatCompletionStreamEvent", "ChunkEvent", "ContentDeltaEvent", "ContentDoneEvent",
    "RefusalDeltaEvent", "RefusalDoneEvent", "FunctionToolCallArgumentsDeltaEvent",
    "FunctionToolCallArgumentsDoneEvent", "LogprobsContentDeltaEvent", "LogprobsContentDoneEvent",
    "LogprobsRefusalDeltaEvent", "LogprobsRefusalDoneEvent",
    "ParsedChatCompletionSnapshot", "ParsedChoiceSnapshot", "ParsedChatCompletionMessageSnapshot",
]


# While streaming, `parsed` holds the partial JSON of the content, not yet an instance.
ParsedChatCompletionSnapshot = ParsedChatCompletion[object]
ParsedChoiceSnapshot = ParsedChoice[object]
ParsedChatCompletionMessageSnapshot = ParsedChatCompletionMessage[object]


# ---- events -------------------------------------------------------------------------------

class ChunkEvent(BaseModel):
    type: Literal["chunk"]
    chunk: ChatCompletionChunk
    snapshot: ParsedChatCompletionSnapshot


class ContentDeltaEvent(BaseModel):
    type: Literal["content.delta"]
    delta: str
    snapshot: str
    parsed: Optional[object] = None


class ContentDoneEvent(BaseModel, Generic[ResponseFormatT]):
    type: Literal["content.done"]
    content: str
    parsed: Optional[ResponseFormatT] = None


class RefusalDeltaEvent(BaseModel):
    type: Literal["refusal.delta"]
    delta: str
    snapshot: str


class RefusalDoneEvent(BaseModel):
    type: Literal["refusal.done"]
    refusal: str


class FunctionToolCallArgumentsDeltaEvent(BaseModel):
    type: Literal["tool_calls.function.arguments.delta"]
    name: str
    index: int
    arguments: str
    parsed_arguments: object
    arguments_delta: str


class FunctionToolCallArgumentsDoneEvent(BaseModel):
    type: Literal["tool_calls.function.arguments.done"]
    name: str
    index: int
    arguments: str
    parsed_arguments: object


class LogprobsContentDeltaEvent(BaseModel):
    type: Literal["logprobs.content.delta"]
    content: List[ChatCompletionTokenLogprob]
    snapshot: List[ChatCompletionTokenLogprob]


class LogprobsContentDoneEvent(BaseModel):
    type: Literal["logprobs.content.done"]
    content: List[ChatCompletionTokenLogprob]


class LogprobsRefusalDeltaEvent(BaseModel):
    type: Literal["logprobs.refusal.delta"]
    refusal: List[ChatCompletionTokenLogprob]
    snapshot: List[ChatCompletionTokenLogprob]


class LogprobsRefusalDoneEvent(BaseModel):
    type: Literal["logprobs.refusal.done"]
    refusal: List[ChatCompletionTokenLogprob]


ChatCompletionStreamEvent = Union[
    ChunkEvent,
    ContentDeltaEvent,
    ContentDoneEvent[ResponseFormatT],
    RefusalDeltaEvent,
    RefusalDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    LogprobsContentDeltaEvent,
    LogprobsContentDoneEvent,
    LogprobsRefusalDeltaEvent,
    LogprobsRefusalDoneEvent,
]


# ---- accumulation -------------------------------------------------------------------------

def accumulate_delta(acc: Dict[Any, Any], delta: Dict[Any, Any]) -> Dict[Any, Any]:
    """Merge a chunk's delta into the accumulated message (§3.2), in place."""
    for key, delta_value in delta.items():
        if key not in acc or acc[key] is None:
            acc[key] = delta_value
            continue
        acc_value = acc[key]
        # `index` locates list entries and `type` picks a union variant: replaced, never summed
        if key == "index" or key == "type":
            acc[key] = delta_value
            continue
        if isinstance(acc_value, str) and isinstance(delta_value, str):
            acc_value += delta_value
        elif isinstance(acc_value, (int, float)) and isinstance(delta_value, (int, float)):
            acc_value += delta_value
        elif isinstance(acc_value, dict) and isinstance(delta_value, dict):
            acc_value = accumulate_delta(acc_value, delta_value)
        elif isinstance(acc_value, list) and isinstance(delta_value, list):
            # lists of scalars only ever grow; lists of objects are merged by `index`
            if all(isinstance(x, (str, int, float)) for x in acc_value):
                acc_value.extend(delta_value)
                continue
            for entry in delta_value:
                if not isinstance(entry, dict):
                    raise TypeError(f"Unexpected list delta entry is not a dictionary: {entry}")
                try:
                    index = entry["index"]
                except KeyError as e:
                    raise RuntimeError(
                        f"Expected list delta entry to have an `index` key; {entry}") from e
                if not isinstance(index, int):
                    raise TypeError(
                        f"Unexpected, list delta entry `index` value is not an integer; {index}")
                if index < len(acc_value):
                    if not isinstance(acc_value[index], dict):
                        raise TypeError(f"Unexpected list entry is not a dictionary: {acc_value[index]}")
                    acc_value[index] = accumulate_delta(acc_value[index], entry)
                else:
                    acc_value.insert(index, entry)
        acc[key] = acc_value
    return acc


class _ChoiceEventState:
    """Which "done" events one choice has already produced."""

    def __init__(self, *, input_tools: List[Any]) -> None:
        self._input_tools = input_tools
        self._content_done = False
        self._refusal_done = False
        self._logprobs_content_done = False
        self._logprobs_refusal_done = False
        self._done_tool_calls: Set[int] = set()
        self._current_tool_call_index: Optional[int] = None

    def get_done_events(self, *, choice_chunk: ChunkChoice, choice_snapshot: Any,
                        response_format: object) -> List[Any]:
        events: List[Any] = []
        if choice_snapshot.finish_reason:
            events.extend(self._content_done_events(choice_snapshot, response_format))
            index = self._current_tool_call_index
            if index is not None and index not in self._done_tool_calls:
                self._add_tool_done_event(events, choice_snapshot, index)
        for tool_call in choice_chunk.delta.tool_calls or []:
            if self._current_tool_call_index != tool_call.index:
                # a new tool call starts: the text before it and the previous call are complete
                events.extend(self._content_done_events(choice_snapshot, response_format))
                if self._current_tool_call_index is not None:
                    self._add_tool_done_event(events, choice_snapshot, self._current_tool_call_index)
            self._current_tool_call_index = tool_call.index
        return events

    def _content_done_events(self, choice_snapshot: Any, response_format: object) -> List[Any]:
        events: List[Any] = []
        message = choice_snapshot.message
        if message.content and not self._content_done:
            self._content_done = True
            parsed = maybe_parse_content(response_format=response_format, message=message)
            # the complete content now yields an instance instead of the partial JSON
            message.parsed = parsed
            events.append(ContentDoneEvent.construct(type="content.done", content=message.content,
                                                     parsed=parsed))
        if message.refusal is not None and not self._refusal_done:
            self._refusal_done = True
            events.append(RefusalDoneEvent.construct(type="refusal.done", refusal=message.refusal))
        logprobs = choice_snapshot.logprobs
        if logprobs is not None and logprobs.content is not None and not self._logprobs_content_done:
            self._logprobs_content_done = True
            events.append(LogprobsContentDoneEvent.construct(type="logprobs.content.done",
                                                             content=logprobs.content))
        if logprobs is not None and logprobs.refusal is not None and not self._logprobs_refusal_done:
            self._logprobs_refusal_done = True
            events.append(LogprobsRefusalDoneEvent.construct(type="logprobs.refusal.done",
                                                             refusal=logprobs.refusal))
        return events

    def _add_tool_done_event(self, events: List[Any], choice_snapshot: Any, index: int) -> None:
        if index in self._done_tool_calls:
            return
        self._done_tool_calls.add(index)
        tool_calls = choice_snapshot.message.tool_calls or []
        if index >= len(tool_calls):
            return
        tool_call = tool_calls[index]
        if tool_call.type != "function":
            return
        parsed = parse_function_tool_arguments(input_tools=self._input_tools,
                                               function=tool_call.function)
        # the complete arguments now yield an instance instead of the partial JSON
        tool_call.function.parsed_arguments = parsed
        events.append(FunctionToolCallArgumentsDoneEvent.construct(
            type="tool_calls.function.arguments.done", index=index, name=tool_call.function.name,
            arguments=tool_call.function.arguments, parsed_arguments=parsed))


class ChatCompletionStreamState(Generic[ResponseFormatT]):
    """Accumulates chunks into a completion snapshot and derives the stream's events.

    ``handle_chunk(chunk)`` returns the events of one chunk; ``get_final_completion()``
    parses the snapshot like ``parse()`` does.
    """

    def __init__(self, *, input_tools: Union[Iterable[Any], NotGiven] = NOT_GIVEN,
                 response_format: Union[Type[ResponseFormatT], Any, NotGiven] = NOT_GIVEN) -> None:
        self._snapshot: Optional[ParsedChatCompletionSnapshot] = None
        self._choice_states: Dict[int, _ChoiceEventState] = {}
        # one incremental parser per growing text: (choice, -1) for content, (choice, tool)
        self._partial: Dict[Tuple[int, int], PartialJSON] = {}
        self._input_tools: List[Any] = [] if isinstance(input_tools, NotGiven) else list(input_tools)
        self._response_format = response_format
        self._rich_response_format: object = (response_format if isinstance(response_format, type)
                                              else NOT_GIVEN)

    def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        return parse_chat_completion(chat_completion=self.current_completion_snapshot,
                                     response_format=self._rich_response_format,
                                     input_tools=self._input_tools)

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        if self._snapshot is None:
            raise AssertionError("no chunk has been received yet")
        return self._snapshot

    def handle_chunk(self, chunk: ChatCompletionChunk) -> List[ChatCompletionStreamEvent[ResponseFormatT]]:
        self._snapshot = self._accumulate_chunk(chunk)
        return self._build_events(chunk, self._snapshot)

    def _parse_partial(self, key: Tuple[int, int], text: str) -> Any:
        parser = self._partial.get(key)
        if parser is None:
            parser = self._partial[key] = PartialJSON()
        return parser.parse(text)

    def _choice_state(self, index: int) -> _ChoiceEventState:
        state = self._choice_states.get(index)
        if state is None:
            state = self._choice_states[index] = _ChoiceEventState(input_tools=self._input_tools)
        return state

    def _accumulate_chunk(self, chunk: ChatCompletionChunk) -> ParsedChatCompletionSnapshot:
        snapshot = self._snapshot
        if snapshot is None:
            return _initial_snapshot(chunk)
        for choice in chunk.choices:
            choice_snapshot = _find_choice(snapshot, choice.index)
            if choice_snapshot is None:
                choice_snapshot = ParsedChoice.construct(_choice_data(choice))
                snapshot.choices.append(choice_snapshot)
            else:
                previous_calls = choice_snapshot.message.tool_calls or []
                merged = accumulate_delta(choice_snapshot.message.model_dump(exclude_unset=True),
                                          choice.delta.to_dict())
                choice_snapshot.message = ParsedChatCompletionMessage.construct(merged)
                # dumping turned already-parsed arguments into dicts: put the objects back
                new_calls = choice_snapshot.message.tool_calls or []
                for position, previous in enumerate(previous_calls):
                    if position < len(new_calls) and previous.type == "function":
                        new_calls[position].function.parsed_arguments = (
                            previous.function.parsed_arguments)

            if choice.finish_reason:
                choice_snapshot.finish_reason = choice.finish_reason
                if has_parseable_input(response_format=self._response_format,
                                       input_tools=self._input_tools):
                    if choice.finish_reason == "length":
                        raise LengthFinishReasonError(completion=snapshot)
                    if choice.finish_reason == "content_filter":
                        raise ContentFilterFinishReasonError()

            message = choice_snapshot.message
            if (message.content and not message.refusal
                    and has_rich_response_format(self._rich_response_format)
                    and message.content.lstrip()):
                message.parsed = self._parse_partial((choice.index, -1), message.content)

            for tool_call_chunk in choice.delta.tool_calls or []:
                calls = message.tool_calls or []
                if tool_call_chunk.index >= len(calls):
                    continue
                call = calls[tool_call_chunk.index]
                if call.type != "function":
                    continue
                tool = get_input_tool_by_name(input_tools=self._input_tools, name=call.function.name)
                if tool and (tool.get("function") or {}).get("strict") and call.function.arguments:
                    call.function.parsed_arguments = self._parse_partial(
                        (choice.index, tool_call_chunk.index), call.function.arguments)

            if choice.logprobs is not None:
                if choice_snapshot.logprobs is None:
                    choice_snapshot.logprobs = ChoiceLogprobs.construct(
                        content=choice.logprobs.content, refusal=choice.logprobs.refusal)
                else:
                    if choice.logprobs.content:
                        if choice_snapshot.logprobs.content is None:
                            choice_snapshot.logprobs.content = []
                        choice_snapshot.logprobs.content.extend(choice.logprobs.content)
                    if choice.logprobs.refusal:
                        if choice_snapshot.logprobs.refusal is None:
                            choice_snapshot.logprobs.refusal = []
                        choice_snapshot.logprobs.refusal.extend(choice.logprobs.refusal)

        # the last chunk (stream_options.include_usage) carries the usage; earlier ones null
        snapshot.usage = chunk.usage
        snapshot.system_fingerprint = chunk.system_fingerprint
        return snapshot

    def _build_events(self, chunk: ChatCompletionChunk,
                      snapshot: ParsedChatCompletionSnapshot) -> List[Any]:
        events: List[Any] = [ChunkEvent.construct(type="chunk", chunk=chunk, snapshot=snapshot)]
        for choice in chunk.choices:
            state = self._choice_state(choice.index)
            choice_snapshot = _find_choice(snapshot, choice.index)
            assert choice_snapshot is not None
            message = choice_snapshot.message
            if choice.delta.content is not None and message.content is not None:
                events.append(ContentDeltaEvent.construct(
                    type="content.delta", delta=choice.delta.content, snapshot=message.content,
                    parsed=message.parsed))
            if choice.delta.refusal is not None and message.refusal is not None:
                events.append(RefusalDeltaEvent.construct(
                    type="refusal.delta", delta=choice.delta.refusal, snapshot=message.refusal))
            if choice.delta.tool_calls:
                calls = message.tool_calls or []
                for tool_call_delta in choice.delta.tool_calls:
                    if tool_call_delta.index >= len(calls):
                        continue
                    call = calls[tool_call_delta.index]
                    if call.type != "function":
                        continue
                    fn_delta = tool_call_delta.function
                    events.append(FunctionToolCallArgumentsDeltaEvent.construct(
                        type="tool_calls.function.arguments.delta", name=call.function.name,
                        index=tool_call_delta.index, arguments=call.function.arguments,
                        parsed_arguments=call.function.parsed_arguments,
                        arguments_delta=(fn_delta.arguments if fn_delta is not None else None) or ""))
            logprobs = choice_snapshot.logprobs
            if choice.logprobs is not None and logprobs is not None:
                if choice.logprobs.content and logprobs.content:
                    events.append(LogprobsContentDeltaEvent.construct(
                        type="logprobs.content.delta", content=choice.logprobs.content,
                        snapshot=logprobs.content))
                if choice.logprobs.refusal and logprobs.refusal:
                    events.append(LogprobsRefusalDeltaEvent.construct(
                        type="logprobs.refusal.delta", refusal=choice.logprobs.refusal,
                        snapshot=logprobs.refusal))
            events.extend(state.get_done_events(choice_chunk=choice, choice_snapshot=choice_snapshot,
                                                response_format=self._response_format))
        return events


def _choice_data(choice: ChunkChoice) -> Dict[str, Any]:
    data = choice.model_dump(exclude_unset=True, exclude={"delta"})
    data["message"] = choice.delta.to_dict()
    return data


def _find_choice(snapshot: ParsedChatCompletionSnapshot, index: int) -> Optional[Any]:
    choices = snapshot.choices
    # choices arrive in index order, so the position is almost always the index
    if index < len(choices) and choices[index].index == index:
        return choices[index]
    for choice in choices:
        if choice.index == index:
            return choice
    return None


def _initial_snapshot(chunk: ChatCompletionChunk) -> ParsedChatCompletionSnapshot:
    data = chunk.to_dict()
    data.pop("obfuscation", None)
    data["choices"] = [_choice_data(choice) for choice in chunk.choices]
    return ParsedChatCompletion.construct({"system_fingerprint": None, **data,
                                           "object": "chat.completion"})


def _is_chunk(item: Any) -> bool:
    # Azure interleaves content-filter records that are not completion chunks
    return getattr(item, "object", None) == "chat.completion.chunk"


# ---- streams and their managers ----------------------------------------------------------

class ChatCompletionStream(Generic[ResponseFormatT]):
    """Iterate for events; ``get_final_completion()`` consumes the rest and parses."""

    def __init__(self, *, raw_stream: "Stream[ChatCompletionChunk]",
                 response_format: Union[Type[ResponseFormatT], Any, NotGiven],
                 input_tools: Union[Iterable[Any], NotGiven]) -> None:
        self._raw_stream = raw_stream
        self._response = raw_stream.response
        self._state: ChatCompletionStreamState[ResponseFormatT] = ChatCompletionStreamState(
            response_format=response_format, input_tools=input_tools)
        self._iterator = self.__stream__()

    def __next__(self) -> ChatCompletionStreamEvent[ResponseFormatT]:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        for item in self._iterator:
            yield item

    def __enter__(self) -> "ChatCompletionStream[ResponseFormatT]":
        return self

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                 exc_tb: Optional[TracebackType]) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection; the rest of the stream is not read."""
        self._raw_stream.close()

    def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        self.until_done()
        return self._state.get_final_completion()

    def until_done(self) -> "ChatCompletionStream[ResponseFormatT]":
        for _ in self:
            pass
        return self

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        return self._state.current_completion_snapshot

    def __stream__(self) -> Iterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        for chunk in self._raw_stream:
            if _is_chunk(chunk):
                yield from self._state.handle_chunk(chunk)


class ChatCompletionStreamManager(Generic[ResponseFormatT]):
    """``with client.chat.completions.stream(...) as stream:`` — the request is sent on
    entering, the connection released on leaving."""

    def __init__(self, api_request: Callable[[], "Stream[ChatCompletionChunk]"], *,
                 response_format: Union[Type[ResponseFormatT], Any, NotGiven],
                 input_tools: Union[Iterable[Any], NotGiven]) -> None:
        self._stream: Optional[ChatCompletionStream[ResponseFormatT]] = None
        self._api_request = api_request
        self._response_format = response_format
        self._input_tools = input_tools

    def __enter__(self) -> ChatCompletionStream[ResponseFormatT]:
        self._stream = ChatCompletionStream(raw_stream=self._api_request(),
                                            response_format=self._response_format,
                                            input_tools=self._input_tools)
        return self._stream

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                 exc_tb: Optional[TracebackType]) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncChatCompletionStream(Generic[ResponseFormatT]):
    """``async for event in stream``; ``await stream.get_final_completion()``."""

    def __init__(self, *, raw_stream: "AsyncStream[ChatCompletionChunk]",
                 response_format: Union[Type[ResponseFormatT], Any, NotGiven],
                 input_tools: Union[Iterable[Any], NotGiven]) -> None:
        self._raw_stream = raw_stream
        self._response = raw_stream.response
        self._state: ChatCompletionStreamState[ResponseFormatT] = ChatCompletionStreamState(
            response_format=response_format, input_tools=input_tools)
        self._iterator = self.__stream__()

    async def __anext__(self) -> ChatCompletionStreamEvent[ResponseFormatT]:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        async for item in self._iterator:
            yield item

    async def __aenter__(self) -> "AsyncChatCompletionStream[ResponseFormatT]":
        return self

    async def __aexit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                        exc_tb: Optional[TracebackType]) -> None:
        await self.close()

    async def close(self) -> None:
        await self._raw_stream.close()

    async def get_final_completion(self) -> ParsedChatCompletion[ResponseFormatT]:
        await self.until_done()
        return self._state.get_final_completion()

    async def until_done(self) -> "AsyncChatCompletionStream[ResponseFormatT]":
        async for _ in self:
            pass
        return self

    @property
    def current_completion_snapshot(self) -> ParsedChatCompletionSnapshot:
        return self._state.current_completion_snapshot

    async def __stream__(self) -> AsyncIterator[ChatCompletionStreamEvent[ResponseFormatT]]:
        async for chunk in self._raw_stream:
            if _is_chunk(chunk):
                for event in self._state.handle_chunk(chunk):
                    yield event


class AsyncChatCompletionStreamManager(Generic[ResponseFormatT]):
    """``async with client.chat.completions.stream(...) as stream:`` — the request is sent
    on entering (not when ``stream()`` is called), the connection released on leaving."""

    def __init__(self, api_request: Callable[[], Awaitable["AsyncStream[ChatCompletionChunk]"]], *,
                 response_format: Union[Type[ResponseFormatT], Any, NotGiven],
                 input_tools: Union[Iterable[Any], NotGiven]) -> None:
        self._stream: Optional[AsyncChatCompletionStream[ResponseFormatT]] = None
        self._api_request = api_request
        self._response_format = response_format
        self._input_tools = input_tools

    async def __aenter__(self) -> AsyncChatCompletionStream[ResponseFormatT]:
        raw_stream = await self._api_request()
        self._stream = AsyncChatCompletionStream(raw_stream=raw_stream,
                                                 response_format=self._response_format,
                                                 input_tools=self._input_tools)
        return self._stream

    async def __aexit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                        exc_tb: Optional[TracebackType]) -> None:
        if self._stream is not None:
            await self._stream.close()
