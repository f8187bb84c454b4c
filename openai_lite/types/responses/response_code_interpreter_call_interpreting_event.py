from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseCodeInterpreterCallInterpretingEvent"]


class ResponseCodeInterpreterCallInterpretingEvent(BaseModel):
    output_index: int
    item_id: str
    sequence_number: int
    type: Literal["response.code_interpreter_call.interpreting"]
