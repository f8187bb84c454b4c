from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseMcpListToolsFailedEvent"]


class ResponseMcpListToolsFailedEvent(BaseModel):
    item_id: str
    output_index: int
    sequence_number: int
    type: Literal["response.mcp_list_tools.failed"]
