from __future__ import annotations

from typing import TYPE_CHECKING, Generic, List, Optional, TypeVar, Union

from .response import Response
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
from .response_output_item import (
    ImageGenerationCall, LocalShellCall, McpApprovalRequest, McpCall, McpListTools,
)
from .response_output_message import ResponseOutputMessage
from .response_output_refusal import ResponseOutputRefusal
from .response_output_text import ResponseOutputText
from .response_reasoning_item import ResponseReasoningItem

__all__ = [
    "ParsedResponse", "ParsedResponseOutputMessage", "ParsedResponseOutputText",
    "ParsedResponseFunctionToolCall", "ParsedContent", "ParsedResponseOutputItem",
]

ContentType = TypeVar("ContentType")


class ParsedResponseOutputText(ResponseOutputText, Generic[ContentType]):
    parsed: Optional[ContentType] = None


ParsedContent = Union[ParsedResponseOutputText[ContentType], ResponseOutputRefusal]


class ParsedResponseFunctionToolCall(ResponseFunctionToolCall):
    parsed_arguments: object = None


# The model layer builds plain classes, not parametrised aliases, so at run time the
# annotations name the bare generic classes; type checkers see the parametrised ones.
class ParsedResponseOutputMessage(ResponseOutputMessage, Generic[ContentType]):
    if TYPE_CHECKING:
        content: List[ParsedContent[ContentType]]  # type: ignore[assignment]
    else:
        content: List[Union[ParsedResponseOutputText, ResponseOutputRefusal]]


ParsedResponseOutputItem = Union[
    ParsedResponseOutputMessage[ContentType],
    ParsedResponseFunctionToolCall,
    ResponseFileSearchToolCall,
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

if not TYPE_CHECKING:
    _RuntimeOutputItem = Union[
        ParsedResponseOutputMessage, ParsedResponseFunctionToolCall, ResponseFileSearchToolCall,
        ResponseFunctionWebSearch, ResponseComputerToolCall, ResponseReasoningItem,
        ResponseCompactionItem, ImageGenerationCall, ResponseCodeInterpreterToolCall,
        LocalShellCall, ResponseFunctionShellToolCall, ResponseFunctionShellToolCallOutput,
        ResponseApplyPatchToolCall, ResponseApplyPatchToolCallOutput, McpCall, McpListTools,
        McpApprovalRequest, ResponseCustomToolCall,
    ]


class ParsedResponse(Response, Generic[ContentType]):
    if TYPE_CHECKING:
        output: List[ParsedResponseOutputItem[ContentType]]  # type: ignore[assignment]
    else:
        output: List[_RuntimeOutputItem]

    @property
    def output_parsed(self) -> Optional[ContentType]:
        """The first non-None ``parsed`` among the message outputs."""
        for item in self.output:
            if item.type != "message":
                continue
            for part in item.content:
                if part.type == "output_text" and part.parsed is not None:
                    return part.parsed
        return None
