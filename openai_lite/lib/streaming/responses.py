"""``client.responses.stream(...)``: a context manager over a Responses event stream that
also assembles the response as it arrives.

Four events gain fields on the way through: text and function-argument deltas carry the
text accumulated so far (``snapshot``), ``response.output_text.done`` carries the text
parsed into ``text_format`` (``parsed``), and ``response.completed`` carries the
``ParsedResponse``. Every other event is passed through as the API sent it.
"""
from __future__ import annotations

from types import TracebackType
from typing import (TYPE_CHECKING, Any, AsyncIterator, Awaitable, Callable, Generic, Iterator, List,
                    Optional, Type, TypeVar, Union)

from ...resources.responses._parsing import parse_response, parse_text
from ...types.responses.parsed_response import ParsedResponse
from ...types.responses.response import Response
from ...types.responses.response_completed_event import (
    ResponseCompletedEvent as RawResponseCompletedEvent,
)
from ...types.responses.response_function_call_arguments_delta_event import (
    ResponseFunctionCallArgumentsDeltaEvent as RawResponseFunctionCallArgumentsDeltaEvent,
)
from ...types.responses.response_stream_event import ResponseStreamEvent as RawResponseStreamEvent
from ...types.responses.response_text_delta_event import (
    ResponseTextDeltaEvent as RawResponseTextDeltaEvent,
)
from ...types.responses.response_text_done_event import (
    ResponseTextDoneEvent as RawResponseTextDoneEvent,
)
from ...types.responses.response_audio_delta_event import ResponseAudioDeltaEvent
from ...types.responses.response_audio_done_event import ResponseAudioDoneEvent
from ...types.responses.response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
from ...types.responses.response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
from ...types.responses.response_code_interpreter_call_code_delta_event import ResponseCodeInterpreterCallCodeDeltaEvent
from ...types.responses.response_code_interpreter_call_code_done_event import ResponseCodeInterpreterCallCodeDoneEvent
from ...types.responses.response_code_interpreter_call_completed_event import ResponseCodeInterpreterCallCompletedEvent
from ...types.responses.response_code_interpreter_call_in_progress_event import ResponseCodeInterpreterCallInProgressEvent
from ...types.responses.response_code_interpreter_call_interpreting_event import ResponseCodeInterpreterCallInterpretingEvent
from ...types.responses.response_content_part_added_event import ResponseContentPartAddedEvent
from ...types.responses.response_content_part_done_event import ResponseContentPartDoneEvent
from ...types.responses.response_created_event import ResponseCreatedEvent
from ...types.responses.response_custom_tool_call_input_delta_event import ResponseCustomToolCallInputDeltaEvent
from ...types.responses.response_custom_tool_call_input_done_event import ResponseCustomToolCallInputDoneEvent
from ...types.responses.response_error_event import ResponseErrorEvent
from ...types.responses.response_failed_event import ResponseFailedEvent
from ...types.responses.response_file_search_call_completed_event import ResponseFileSearchCallCompletedEvent
from ...types.responses.response_file_search_call_in_progress_event import ResponseFileSearchCallInProgressEvent
from ...types.responses.response_file_search_call_searching_event import ResponseFileSearchCallSearchingEvent
from ...types.responses.response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
from ...types.responses.response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent
from ...types.responses.response_image_gen_call_generating_event import ResponseImageGenCallGeneratingEvent
from ...types.responses.response_image_gen_call_in_progress_event import ResponseImageGenCallInProgressEvent
from ...types.responses.response_image_gen_call_partial_image_event import ResponseImageGenCallPartialImageEvent
from ...types.responses.response_in_progress_event import ResponseInProgressEvent
from ...types.responses.response_incomplete_event import ResponseIncompleteEvent
from ...types.responses.response_mcp_call_arguments_delta_event import ResponseMcpCallArgumentsDeltaEvent
from ...types.responses.response_mcp_call_arguments_done_event import ResponseMcpCallArgumentsDoneEvent
from ...types.responses.response_mcp_call_completed_event import ResponseMcpCallCompletedEvent
from ...types.responses.response_mcp_call_failed_event import ResponseMcpCallFailedEvent
from ...types.responses.response_mcp_call_in_progress_event import ResponseMcpCallInProgressEvent
from ...types.responses.response_mcp_list_tools_completed_event import ResponseMcpListToolsCompletedEvent
from ...types.responses.response_mcp_list_tools_failed_event import ResponseMcpListToolsFailedEvent
from ...types.responses.response_mcp_list_tools_in_progress_event import ResponseMcpListToolsInProgressEvent
from ...types.responses.response_output_item_added_event import ResponseOutputItemAddedEvent
from ...types.responses.response_output_item_done_event import ResponseOutputItemDoneEvent
from ...types.responses.response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent
from ...types.responses.response_queued_event import ResponseQueuedEvent
from ...types.responses.response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent
from ...types.responses.response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
from ...types.responses.response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
from ...types.responses.response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
from ...types.responses.response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
from ...types.responses.response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
from ...types.responses.response_refusal_delta_event import ResponseRefusalDeltaEvent
from ...types.responses.response_refusal_done_event import ResponseRefusalDoneEvent
from ...types.responses.response_shell_call_command_added_event import ResponseShellCallCommandAddedEvent
from ...types.responses.response_shell_call_command_delta_event import ResponseShellCallCommandDeltaEvent
from ...types.responses.response_shell_call_command_done_event import ResponseShellCallCommandDoneEvent
from ...types.responses.response_shell_call_output_content_delta_event import ResponseShellCallOutputContentDeltaEvent
from ...types.responses.response_shell_call_output_content_done_event import ResponseShellCallOutputContentDoneEvent
from ...types.responses.response_web_search_call_completed_event import ResponseWebSearchCallCompletedEvent
from ...types.responses.response_web_search_call_in_progress_event import ResponseWebSearchCallInProgressEvent
from ...types.responses.response_web_search_call_searching_event import ResponseWebSearchCallSearchingEvent

if TYPE_CHECKING:
    from ..._streaming import AsyncStream, Stream

__all__ = [
    "TextFormatT", "ResponseStreamEvent", "ResponseTextDeltaEvent", "ResponseTextDoneEvent",
    "ResponseFunctionCallArgumentsDeltaEvent", "ResponseCompletedEvent", "ResponseStreamState",
    "ResponseStream", "ResponseStreamManager", "AsyncResponseStream", "AsyncResponseStreamManager",
]

TextFormatT = TypeVar("TextFormatT")


class ResponseTextDeltaEvent(RawResponseTextDeltaEvent):
    snapshot: str


class ResponseTextDoneEvent(RawResponseTextDoneEvent, Generic[TextFormatT]):
    parsed: Optional[TextFormatT] = None


class ResponseFunctionCallArgumentsDeltaEvent(RawResponseFunctionCallArgumentsDeltaEvent):
    snapshot: str


class ResponseCompletedEvent(RawResponseCompletedEvent, Generic[TextFormatT]):
    if TYPE_CHECKING:
        response: ParsedResponse[TextFormatT]
    else:
        response: ParsedResponse


ResponseStreamEvent = Union[
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent[TextFormatT],
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseCompletedEvent[TextFormatT],
    ResponseAudioDeltaEvent,
    ResponseAudioDoneEvent,
    ResponseAudioTranscriptDeltaEvent,
    ResponseAudioTranscriptDoneEvent,
    ResponseCodeInterpreterCallCodeDeltaEvent,
    ResponseCodeInterpreterCallCodeDoneEvent,
    ResponseCodeInterpreterCallCompletedEvent,
    ResponseCodeInterpreterCallInProgressEvent,
    ResponseCodeInterpreterCallInterpretingEvent,
    ResponseContentPartAddedEvent,
    ResponseContentPartDoneEvent,
    ResponseCreatedEvent,
    ResponseCustomToolCallInputDeltaEvent,
    ResponseCustomToolCallInputDoneEvent,
    ResponseErrorEvent,
    ResponseFailedEvent,
    ResponseFileSearchCallCompletedEvent,
    ResponseFileSearchCallInProgressEvent,
    ResponseFileSearchCallSearchingEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ResponseImageGenCallCompletedEvent,
    ResponseImageGenCallGeneratingEvent,
    ResponseImageGenCallInProgressEvent,
    ResponseImageGenCallPartialImageEvent,
    ResponseInProgressEvent,
    ResponseIncompleteEvent,
    ResponseMcpCallArgumentsDeltaEvent,
    ResponseMcpCallArgumentsDoneEvent,
    ResponseMcpCallCompletedEvent,
    ResponseMcpCallFailedEvent,
    ResponseMcpCallInProgressEvent,
    ResponseMcpListToolsCompletedEvent,
    ResponseMcpListToolsFailedEvent,
    ResponseMcpListToolsInProgressEvent,
    ResponseOutputItemAddedEvent,
    ResponseOutputItemDoneEvent,
    ResponseOutputTextAnnotationAddedEvent,
    ResponseQueuedEvent,
    ResponseReasoningSummaryPartAddedEvent,
    ResponseReasoningSummaryPartDoneEvent,
    ResponseReasoningSummaryTextDeltaEvent,
    ResponseReasoningSummaryTextDoneEvent,
    ResponseReasoningTextDeltaEvent,
    ResponseReasoningTextDoneEvent,
    ResponseRefusalDeltaEvent,
    ResponseRefusalDoneEvent,
    ResponseShellCallCommandAddedEvent,
    ResponseShellCallCommandDeltaEvent,
    ResponseShellCallCommandDoneEvent,
    ResponseShellCallOutputContentDeltaEvent,
    ResponseShellCallOutputContentDoneEvent,
    ResponseWebSearchCallCompletedEvent,
    ResponseWebSearchCallInProgressEvent,
    ResponseWebSearchCallSearchingEvent,
]


def _copy(model: Any) -> Any:
    # The snapshot is mutated as deltas arrive; the objects handed to the caller are not.
    return type(model)._lite_build(model.to_dict())


def _with(cls: Any, event: Any, **extra: Any) -> Any:
    """``event`` rebuilt as the richer ``cls``, keeping what the API sent (extras too)."""
    data = event.to_dict()
    data.update(extra)
    return cls._lite_build(data)


class ResponseStreamState(Generic[TextFormatT]):
    """Feeds on raw events; keeps the response assembled so far."""

    def __init__(self, *, input_tools: Any, text_format: Any) -> None:
        self._input_tools = input_tools
        self._text_format = text_format
        self._snapshot: Optional[Response] = None
        self._completed: Optional[ParsedResponse[TextFormatT]] = None

    @property
    def current_snapshot(self) -> Optional[Response]:
        return self._snapshot

    def handle_event(self, event: RawResponseStreamEvent) -> List[ResponseStreamEvent[TextFormatT]]:
        snapshot = self._snapshot
        if snapshot is None:
            if event.type != "response.created":
                raise RuntimeError(f"Expected to have received `response.created` before `{event.type}`")
            # a copy: the snapshot grows, the event the caller was given must not
            self._snapshot = Response._lite_build(event.response.to_dict())
            return [event]
        if event.type == "response.output_item.added":
            snapshot.output.append(_copy(event.item))
        elif event.type == "response.output_item.done":
            if 0 <= event.output_index < len(snapshot.output):
                snapshot.output[event.output_index] = _copy(event.item)
        elif event.type == "response.content_part.added":
            item = self._item(event.output_index)
            if item is not None and item.type == "message" and event.part.type != "reasoning_text":
                item.content.append(_copy(event.part))
        elif event.type == "response.output_text.delta":
            item = self._item(event.output_index)
            text = ""
            if item is not None and item.type == "message" and event.content_index < len(item.content):
                part = item.content[event.content_index]
                if part.type == "output_text":
                    part.text += event.delta
                    text = part.text
            return [_with(ResponseTextDeltaEvent, event, snapshot=text)]
        elif event.type == "response.output_text.done":
            return [_with(ResponseTextDoneEvent, event,
                          parsed=parse_text(event.text, self._text_format))]
        elif event.type == "response.function_call_arguments.delta":
            item = self._item(event.output_index)
            arguments = ""
            if item is not None and item.type == "function_call":
                item.arguments += event.delta
                arguments = item.arguments
            return [_with(ResponseFunctionCallArgumentsDeltaEvent, event, snapshot=arguments)]
        elif event.type == "response.completed":
            self._completed = parse_response(text_format=self._text_format,
                                             input_tools=self._input_tools, response=event.response)
            completed = _with(ResponseCompletedEvent, event)
            completed.response = self._completed
            return [completed]
        return [event]

    def _item(self, index: int) -> Any:
        output = self._snapshot.output if self._snapshot is not None else []
        return output[index] if 0 <= index < len(output) else None

    def final_response(self) -> ParsedResponse[TextFormatT]:
        if self._completed is None:
            raise RuntimeError("Didn't receive a `response.completed` event.")
        return self._completed


class ResponseStream(Generic[TextFormatT]):
    def __init__(self, *, raw_stream: "Stream[RawResponseStreamEvent]", text_format: Any,
                 input_tools: Any, starting_after: Optional[int]) -> None:
        self._raw_stream = raw_stream
        self._state: ResponseStreamState[TextFormatT] = ResponseStreamState(
            input_tools=input_tools, text_format=text_format)
        self._starting_after = starting_after
        self._iterator = self.__stream__()

    @property
    def response(self) -> Any:
        """The HTTP response the events are read from."""
        return self._raw_stream.response

    def __next__(self) -> ResponseStreamEvent[TextFormatT]:
        return self._iterator.__next__()

    def __iter__(self) -> Iterator[ResponseStreamEvent[TextFormatT]]:
        for event in self._iterator:
            yield event

    def __stream__(self) -> Iterator[ResponseStreamEvent[TextFormatT]]:
        after = self._starting_after
        for raw in self._raw_stream:
            # every event feeds the snapshot; only the later ones are shown
            for event in self._state.handle_event(raw):
                if after is None or event.sequence_number > after:
                    yield event

    def __enter__(self) -> "ResponseStream[TextFormatT]":
        return self

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                 tb: Optional[TracebackType]) -> None:
        self.close()

    def close(self) -> None:
        self._raw_stream.close()

    def until_done(self) -> "ResponseStream[TextFormatT]":
        for _ in self:
            pass
        return self

    def get_final_response(self) -> ParsedResponse[TextFormatT]:
        self.until_done()
        return self._state.final_response()


class ResponseStreamManager(Generic[TextFormatT]):
    """No request is made until the ``with`` block is entered."""

    def __init__(self, api_request: "Callable[[], Stream[RawResponseStreamEvent]]", *,
                 text_format: Any, input_tools: Any, starting_after: Optional[int]) -> None:
        self._api_request = api_request
        self._text_format = text_format
        self._input_tools = input_tools
        self._starting_after = starting_after
        self._stream: Optional[ResponseStream[TextFormatT]] = None

    def __enter__(self) -> ResponseStream[TextFormatT]:
        self._stream = ResponseStream(raw_stream=self._api_request(), text_format=self._text_format,
                                      input_tools=self._input_tools,
                                      starting_after=self._starting_after)
        return self._stream

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                 tb: Optional[TracebackType]) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncResponseStream(Generic[TextFormatT]):
    def __init__(self, *, raw_stream: "AsyncStream[RawResponseStreamEvent]", text_format: Any,
                 input_tools: Any, starting_after: Optional[int]) -> None:
        self._raw_stream = raw_stream
        self._state: ResponseStreamState[TextFormatT] = ResponseStreamState(
            input_tools=input_tools, text_format=text_format)
        self._starting_after = starting_after
        self._iterator = self.__stream__()

    @property
    def response(self) -> Any:
        return self._raw_stream.response

    async def __anext__(self) -> ResponseStreamEvent[TextFormatT]:
        return await self._iterator.__anext__()

    async def __aiter__(self) -> AsyncIterator[ResponseStreamEvent[TextFormatT]]:
        async for event in self._iterator:
            yield event

    async def __stream__(self) -> AsyncIterator[ResponseStreamEvent[TextFormatT]]:
        after = self._starting_after
        async for raw in self._raw_stream:
            for event in self._state.handle_event(raw):
                if after is None or event.sequence_number > after:
                    yield event

    async def __aenter__(self) -> "AsyncResponseStream[TextFormatT]":
        return self

    async def __aexit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                        tb: Optional[TracebackType]) -> None:
        await self.close()

    async def close(self) -> None:
        await self._raw_stream.close()

    async def until_done(self) -> "AsyncResponseStream[TextFormatT]":
        async for _ in self:
            pass
        return self

    async def get_final_response(self) -> ParsedResponse[TextFormatT]:
        await self.until_done()
        return self._state.final_response()


class AsyncResponseStreamManager(Generic[TextFormatT]):
    """No request is made until the ``async with`` block is entered."""

    def __init__(self, api_request: "Callable[[], Awaitable[AsyncStream[RawResponseStreamEvent]]]", *,
                 text_format: Any, input_tools: Any, starting_after: Optional[int]) -> None:
        self._api_request = api_request
        self._text_format = text_format
        self._input_tools = input_tools
        self._starting_after = starting_after
        self._stream: Optional[AsyncResponseStream[TextFormatT]] = None

    async def __aenter__(self) -> AsyncResponseStream[TextFormatT]:
        raw = await self._api_request()
        self._stream = AsyncResponseStream(raw_stream=raw, text_format=self._text_format,
                                           input_tools=self._input_tools,
                                           starting_after=self._starting_after)
        return self._stream

    async def __aexit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                        tb: Optional[TracebackType]) -> None:
        if self._stream is not None:
            await self._stream.close()
