"""Run step types (``openai.types.beta.threads.runs``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...._lazy import lazy_exports

_EXPORTS = {
    "CodeInterpreterToolCall": ".code_interpreter_tool_call",
    "CodeInterpreterToolCallDelta": ".code_interpreter_tool_call_delta",
    "FileSearchToolCall": ".file_search_tool_call",
    "FileSearchToolCallDelta": ".file_search_tool_call_delta",
    "FunctionToolCall": ".function_tool_call",
    "FunctionToolCallDelta": ".function_tool_call_delta",
    "MessageCreationStepDetails": ".message_creation_step_details",
    "RunStep": ".run_step",
    "RunStepDelta": ".run_step_delta",
    "RunStepDeltaEvent": ".run_step_delta_event",
    "RunStepDeltaMessageDelta": ".run_step_delta_message_delta",
    "ToolCall": ".tool_call",
    "ToolCallDelta": ".tool_call_delta",
    "ToolCallDeltaObject": ".tool_call_delta_object",
    "ToolCallsStepDetails": ".tool_calls_step_details",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .code_interpreter_tool_call import CodeInterpreterToolCall as CodeInterpreterToolCall
    from .code_interpreter_tool_call_delta import CodeInterpreterToolCallDelta as CodeInterpreterToolCallDelta
    from .file_search_tool_call import FileSearchToolCall as FileSearchToolCall
    from .file_search_tool_call_delta import FileSearchToolCallDelta as FileSearchToolCallDelta
    from .function_tool_call import FunctionToolCall as FunctionToolCall
    from .function_tool_call_delta import FunctionToolCallDelta as FunctionToolCallDelta
    from .message_creation_step_details import MessageCreationStepDetails as MessageCreationStepDetails
    from .run_step import RunStep as RunStep
    from .run_step_delta import RunStepDelta as RunStepDelta
    from .run_step_delta_event import RunStepDeltaEvent as RunStepDeltaEvent
    from .run_step_delta_message_delta import RunStepDeltaMessageDelta as RunStepDeltaMessageDelta
    from .tool_call import ToolCall as ToolCall
    from .tool_call_delta import ToolCallDelta as ToolCallDelta
    from .tool_call_delta_object import ToolCallDeltaObject as ToolCallDeltaObject
    from .tool_calls_step_details import ToolCallsStepDetails as ToolCallsStepDetails
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
