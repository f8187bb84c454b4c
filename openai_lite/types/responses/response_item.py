from __future__ import annotations

from typing import Literal, Optional, Union

from ..._models import BaseModel
from .response_apply_patch_tool_call import ResponseApplyPatchToolCall
from .response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from .response_compaction_item import ResponseCompactionItem
from .response_computer_tool_call import ResponseComputerToolCall
from .response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
from .response_custom_tool_call import ResponseCustomToolCall
from .response_custom_tool_call_output import ResponseCustomToolCallOutput
from .response_file_search_tool_call import ResponseFileSearchToolCall
from .response_function_shell_tool_call import ResponseFunctionShellToolCall
from .response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput
from .response_function_tool_call_item import ResponseFunctionToolCallItem
from .response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem
from .response_function_web_search import ResponseFunctionWebSearch
from .response_input_message_item import ResponseInputMessageItem
from .response_output_item import (
    ImageGenerationCall, LocalShellCall, McpApprovalRequest, McpCall, McpListTools,
)
from .response_output_message import ResponseOutputMessage
from .response_reasoning_item import ResponseReasoningItem

__all__ = ["ResponseItem", "LocalShellCallOutput", "McpApprovalResponse"]


class LocalShellCallOutput(BaseModel):
    id: str
    output: str
    type: Literal["local_shell_call_output"]
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None


class McpApprovalResponse(BaseModel):
    id: str
    approval_request_id: str
    approve: bool
    type: Literal["mcp_approval_response"]
    reason: Optional[str] = None


# Input and output messages share `type: "message"`; the role tells them apart
# (assistant for output), which the union's best-fit matching checks.
ResponseItem = Union[
    ResponseInputMessageItem,
    ResponseOutputMessage,
    ResponseFileSearchToolCall,
    ResponseComputerToolCall,
    ResponseComputerToolCallOutputItem,
    ResponseFunctionWebSearch,
    ResponseFunctionToolCallItem,
    ResponseFunctionToolCallOutputItem,
    ResponseReasoningItem,
    ResponseCompactionItem,
    ImageGenerationCall,
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
