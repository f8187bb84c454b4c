from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseFunctionCallArgumentsDeltaEvent"]


class ResponseFunctionCallArgumentsDeltaEvent(BaseModel):
    item_id: str
    output_index: int
    sequence_number: int
    delta: str
    type: Literal["response.function_call_arguments.delta"]
