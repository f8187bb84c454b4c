from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseShellCallCommandAddedEvent"]


class ResponseShellCallCommandAddedEvent(BaseModel):
    sequence_number: int
    output_index: int
    command_index: int
    command: str
    type: Literal["response.shell_call_command.added"]
