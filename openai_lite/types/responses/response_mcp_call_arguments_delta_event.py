from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseMcpCallArgumentsDeltaEvent"]


class ResponseMcpCallArgumentsDeltaEvent(BaseModel):
    output_index: int
    item_id: str
    delta: str
    sequence_number: int
    type: Literal["response.mcp_call_arguments.delta"]
