from __future__ import annotations

from typing import Literal

from ...._models import BaseModel
from .message_delta import MessageDelta

__all__ = ["MessageDeltaEvent"]


class MessageDeltaEvent(BaseModel):
    id: str
    object: Literal["thread.message.delta"]
    delta: MessageDelta
