from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseMcpCallArgumentsDoneEvent"]


class ResponseMcpCallArgumentsDoneEvent(BaseModel):
    output_index: int
    item_id: str
    arguments: str
    sequence_number: int
    type: Literal["response.mcp_call_arguments.done"]
