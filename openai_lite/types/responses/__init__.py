"""Responses API types (``openai.types.responses``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

# public name -> module defining it; a test checks this against the imports below
_EXPORTS = {
    "CompactedResponse": ".compacted_response",
    "ComputerTool": ".computer_tool",
    "CustomTool": ".custom_tool",
    "CustomToolParam": ".custom_tool_param",
    "EasyInputMessageParam": ".easy_input_message_param",
    "FileSearchTool": ".file_search_tool",
    "FileSearchToolParam": ".file_search_tool_param",
    "FunctionTool": ".function_tool",
    "FunctionToolParam": ".function_tool_param",
    "InputItemListParams": ".input_item_list_params",
    "InputTokenCountParams": ".input_token_count_params",
    "InputTokenCountResponse": ".input_token_count_response",
    "ParsedContent": ".parsed_response",
    "ParsedResponse": ".parsed_response",
    "ParsedResponseFunctionToolCall": ".parsed_response",
    "ParsedResponseOutputItem": ".parsed_response",
    "ParsedResponseOutputMessage": ".parsed_response",
    "ParsedResponseOutputText": ".parsed_response",
    "Response": ".response",
    "ResponseApplyPatchToolCall": ".response_apply_patch_tool_call",
    "ResponseApplyPatchToolCallOutput": ".response_apply_patch_tool_call_output",
    "ResponseAudioDeltaEvent": ".response_audio_delta_event",
    "ResponseAudioDoneEvent": ".response_audio_done_event",
    "ResponseAudioTranscriptDeltaEvent": ".response_audio_transcript_delta_event",
    "ResponseAudioTranscriptDoneEvent": ".response_audio_transcript_done_event",
    "ResponseCodeInterpreterCallCodeDeltaEvent": ".response_code_interpreter_call_code_delta_event",
    "ResponseCodeInterpreterCallCodeDoneEvent": ".response_code_interpreter_call_code_done_event",
    "ResponseCodeInterpreterCallCompletedEvent": ".response_code_interpreter_call_completed_event",
    "ResponseCodeInterpreterCallInProgressEvent": ".response_code_interpreter_call_in_progress_event",
    "ResponseCodeInterpreterCallInterpretingEvent": ".response_code_interpreter_call_interpreting_event",
    "ResponseCodeInterpreterToolCall": ".response_code_interpreter_tool_call",
    "ResponseCompactParams": ".response_compact_params",
    "ResponseCompactionItem": ".response_compaction_item",
    "ResponseCompletedEvent": ".response_completed_event",
    "ResponseComputerToolCall": ".response_computer_tool_call",
    "ResponseComputerToolCallOutputItem": ".response_computer_tool_call_output_item",
    "ResponseComputerToolCallOutputScreenshot": ".response_computer_tool_call_output_screenshot",
    "ResponseContentPartAddedEvent": ".response_content_part_added_event",
    "ResponseContentPartDoneEvent": ".response_content_part_done_event",
    "ResponseCreateParamsBase": ".response_create_params",
    "ResponseCreatedEvent": ".response_created_event",
    "ResponseCustomToolCall": ".response_custom_tool_call",
    "ResponseCustomToolCallInputDeltaEvent": ".response_custom_tool_call_input_delta_event",
    "ResponseCustomToolCallInputDoneEvent": ".response_custom_tool_call_input_done_event",
    "ResponseCustomToolCallOutput": ".response_custom_tool_call_output",
    "ResponseError": ".response_error",
    "ResponseErrorEvent": ".response_error_event",
    "ResponseFailedEvent": ".response_failed_event",
    "ResponseFileSearchCallCompletedEvent": ".response_file_search_call_completed_event",
    "ResponseFileSearchCallInProgressEvent": ".response_file_search_call_in_progress_event",
    "ResponseFileSearchCallSearchingEvent": ".response_file_search_call_searching_event",
    "ResponseFileSearchToolCall": ".response_file_search_tool_call",
    "ResponseFormatTextConfig": ".response_format_text_config",
    "ResponseFormatTextConfigParam": ".response_format_text_config_param",
    "ResponseFormatTextJSONSchemaConfig": ".response_format_text_json_schema_config",
    "ResponseFormatTextJSONSchemaConfigParam": ".response_format_text_json_schema_config_param",
    "ResponseFunctionCallArgumentsDeltaEvent": ".response_function_call_arguments_delta_event",
    "ResponseFunctionCallArgumentsDoneEvent": ".response_function_call_arguments_done_event",
    "ResponseFunctionShellToolCall": ".response_function_shell_tool_call",
    "ResponseFunctionShellToolCallOutput": ".response_function_shell_tool_call_output",
    "ResponseFunctionToolCall": ".response_function_tool_call",
    "ResponseFunctionToolCallItem": ".response_function_tool_call_item",
    "ResponseFunctionToolCallOutputItem": ".response_function_tool_call_output_item",
    "ResponseFunctionToolCallParam": ".response_function_tool_call_param",
    "ResponseFunctionWebSearch": ".response_function_web_search",
    "ResponseImageGenCallCompletedEvent": ".response_image_gen_call_completed_event",
    "ResponseImageGenCallGeneratingEvent": ".response_image_gen_call_generating_event",
    "ResponseImageGenCallInProgressEvent": ".response_image_gen_call_in_progress_event",
    "ResponseImageGenCallPartialImageEvent": ".response_image_gen_call_partial_image_event",
    "ResponseInProgressEvent": ".response_in_progress_event",
    "ResponseIncludable": ".response_includable",
    "ResponseIncompleteEvent": ".response_incomplete_event",
    "ResponseInputContent": ".response_input_content",
    "ResponseInputContentParam": ".response_input_content_param",
    "ResponseInputFile": ".response_input_file",
    "ResponseInputFileParam": ".response_input_file_param",
    "ResponseInputImage": ".response_input_image",
    "ResponseInputImageParam": ".response_input_image_param",
    "ResponseInputItemParam": ".response_input_item_param",
    "ResponseInputMessageContentList": ".response_input_message_content_list",
    "ResponseInputMessageContentListParam": ".response_input_message_content_list_param",
    "ResponseInputMessageItem": ".response_input_message_item",
    "ResponseInputParam": ".response_input_param",
    "ResponseInputText": ".response_input_text",
    "ResponseInputTextParam": ".response_input_text_param",
    "ResponseItem": ".response_item",
    "ResponseItemList": ".response_item_list",
    "ResponseMcpCallArgumentsDeltaEvent": ".response_mcp_call_arguments_delta_event",
    "ResponseMcpCallArgumentsDoneEvent": ".response_mcp_call_arguments_done_event",
    "ResponseMcpCallCompletedEvent": ".response_mcp_call_completed_event",
    "ResponseMcpCallFailedEvent": ".response_mcp_call_failed_event",
    "ResponseMcpCallInProgressEvent": ".response_mcp_call_in_progress_event",
    "ResponseMcpListToolsCompletedEvent": ".response_mcp_list_tools_completed_event",
    "ResponseMcpListToolsFailedEvent": ".response_mcp_list_tools_failed_event",
    "ResponseMcpListToolsInProgressEvent": ".response_mcp_list_tools_in_progress_event",
    "ResponseOutputItem": ".response_output_item",
    "ResponseOutputItemAddedEvent": ".response_output_item_added_event",
    "ResponseOutputItemDoneEvent": ".response_output_item_done_event",
    "ResponseOutputMessage": ".response_output_message",
    "ResponseOutputMessageParam": ".response_output_message_param",
    "ResponseOutputRefusal": ".response_output_refusal",
    "ResponseOutputRefusalParam": ".response_output_refusal_param",
    "ResponseOutputText": ".response_output_text",
    "ResponseOutputTextAnnotationAddedEvent": ".response_output_text_annotation_added_event",
    "ResponseOutputTextParam": ".response_output_text_param",
    "ResponsePrompt": ".response_prompt",
    "ResponseQueuedEvent": ".response_queued_event",
    "ResponseReasoningItem": ".response_reasoning_item",
    "ResponseReasoningItemParam": ".response_reasoning_item_param",
    "ResponseReasoningSummaryPartAddedEvent": ".response_reasoning_summary_part_added_event",
    "ResponseReasoningSummaryPartDoneEvent": ".response_reasoning_summary_part_done_event",
    "ResponseReasoningSummaryTextDeltaEvent": ".response_reasoning_summary_text_delta_event",
    "ResponseReasoningSummaryTextDoneEvent": ".response_reasoning_summary_text_done_event",
    "ResponseReasoningTextDeltaEvent": ".response_reasoning_text_delta_event",
    "ResponseReasoningTextDoneEvent": ".response_reasoning_text_done_event",
    "ResponseRefusalDeltaEvent": ".response_refusal_delta_event",
    "ResponseRefusalDoneEvent": ".response_refusal_done_event",
    "ResponseRetrieveParamsBase": ".response_retrieve_params",
    "ResponseShellCallCommandAddedEvent": ".response_shell_call_command_added_event",
    "ResponseShellCallCommandDeltaEvent": ".response_shell_call_command_delta_event",
    "ResponseShellCallCommandDoneEvent": ".response_shell_call_command_done_event",
    "ResponseShellCallOutputContentDeltaEvent": ".response_shell_call_output_content_delta_event",
    "ResponseShellCallOutputContentDoneEvent": ".response_shell_call_output_content_done_event",
    "ResponseStatus": ".response_status",
    "ResponseStreamEvent": ".response_stream_event",
    "ResponseTextConfig": ".response_text_config",
    "ResponseTextConfigParam": ".response_text_config_param",
    "ResponseTextDeltaEvent": ".response_text_delta_event",
    "ResponseTextDoneEvent": ".response_text_done_event",
    "ResponseUsage": ".response_usage",
    "ResponseWebSearchCallCompletedEvent": ".response_web_search_call_completed_event",
    "ResponseWebSearchCallInProgressEvent": ".response_web_search_call_in_progress_event",
    "ResponseWebSearchCallSearchingEvent": ".response_web_search_call_searching_event",
    "Tool": ".tool",
    "ToolChoiceAllowed": ".tool_choice_allowed",
    "ToolChoiceCustom": ".tool_choice_custom",
    "ToolChoiceFunction": ".tool_choice_function",
    "ToolChoiceMcp": ".tool_choice_mcp",
    "ToolChoiceOptions": ".tool_choice_options",
    "ToolChoiceTypes": ".tool_choice_types",
    "ToolParam": ".tool_param",
    "WebSearchTool": ".web_search_tool",
    "WebSearchToolParam": ".web_search_tool_param",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .compacted_response import CompactedResponse as CompactedResponse
    from .computer_tool import ComputerTool as ComputerTool
    from .custom_tool import CustomTool as CustomTool
    from .custom_tool_param import CustomToolParam as CustomToolParam
    from .easy_input_message_param import EasyInputMessageParam as EasyInputMessageParam
    from .file_search_tool import FileSearchTool as FileSearchTool
    from .file_search_tool_param import FileSearchToolParam as FileSearchToolParam
    from .function_tool import FunctionTool as FunctionTool
    from .function_tool_param import FunctionToolParam as FunctionToolParam
    from .input_item_list_params import InputItemListParams as InputItemListParams
    from .input_token_count_params import InputTokenCountParams as InputTokenCountParams
    from .input_token_count_response import InputTokenCountResponse as InputTokenCountResponse
    from .parsed_response import ParsedContent as ParsedContent
    from .parsed_response import ParsedResponse as ParsedResponse
    from .parsed_response import ParsedResponseFunctionToolCall as ParsedResponseFunctionToolCall
    from .parsed_response import ParsedResponseOutputItem as ParsedResponseOutputItem
    from .parsed_response import ParsedResponseOutputMessage as ParsedResponseOutputMessage
    from .parsed_response import ParsedResponseOutputText as ParsedResponseOutputText
    from .response import Response as Response
    from .response_apply_patch_tool_call import (
        ResponseApplyPatchToolCall as ResponseApplyPatchToolCall,
    )
    from .response_apply_patch_tool_call_output import (
        ResponseApplyPatchToolCallOutput as ResponseApplyPatchToolCallOutput,
    )
    from .response_audio_delta_event import ResponseAudioDeltaEvent as ResponseAudioDeltaEvent
    from .response_audio_done_event import ResponseAudioDoneEvent as ResponseAudioDoneEvent
    from .response_audio_transcript_delta_event import (
        ResponseAudioTranscriptDeltaEvent as ResponseAudioTranscriptDeltaEvent,
    )
    from .response_audio_transcript_done_event import (
        ResponseAudioTranscriptDoneEvent as ResponseAudioTranscriptDoneEvent,
    )
    from .response_code_interpreter_call_code_delta_event import (
        ResponseCodeInterpreterCallCodeDeltaEvent as ResponseCodeInterpreterCallCodeDeltaEvent,
    )
    from .response_code_interpreter_call_code_done_event import (
        ResponseCodeInterpreterCallCodeDoneEvent as ResponseCodeInterpreterCallCodeDoneEvent,
    )
    from .response_code_interpreter_call_completed_event import (
        ResponseCodeInterpreterCallCompletedEvent as ResponseCodeInterpreterCallCompletedEvent,
    )
    from .response_code_interpreter_call_in_progress_event import (
        ResponseCodeInterpreterCallInProgressEvent as ResponseCodeInterpreterCallInProgressEvent,
    )
    from .response_code_interpreter_call_interpreting_event import (
        ResponseCodeInterpreterCallInterpretingEvent as ResponseCodeInterpreterCallInterpretingEvent,
    )
    from .response_code_interpreter_tool_call import (
        ResponseCodeInterpreterToolCall as ResponseCodeInterpreterToolCall,
    )
    from .response_compact_params import ResponseCompactParams as ResponseCompactParams
    from .response_compaction_item import ResponseCompactionItem as ResponseCompactionItem
    from .response_completed_event import ResponseCompletedEvent as ResponseCompletedEvent
    from .response_computer_tool_call import ResponseComputerToolCall as ResponseComputerToolCall
    from .response_computer_tool_call_output_item import (
        ResponseComputerToolCallOutputItem as ResponseComputerToolCallOutputItem,
    )
    from .response_computer_tool_call_output_screenshot import (
        ResponseComputerToolCallOutputScreenshot as ResponseComputerToolCallOutputScreenshot,
    )
    from .response_content_part_added_event import (
        ResponseContentPartAddedEvent as ResponseContentPartAddedEvent,
    )
    from .response_content_part_done_event import (
        ResponseContentPartDoneEvent as ResponseContentPartDoneEvent,
    )
    from .response_create_params import ResponseCreateParamsBase as ResponseCreateParamsBase
    from .response_created_event import ResponseCreatedEvent as ResponseCreatedEvent
    from .response_custom_tool_call import ResponseCustomToolCall as ResponseCustomToolCall
    from .response_custom_tool_call_input_delta_event import (
        ResponseCustomToolCallInputDeltaEvent as ResponseCustomToolCallInputDeltaEvent,
    )
    from .response_custom_tool_call_input_done_event import (
        ResponseCustomToolCallInputDoneEvent as ResponseCustomToolCallInputDoneEvent,
    )
    from .response_custom_tool_call_output import (
        ResponseCustomToolCallOutput as ResponseCustomToolCallOutput,
    )
    from .response_error import ResponseError as ResponseError
    from .response_error_event import ResponseErrorEvent as ResponseErrorEvent
    from .response_failed_event import ResponseFailedEvent as ResponseFailedEvent
    from .response_file_search_call_completed_event import (
        ResponseFileSearchCallCompletedEvent as ResponseFileSearchCallCompletedEvent,
    )
    from .response_file_search_call_in_progress_event import (
        ResponseFileSearchCallInProgressEvent as ResponseFileSearchCallInProgressEvent,
    )
    from .response_file_search_call_searching_event import (
        ResponseFileSearchCallSearchingEvent as ResponseFileSearchCallSearchingEvent,
    )
    from .response_file_search_tool_call import (
        ResponseFileSearchToolCall as ResponseFileSearchToolCall,
    )
    from .response_format_text_config import ResponseFormatTextConfig as ResponseFormatTextConfig
    from .response_format_text_config_param import (
        ResponseFormatTextConfigParam as ResponseFormatTextConfigParam,
    )
    from .response_format_text_json_schema_config import (
        ResponseFormatTextJSONSchemaConfig as ResponseFormatTextJSONSchemaConfig,
    )
    from .response_format_text_json_schema_config_param import (
        ResponseFormatTextJSONSchemaConfigParam as ResponseFormatTextJSONSchemaConfigParam,
    )
    from .response_function_call_arguments_delta_event import (
        ResponseFunctionCallArgumentsDeltaEvent as ResponseFunctionCallArgumentsDeltaEvent,
    )
    from .response_function_call_arguments_done_event import (
        ResponseFunctionCallArgumentsDoneEvent as ResponseFunctionCallArgumentsDoneEvent,
    )
    from .response_function_shell_tool_call import (
        ResponseFunctionShellToolCall as ResponseFunctionShellToolCall,
    )
    from .response_function_shell_tool_call_output import (
        ResponseFunctionShellToolCallOutput as ResponseFunctionShellToolCallOutput,
    )
    from .response_function_tool_call import ResponseFunctionToolCall as ResponseFunctionToolCall
    from .response_function_tool_call_item import (
        ResponseFunctionToolCallItem as ResponseFunctionToolCallItem,
    )
    from .response_function_tool_call_output_item import (
        ResponseFunctionToolCallOutputItem as ResponseFunctionToolCallOutputItem,
    )
    from .response_function_tool_call_param import (
        ResponseFunctionToolCallParam as ResponseFunctionToolCallParam,
    )
    from .response_function_web_search import ResponseFunctionWebSearch as ResponseFunctionWebSearch
    from .response_image_gen_call_completed_event import (
        ResponseImageGenCallCompletedEvent as ResponseImageGenCallCompletedEvent,
    )
    from .response_image_gen_call_generating_event import (
        ResponseImageGenCallGeneratingEvent as ResponseImageGenCallGeneratingEvent,
    )
    from .response_image_gen_call_in_progress_event import (
        ResponseImageGenCallInProgressEvent as ResponseImageGenCallInProgressEvent,
    )
    from .response_image_gen_call_partial_image_event import (
        ResponseImageGenCallPartialImageEvent as ResponseImageGenCallPartialImageEvent,
    )
    from .response_in_progress_event import ResponseInProgressEvent as ResponseInProgressEvent
    from .response_includable import ResponseIncludable as ResponseIncludable
    from .response_incomplete_event import ResponseIncompleteEvent as ResponseIncompleteEvent
    from .response_input_content import ResponseInputContent as ResponseInputContent
    from .response_input_content_param import ResponseInputContentParam as ResponseInputContentParam
    from .response_input_file import ResponseInputFile as ResponseInputFile
    from .response_input_file_param import ResponseInputFileParam as ResponseInputFileParam
    from .response_input_image import ResponseInputImage as ResponseInputImage
    from .response_input_image_param import ResponseInputImageParam as ResponseInputImageParam
    from .response_input_item_param import ResponseInputItemParam as ResponseInputItemParam
    from .response_input_message_content_list import (
        ResponseInputMessageContentList as ResponseInputMessageContentList,
    )
    from .response_input_message_content_list_param import (
        ResponseInputMessageContentListParam as ResponseInputMessageContentListParam,
    )
    from .response_input_message_item import ResponseInputMessageItem as ResponseInputMessageItem
    from .response_input_param import ResponseInputParam as ResponseInputParam
    from .response_input_text import ResponseInputText as ResponseInputText
    from .response_input_text_param import ResponseInputTextParam as ResponseInputTextParam
    from .response_item import ResponseItem as ResponseItem
    from .response_item_list import ResponseItemList as ResponseItemList
    from .response_mcp_call_arguments_delta_event import (
        ResponseMcpCallArgumentsDeltaEvent as ResponseMcpCallArgumentsDeltaEvent,
    )
    from .response_mcp_call_arguments_done_event import (
        ResponseMcpCallArgumentsDoneEvent as ResponseMcpCallArgumentsDoneEvent,
    )
    from .response_mcp_call_completed_event import (
        ResponseMcpCallCompletedEvent as ResponseMcpCallCompletedEvent,
    )
    from .response_mcp_call_failed_event import (
        ResponseMcpCallFailedEvent as ResponseMcpCallFailedEvent,
    )
    from .response_mcp_call_in_progress_event import (
        ResponseMcpCallInProgressEvent as ResponseMcpCallInProgressEvent,
    )
    from .response_mcp_list_tools_completed_event import (
        ResponseMcpListToolsCompletedEvent as ResponseMcpListToolsCompletedEvent,
    )
    from .response_mcp_list_tools_failed_event import (
        ResponseMcpListToolsFailedEvent as ResponseMcpListToolsFailedEvent,
    )
    from .response_mcp_list_tools_in_progress_event import (
        ResponseMcpListToolsInProgressEvent as ResponseMcpListToolsInProgressEvent,
    )
    from .response_output_item import ResponseOutputItem as ResponseOutputItem
    from .response_output_item_added_event import (
        ResponseOutputItemAddedEvent as ResponseOutputItemAddedEvent,
    )
    from .response_output_item_done_event import (
        ResponseOutputItemDoneEvent as ResponseOutputItemDoneEvent,
    )
    from .response_output_message import ResponseOutputMessage as ResponseOutputMessage
    from .response_output_message_param import (
        ResponseOutputMessageParam as ResponseOutputMessageParam,
    )
    from .response_output_refusal import ResponseOutputRefusal as ResponseOutputRefusal
    from .response_output_refusal_param import (
        ResponseOutputRefusalParam as ResponseOutputRefusalParam,
    )
    from .response_output_text import ResponseOutputText as ResponseOutputText
    from .response_output_text_annotation_added_event import (
        ResponseOutputTextAnnotationAddedEvent as ResponseOutputTextAnnotationAddedEvent,
    )
    from .response_output_text_param import ResponseOutputTextParam as ResponseOutputTextParam
    from .response_prompt import ResponsePrompt as ResponsePrompt
    from .response_queued_event import ResponseQueuedEvent as ResponseQueuedEvent
    from .response_reasoning_item import ResponseReasoningItem as ResponseReasoningItem
    from .response_reasoning_item_param import (
        ResponseReasoningItemParam as ResponseReasoningItemParam,
    )
    from .response_reasoning_summary_part_added_event import (
        ResponseReasoningSummaryPartAddedEvent as ResponseReasoningSummaryPartAddedEvent,
    )
    from .response_reasoning_summary_part_done_event import (
        ResponseReasoningSummaryPartDoneEvent as ResponseReasoningSummaryPartDoneEvent,
    )
    from .response_reasoning_summary_text_delta_event import (
        ResponseReasoningSummaryTextDeltaEvent as ResponseReasoningSummaryTextDeltaEvent,
    )
    from .response_reasoning_summary_text_done_event import (
        ResponseReasoningSummaryTextDoneEvent as ResponseReasoningSummaryTextDoneEvent,
    )
    from .response_reasoning_text_delta_event import (
        ResponseReasoningTextDeltaEvent as ResponseReasoningTextDeltaEvent,
    )
    from .response_reasoning_text_done_event import (
        ResponseReasoningTextDoneEvent as ResponseReasoningTextDoneEvent,
    )
    from .response_refusal_delta_event import ResponseRefusalDeltaEvent as ResponseRefusalDeltaEvent
    from .response_refusal_done_event import ResponseRefusalDoneEvent as ResponseRefusalDoneEvent
    from .response_retrieve_params import ResponseRetrieveParamsBase as ResponseRetrieveParamsBase
    from .response_shell_call_command_added_event import (
        ResponseShellCallCommandAddedEvent as ResponseShellCallCommandAddedEvent,
    )
    from .response_shell_call_command_delta_event import (
        ResponseShellCallCommandDeltaEvent as ResponseShellCallCommandDeltaEvent,
    )
    from .response_shell_call_command_done_event import (
        ResponseShellCallCommandDoneEvent as ResponseShellCallCommandDoneEvent,
    )
    from .response_shell_call_output_content_delta_event import (
        ResponseShellCallOutputContentDeltaEvent as ResponseShellCallOutputContentDeltaEvent,
    )
    from .response_shell_call_output_content_done_event import (
        ResponseShellCallOutputContentDoneEvent as ResponseShellCallOutputContentDoneEvent,
    )
    from .response_status import ResponseStatus as ResponseStatus
    from .response_stream_event import ResponseStreamEvent as ResponseStreamEvent
    from .response_text_config import ResponseTextConfig as ResponseTextConfig
    from .response_text_config_param import ResponseTextConfigParam as ResponseTextConfigParam
    from .response_text_delta_event import ResponseTextDeltaEvent as ResponseTextDeltaEvent
    from .response_text_done_event import ResponseTextDoneEvent as ResponseTextDoneEvent
    from .response_usage import ResponseUsage as ResponseUsage
    from .response_web_search_call_completed_event import (
        ResponseWebSearchCallCompletedEvent as ResponseWebSearchCallCompletedEvent,
    )
    from .response_web_search_call_in_progress_event import (
        ResponseWebSearchCallInProgressEvent as ResponseWebSearchCallInProgressEvent,
    )
    from .response_web_search_call_searching_event import (
        ResponseWebSearchCallSearchingEvent as ResponseWebSearchCallSearchingEvent,
    )
    from .tool import Tool as Tool
    from .tool_choice_allowed import ToolChoiceAllowed as ToolChoiceAllowed
    from .tool_choice_custom import ToolChoiceCustom as ToolChoiceCustom
    from .tool_choice_function import ToolChoiceFunction as ToolChoiceFunction
    from .tool_choice_mcp import ToolChoiceMcp as ToolChoiceMcp
    from .tool_choice_options import ToolChoiceOptions as ToolChoiceOptions
    from .tool_choice_types import ToolChoiceTypes as ToolChoiceTypes
    from .tool_param import ToolParam as ToolParam
    from .web_search_tool import WebSearchTool as WebSearchTool
    from .web_search_tool_param import WebSearchToolParam as WebSearchToolParam
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
