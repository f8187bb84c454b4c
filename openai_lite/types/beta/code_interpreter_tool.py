from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["CodeInterpreterTool"]


class CodeInterpreterTool(BaseModel):
    type: Literal["code_interpreter"]
