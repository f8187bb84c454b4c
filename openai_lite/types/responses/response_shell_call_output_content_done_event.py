from __future__ import annotations

from typing import Dict, List, Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseShellCallOutputContentDoneEvent", "Output"]


class Output(BaseModel):
    stdout: str
    stderr: str
    outcome: Optional[Dict[str, object]] = None


class ResponseShellCallOutputContentDoneEvent(BaseModel):
    sequence_number: int
    item_id: str
    output_index: int
    command_index: int
    output: List[Output]
    type: Literal["response.shell_call_output_content.done"]
