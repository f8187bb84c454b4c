from __future__ import annotations

from typing import Literal, TypedDict

from ..shared_params.function_definition import FunctionDefinition

__all__ = ["ChatCompletionFunctionToolParam"]


class ChatCompletionFunctionToolParam(TypedDict):
    function: FunctionDefinition
    type: Literal["function"]
