from __future__ import annotations

from typing import Literal

from ..._models import BaseModel
from .response import Response

__all__ = ["ResponseFailedEvent"]


class ResponseFailedEvent(BaseModel):
    sequence_number: int
    response: Response
    type: Literal["response.failed"]
