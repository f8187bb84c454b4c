from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["InputTokenCountResponse"]


class InputTokenCountResponse(BaseModel):
    object: Literal["response.input_tokens"]
    input_tokens: int
