"""Structured outputs for the Responses API: ``text_format`` classes and strict function
tools on the way out, ``parsed`` / ``parsed_arguments`` on the way back."""
from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Mapping, Optional, Type, TypeVar, Union

from ..._types import NotGiven
from ...lib._pydantic_like import is_schema_class, to_strict_json_schema, validate_json
from ...lib._tools import PydanticFunctionTool
from ...types.responses.parsed_response import ParsedResponse
from ...types.responses.response import Response

__all__ = ["text_format_param", "merge_text_format", "convert_tools", "parse_response", "parse_text"]

T = TypeVar("T")


def text_format_param(text_format: type) -> Dict[str, Any]:
    return {
        "type": "json_schema",
        "strict": True,
        "name": text_format.__name__,
        "schema": to_strict_json_schema(text_format),
    }


def merge_text_format(text: Any, text_format: Any) -> Any:
    """The ``text`` body parameter with ``text_format`` turned into its ``format``."""
    if isinstance(text_format, NotGiven) or text_format is None:
        return text
    if not is_schema_class(text_format):
        raise TypeError(f"Unsupported text_format type - {text_format!r}; expected a BaseModel "
                        "subclass, a dataclass or a TypedDict")
    base: Dict[str, Any] = {} if isinstance(text, NotGiven) or text is None else dict(text)
    if "format" in base and not isinstance(base["format"], NotGiven):
        raise TypeError("Cannot mix and match text.format with text_format")
    base["format"] = text_format_param(text_format)
    return base


def _tool_model(tool: Mapping[str, Any]) -> Optional[type]:
    # `pydantic_function_tool()` builds a chat-shaped tool whose function remembers its class.
    fn = tool.get("function")
    return fn.model if isinstance(fn, PydanticFunctionTool) else None


def convert_tools(tools: Any) -> Any:
    """Responses tools are flat (``{"type": "function", "name": ...}``); a chat-shaped
    tool made from a class is flattened, any other chat-shaped one is refused."""
    if isinstance(tools, NotGiven) or tools is None:
        return tools
    out: List[Any] = []
    for tool in tools:
        if isinstance(tool, Mapping) and tool.get("type") == "function" and "function" in tool:
            if _tool_model(tool) is None:
                raise Exception(
                    "Expected Chat Completions function tool shape to be created using "
                    "`openai.pydantic_function_tool()`"
                )
            fn = tool["function"]
            flat: Dict[str, Any] = {"type": "function", "name": fn["name"]}
            if fn.get("description") is not None:
                flat["description"] = fn["description"]
            flat["parameters"] = fn.get("parameters")
            flat["strict"] = fn.get("strict", False)
            out.append(flat)
        else:
            out.append(tool)
    return out


def parse_text(text: str, text_format: Any) -> Any:
    if isinstance(text_format, NotGiven) or text_format is None:
        return None
    return validate_json(text_format, text)


def _find_tool(tools: Iterable[Any], name: str) -> Optional[Any]:
    for tool in tools:
        if not isinstance(tool, Mapping) or tool.get("type") != "function":
            continue
        fn = tool.get("function")
        tool_name = fn.get("name") if isinstance(fn, Mapping) else tool.get("name")
        if tool_name == name:
            return tool
    return None


def parse_arguments(tools: Any, name: str, arguments: str) -> Any:
    if isinstance(tools, NotGiven) or not tools:
        return None
    tool = _find_tool(tools, name)
    if tool is None:
        return None
    model = _tool_model(tool)
    if model is not None:
        return validate_json(model, arguments)
    fn = tool.get("function")
    strict = fn.get("strict") if isinstance(fn, Mapping) else tool.get("strict")
    return json.loads(arguments) if strict else None


def parse_response(*, text_format: Union[Type[T], Any], input_tools: Any,
                   response: Union[Response, ParsedResponse[T]]) -> ParsedResponse[T]:
    # Rebuilt from the payload so that every message/function-call item becomes its
    # parsed subclass; unknown keys travel along as extras.
    parsed: ParsedResponse[T] = ParsedResponse._lite_build(response.to_dict())
    for item in parsed.output:
        if item.type == "message":
            for part in item.content:
                if part.type == "output_text":
                    part.parsed = parse_text(part.text, text_format)
        elif item.type == "function_call":
            item.parsed_arguments = parse_arguments(input_tools, item.name, item.arguments)
    request_id = getattr(response, "_request_id", None)
    if request_id is not None:
        object.__setattr__(parsed, "_request_id", request_id)
    return parsed
