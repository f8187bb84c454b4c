from __future__ import annotations

from typing import Dict, List, Literal, Optional, Union

from ..._models import BaseModel
from .response_apply_patch_tool_call import ResponseApplyPatchToolCall
from .response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
from .response_compaction_item import ResponseCompactionItem
from .response_computer_tool_call import ResponseComputerToolCall
from .response_custom_tool_call import ResponseCustomToolCall
from .response_file_search_tool_call import ResponseFileSearchToolCall
from .response_function_shell_tool_call import ResponseFunctionShellToolCall
from .response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput
from .response_function_tool_call import ResponseFunctionToolCall
from .response_function_web_search import ResponseFunctionWebSearch
from .response_output_message import ResponseOutputMessage
from .response_reasoning_item import ResponseReasoningItem

__all__ = [
    "ResponseOutputItem", "ImageGenerationCall", "LocalShellCall", "LocalShellCallAction",
    "McpCall", "McpListTools", "McpListToolsTool", "McpApprovalRequest",
]


class ImageGenerationCall(BaseModel):
    id: str
    result: Optional[str]
    status: Literal["in_progress", "completed", "generating", "failed"]
    type: Literal["image_generation_call"]


class LocalShellCallAction(BaseModel):
    command: List[str]
    env: Dict[str, str]
    type: Literal["exec"]
    timeout_ms: Optional[int] = None
    user: Optional[str] = None
    working_directory: Optional[str] = None


class LocalShellCall(BaseModel):
    id: str
    action: LocalShellCallAction
    call_id: str
    status: Literal["in_progress", "completed", "incomplete"]
    type: Literal["local_shell_call"]


class McpCall(BaseModel):
    id: str
    arguments: str
    name: str
    server_label: str
    type: Literal["mcp_call"]
    approval_request_id: Optional[str] = None
    error: Optional[str] = None
    output: Optional[str] = None
    status: Optional[Literal["in_progress", "completed", "incomplete", "calling", "failed"]] = None


class McpListToolsTool(BaseModel):
    input_schema: object
    name: str
    annotations: Optional[object] = None
    description: Optional[str] = None


class McpListTools(BaseModel):
    id: str
    server_label: str
    tools: List[McpListToolsTool]
    type: Literal["mcp_list_tools"]
    error: Optional[str] = None


class McpApprovalRequest(BaseModel):
    id: str
    arguments: str
    name: str
    server_label: str
    type: Literal["mcp_approval_request"]


ResponseOutputItem = Union[
    ResponseOutputMessage,
    ResponseFileSearchToolCall,
    ResponseFunctionToolCall,
    ResponseFunctionWebSearch,
    ResponseComputerToolCall,
    ResponseReasoningItem,
    ResponseCompactionItem,
    ImageGenerationCall,
    ResponseCodeInterpreterToolCall,
    LocalShellCall,
    ResponseFunctionShellToolCall,
    ResponseFunctionShellToolCallOutput,
    ResponseApplyPatchToolCall,
    ResponseApplyPatchToolCallOutput,
    McpCall,
    McpListTools,
    McpApprovalRequest,
    ResponseCustomToolCall,
]
