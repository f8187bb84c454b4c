from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseCustomToolCallInputDeltaEvent"]


class ResponseCustomToolCallInputDeltaEvent(BaseModel):
    sequence_number: int
    output_index: int
    item_id: str
    delta: str
    type: Literal["response.custom_tool_call_input.delta"]
