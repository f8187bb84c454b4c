from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseShellCallOutputContentDeltaEvent", "Delta"]


class Delta(BaseModel):
    stdout: Optional[str] = None
    stderr: Optional[str] = None


class ResponseShellCallOutputContentDeltaEvent(BaseModel):
    sequence_number: int
    item_id: str
    output_index: int
    command_index: int
    delta: Delta
    type: Literal["response.shell_call_output_content.delta"]
