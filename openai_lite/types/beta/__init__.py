"""Beta API types (``openai.types.beta``): Assistants, threads, ChatKit, realtime, responses;
loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {
    "Assistant": ".assistant",
    "AssistantDeleted": ".assistant_deleted",
    "AssistantResponseFormatOption": ".assistant_response_format_option",
    "AssistantStreamEvent": ".assistant_stream_event",
    "AssistantTool": ".assistant_tool",
    "AssistantToolChoice": ".assistant_tool_choice",
    "AssistantToolChoiceOption": ".assistant_tool_choice_option",
    "CodeInterpreterTool": ".code_interpreter_tool",
    "ErrorEvent": ".assistant_stream_event",
    "FileSearchTool": ".file_search_tool",
    "FunctionTool": ".function_tool",
    "Thread": ".thread",
    "ThreadCreated": ".assistant_stream_event",
    "ThreadDeleted": ".thread_deleted",
    "ThreadMessageCompleted": ".assistant_stream_event",
    "ThreadMessageCreated": ".assistant_stream_event",
    "ThreadMessageDelta": ".assistant_stream_event",
    "ThreadMessageInProgress": ".assistant_stream_event",
    "ThreadMessageIncomplete": ".assistant_stream_event",
    "ThreadRunCancelled": ".assistant_stream_event",
    "ThreadRunCancelling": ".assistant_stream_event",
    "ThreadRunCompleted": ".assistant_stream_event",
    "ThreadRunCreated": ".assistant_stream_event",
    "ThreadRunExpired": ".assistant_stream_event",
    "ThreadRunFailed": ".assistant_stream_event",
    "ThreadRunInProgress": ".assistant_stream_event",
    "ThreadRunIncomplete": ".assistant_stream_event",
    "ThreadRunQueued": ".assistant_stream_event",
    "ThreadRunRequiresAction": ".assistant_stream_event",
    "ThreadRunStepCancelled": ".assistant_stream_event",
    "ThreadRunStepCompleted": ".assistant_stream_event",
    "ThreadRunStepCreated": ".assistant_stream_event",
    "ThreadRunStepDelta": ".assistant_stream_event",
    "ThreadRunStepExpired": ".assistant_stream_event",
    "ThreadRunStepFailed": ".assistant_stream_event",
    "ThreadRunStepInProgress": ".assistant_stream_event",
    "chatkit": ".chatkit",
    "realtime": ".realtime",
    "responses": ".responses",
    "threads": ".threads",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .assistant import Assistant as Assistant
    from .assistant_deleted import AssistantDeleted as AssistantDeleted
    from .assistant_response_format_option import AssistantResponseFormatOption as AssistantResponseFormatOption
    from .assistant_stream_event import AssistantStreamEvent as AssistantStreamEvent
    from .assistant_tool import AssistantTool as AssistantTool
    from .assistant_tool_choice import AssistantToolChoice as AssistantToolChoice
    from .assistant_tool_choice_option import AssistantToolChoiceOption as AssistantToolChoiceOption
    from .code_interpreter_tool import CodeInterpreterTool as CodeInterpreterTool
    from .assistant_stream_event import ErrorEvent as ErrorEvent
    from .file_search_tool import FileSearchTool as FileSearchTool
    from .function_tool import FunctionTool as FunctionTool
    from .thread import Thread as Thread
    from .assistant_stream_event import ThreadCreated as ThreadCreated
    from .thread_deleted import ThreadDeleted as ThreadDeleted
    from .assistant_stream_event import ThreadMessageCompleted as ThreadMessageCompleted
    from .assistant_stream_event import ThreadMessageCreated as ThreadMessageCreated
    from .assistant_stream_event import ThreadMessageDelta as ThreadMessageDelta
    from .assistant_stream_event import ThreadMessageInProgress as ThreadMessageInProgress
    from .assistant_stream_event import ThreadMessageIncomplete as ThreadMessageIncomplete
    from .assistant_stream_event import ThreadRunCancelled as ThreadRunCancelled
    from .assistant_stream_event import ThreadRunCancelling as ThreadRunCancelling
    from .assistant_stream_event import ThreadRunCompleted as ThreadRunCompleted
    from .assistant_stream_event import ThreadRunCreated as ThreadRunCreated
    from .assistant_stream_event import ThreadRunExpired as ThreadRunExpired
    from .assistant_stream_event import ThreadRunFailed as ThreadRunFailed
    from .assistant_stream_event import ThreadRunInProgress as ThreadRunInProgress
    from .assistant_stream_event import ThreadRunIncomplete as ThreadRunIncomplete
    from .assistant_stream_event import ThreadRunQueued as ThreadRunQueued
    from .assistant_stream_event import ThreadRunRequiresAction as ThreadRunRequiresAction
    from .assistant_stream_event import ThreadRunStepCancelled as ThreadRunStepCancelled
    from .assistant_stream_event import ThreadRunStepCompleted as ThreadRunStepCompleted
    from .assistant_stream_event import ThreadRunStepCreated as ThreadRunStepCreated
    from .assistant_stream_event import ThreadRunStepDelta as ThreadRunStepDelta
    from .assistant_stream_event import ThreadRunStepExpired as ThreadRunStepExpired
    from .assistant_stream_event import ThreadRunStepFailed as ThreadRunStepFailed
    from .assistant_stream_event import ThreadRunStepInProgress as ThreadRunStepInProgress
    from . import chatkit as chatkit
    from . import realtime as realtime
    from . import responses as responses
    from . import threads as threads
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
