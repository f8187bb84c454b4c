from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseShellCallCommandDeltaEvent"]


class ResponseShellCallCommandDeltaEvent(BaseModel):
    sequence_number: int
    output_index: int
    command_index: int
    delta: str
    obfuscation: Optional[str] = None
    type: Literal["response.shell_call_command.delta"]
