from __future__ import annotations

from typing import Union

from ..responses.response_apply_patch_tool_call import ResponseApplyPatchToolCall
from ..responses.response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
from ..responses.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from ..responses.response_compaction_item import ResponseCompactionItem
from ..responses.response_computer_tool_call import ResponseComputerToolCall
from ..responses.response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
from ..responses.response_custom_tool_call import ResponseCustomToolCall
from ..responses.response_custom_tool_call_output import ResponseCustomToolCallOutput
from ..responses.response_file_search_tool_call import ResponseFileSearchToolCall
from ..responses.response_function_shell_tool_call import ResponseFunctionShellToolCall
from ..responses.response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput
from ..responses.response_function_tool_call_item import ResponseFunctionToolCallItem
from ..responses.response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem
from ..responses.response_function_web_search import ResponseFunctionWebSearch
from ..responses.response_item import LocalShellCallOutput, McpApprovalResponse
from ..responses.response_output_item import (
    ImageGenerationCall, LocalShellCall, McpApprovalRequest, McpCall, McpListTools,
)
from ..responses.response_reasoning_item import ResponseReasoningItem
from .message import Message

__all__ = ["ConversationItem"]

ConversationItem = Union[
    Message,
    ResponseFunctionToolCallItem,
    ResponseFunctionToolCallOutputItem,
    ResponseFileSearchToolCall,
    ResponseFunctionWebSearch,
    ImageGenerationCall,
    ResponseComputerToolCall,
    ResponseComputerToolCallOutputItem,
    ResponseReasoningItem,
    ResponseCompactionItem,
    ResponseCodeInterpreterToolCall,
    LocalShellCall,
    LocalShellCallOutput,
    ResponseFunctionShellToolCall,
    ResponseFunctionShellToolCallOutput,
    ResponseApplyPatchToolCall,
    ResponseApplyPatchToolCallOutput,
    McpListTools,
    McpApprovalRequest,
    McpApprovalResponse,
    McpCall,
    ResponseCustomToolCall,
    ResponseCustomToolCallOutput,
]
