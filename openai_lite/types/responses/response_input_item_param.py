from __future__ import annotations

from typing import Dict, Literal, Optional, TypedDict, Union

from .easy_input_message_param import EasyInputMessageParam
from .response_function_tool_call_param import ResponseFunctionToolCallParam
from .response_input_message_content_list_param import ResponseInputMessageContentListParam
from .response_output_message_param import ResponseOutputMessageParam
from .response_reasoning_item_param import ResponseReasoningItemParam

__all__ = ["ResponseInputItemParam", "Message", "FunctionCallOutput", "ItemReference"]


class _MessageRequired(TypedDict):
    content: ResponseInputMessageContentListParam
    role: Literal["user", "system", "developer"]


class Message(_MessageRequired, total=False):
    status: Literal["in_progress", "completed", "incomplete"]
    type: Literal["message"]


class _FunctionCallOutputRequired(TypedDict):
    call_id: str
    # a string, or a list of input_text / input_image / input_file parts
    output: Union[str, ResponseInputMessageContentListParam]
    type: Literal["function_call_output"]


class FunctionCallOutput(_FunctionCallOutputRequired, total=False):
    id: Optional[str]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class _ItemReferenceRequired(TypedDict):
    id: str


class ItemReference(_ItemReferenceRequired, total=False):
    type: Optional[Literal["item_reference"]]


# The kinds a caller writes by hand; any other item the API accepts can be passed as a
# plain dict (the wire format is the same).
ResponseInputItemParam = Union[
    EasyInputMessageParam,
    Message,
    ResponseOutputMessageParam,
    ResponseFunctionToolCallParam,
    FunctionCallOutput,
    ResponseReasoningItemParam,
    ItemReference,
    Dict[str, object],
]
