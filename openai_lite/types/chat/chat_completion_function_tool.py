from __future__ import annotations

from typing import Literal

from ..._models import BaseModel
from ..shared.function_definition import FunctionDefinition

__all__ = ["ChatCompletionFunctionTool"]


class ChatCompletionFunctionTool(BaseModel):
    function: FunctionDefinition
    type: Literal["function"]
