from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["ResponseAudioDeltaEvent"]


class ResponseAudioDeltaEvent(BaseModel):
    sequence_number: int
    delta: str
    type: Literal["response.audio.delta"]
