from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseMcpCallInProgressEvent"]


class ResponseMcpCallInProgressEvent(BaseModel):
    sequence_number: int
    output_index: int
    item_id: str
    type: Literal["response.mcp_call.in_progress"]
