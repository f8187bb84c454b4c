"""``pydantic_function_tool()``: a strict function tool described by a class."""
from __future__ import annotations

import dataclasses
from typing import Any, Dict, Optional, cast

from ..types.chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam
from ..types.shared_params.function_definition import FunctionDefinition
from ._pydantic_like import to_strict_json_schema

__all__ = ["PydanticFunctionTool", "pydantic_function_tool"]


class PydanticFunctionTool(Dict[str, Any]):
    """A function definition (a plain dict on the wire) that remembers its class, so that
    the tool call's arguments can be parsed into an instance of it."""

    model: type

    def __init__(self, defn: FunctionDefinition, model: type) -> None:
        super().__init__(defn)
        self.model = model

    def cast(self) -> FunctionDefinition:
        return cast(FunctionDefinition, self)


def pydantic_function_tool(model: type, *, name: Optional[str] = None,
                           description: Optional[str] = None) -> ChatCompletionFunctionToolParam:
    """``{"type": "function", "function": {...}}`` with the class's strict JSON schema as
    its parameters.  ``model`` is a dataclass, a TypedDict or an openai_lite BaseModel;
    the description defaults to the class docstring (never the signature the dataclass
    decorator writes when there is none)."""
    if description is None:
        description = _tool_description(model)
    function = PydanticFunctionTool(
        {"name": name or model.__name__, "strict": True, "parameters": to_strict_json_schema(model)},
        model,
    ).cast()
    if description is not None:
        function["description"] = description
    return {"type": "function", "function": function}


def _tool_description(model: type) -> Optional[str]:
    doc = model.__dict__.get("__doc__")
    if not doc or (dataclasses.is_dataclass(model) and doc.startswith(model.__name__ + "(")):
        return None
    # the docstring as written, like the SDK (not cleaned up as in the schema)
    return str(doc)
