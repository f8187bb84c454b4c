from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseCustomToolCallInputDoneEvent"]


class ResponseCustomToolCallInputDoneEvent(BaseModel):
    sequence_number: int
    output_index: int
    item_id: str
    input: str
    type: Literal["response.custom_tool_call_input.done"]
