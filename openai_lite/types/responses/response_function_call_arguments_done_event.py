from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseFunctionCallArgumentsDoneEvent"]


class ResponseFunctionCallArgumentsDoneEvent(BaseModel):
    item_id: str
    name: str
    output_index: int
    sequence_number: int
    arguments: str
    type: Literal["response.function_call_arguments.done"]
