from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["RefusalContentBlock"]


class RefusalContentBlock(BaseModel):
    type: Literal["refusal"]
    refusal: str
