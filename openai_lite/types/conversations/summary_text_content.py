from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["SummaryTextContent"]


class SummaryTextContent(BaseModel):
    text: str
    type: Literal["summary_text"]
