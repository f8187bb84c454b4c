"""Structured outputs for chat completions: class -> ``response_format``, tool checks, and
turning a completion's content and tool arguments back into objects (§4)."""
from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any, Iterable, List, Optional, Union, cast

from .._exceptions import ContentFilterFinishReasonError, LengthFinishReasonError
from .._types import NOT_GIVEN, NotGiven
from ..types.chat.parsed_chat_completion import (
    ParsedChatCompletion,
    ParsedChatCompletionMessage,
    ParsedChoice,
)
from ..types.chat.parsed_function_tool_call import ParsedFunctionToolCall
from ._pydantic_like import is_schema_class, to_strict_json_schema, validate_json
from ._tools import PydanticFunctionTool
from ._typevars import ResponseFormatT

if TYPE_CHECKING:
    from ..types.chat.chat_completion import ChatCompletion
    from ..types.chat.chat_completion_message import ChatCompletionMessage
    from ..types.chat.chat_completion_message_function_tool_call import Function
    from ..types.chat.completion_create_params import ResponseFormat as ResponseFormatParam

__all__ = [
    "ResponseFormatT", "type_to_response_format_param", "validate_input_tools",
    "has_rich_response_format", "has_parseable_input", "is_parseable_tool",
    "get_input_tool_by_name", "parse_function_tool_arguments", "maybe_parse_content",
    "parse_chat_completion",
]

log = logging.getLogger("openai")


def type_to_response_format_param(response_format: object) -> "Union[ResponseFormatParam, NotGiven]":
    """A class becomes a strict ``json_schema`` response format; a dict passes unchanged."""
    if isinstance(response_format, NotGiven):
        return NOT_GIVEN
    if isinstance(response_format, dict):
        return cast("ResponseFormatParam", response_format)
    if not is_schema_class(response_format):
        raise TypeError(f"Unsupported response_format type - {response_format}")
    cls = cast(type, response_format)
    return {
        "type": "json_schema",
        "json_schema": {"schema": to_strict_json_schema(cls), "name": cls.__name__, "strict": True},
    }


def validate_input_tools(tools: object) -> None:
    """parse() can only read the arguments of strict function tools."""
    if isinstance(tools, NotGiven) or tools is None:
        return
    for tool in cast(Iterable[Any], tools):
        if tool["type"] != "function":
            raise ValueError(
                f"Currently only `function` tool types support auto-parsing; Received `{tool['type']}`"
            )
        if tool["function"].get("strict") is not True:
            raise ValueError(
                f"`{tool['function']['name']}` is not strict. Only `strict` function tools can be auto-parsed"
            )


def has_rich_response_format(response_format: object) -> bool:
    return not isinstance(response_format, (NotGiven, dict)) and response_format is not None


def is_parseable_tool(tool: Any) -> bool:
    if tool.get("type") != "function":
        return False
    function = tool.get("function")
    if isinstance(function, PydanticFunctionTool):
        return True
    return bool(function.get("strict")) if isinstance(function, dict) else False


def has_parseable_input(*, response_format: object, input_tools: Iterable[Any] = ()) -> bool:
    if has_rich_response_format(response_format):
        return True
    return any(is_parseable_tool(tool) for tool in input_tools)


def get_input_tool_by_name(*, input_tools: Iterable[Any], name: Optional[str]) -> Optional[Any]:
    for tool in input_tools:
        if tool.get("type") == "function" and (tool.get("function") or {}).get("name") == name:
            return tool
    return None


def parse_function_tool_arguments(*, input_tools: Iterable[Any], function: "Function") -> object:
    """The arguments as the tool's class (pydantic_function_tool), as JSON (a strict dict
    tool), or None (any other tool)."""
    tool = get_input_tool_by_name(input_tools=input_tools, name=function.name)
    if tool is None:
        return None
    definition = tool.get("function")
    if isinstance(definition, PydanticFunctionTool):
        return validate_json(definition.model, function.arguments)
    if not definition.get("strict"):
        return None
    return json.loads(function.arguments)


def maybe_parse_content(*, response_format: object,
                        message: "ChatCompletionMessage") -> Optional[Any]:
    if has_rich_response_format(response_format) and message.content and not message.refusal:
        if not is_schema_class(response_format):
            raise TypeError(f"Unable to automatically parse response format type {response_format}")
        return validate_json(response_format, message.content)
    return None


def parse_chat_completion(*, response_format: object, input_tools: object,
                          chat_completion: "ChatCompletion") -> "ParsedChatCompletion[Any]":
    tools: List[Any] = [] if isinstance(input_tools, NotGiven) or input_tools is None else list(
        cast(Iterable[Any], input_tools))
    choices: List[Any] = []
    for choice in chat_completion.choices:
        if choice.finish_reason == "length":
            raise LengthFinishReasonError(completion=chat_completion)
        if choice.finish_reason == "content_filter":
            raise ContentFilterFinishReasonError()
        message = choice.message
        tool_calls: List[Any] = []
        for tool_call in message.tool_calls or []:
            if tool_call.type == "function":
                data = tool_call.to_dict()
                function = {**cast(Any, data.get("function") or {}),
                            "parsed_arguments": parse_function_tool_arguments(
                                input_tools=tools, function=tool_call.function)}
                tool_calls.append(ParsedFunctionToolCall.construct({**data, "function": function}))
            elif tool_call.type == "custom":
                # parse() only knows function tools; the SDK drops these too
                custom = getattr(tool_call, "custom", None)
                log.warning("Custom tool calls are not callable. Ignoring tool call: %s - %s",
                            tool_call.id, getattr(custom, "name", None))
            else:
                tool_calls.append(tool_call)
        choices.append(ParsedChoice.construct({
            **choice.to_dict(),
            "message": ParsedChatCompletionMessage.construct({
                **message.to_dict(),
                "parsed": maybe_parse_content(response_format=response_format, message=message),
                "tool_calls": tool_calls or None,
            }),
        }))
    return ParsedChatCompletion.construct({**chat_completion.to_dict(), "choices": choices})
