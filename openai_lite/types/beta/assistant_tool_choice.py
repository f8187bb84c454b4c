from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["AssistantToolChoice"]


class Function(BaseModel):
    name: str


class AssistantToolChoice(BaseModel):
    type: Literal["function", "code_interpreter", "file_search"]
    function: Optional[Function] = None
