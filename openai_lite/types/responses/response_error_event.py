from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseErrorEvent"]


class ResponseErrorEvent(BaseModel):
    code: Optional[str]
    message: str
    param: Optional[str]
    sequence_number: int
    type: Literal["error"]
