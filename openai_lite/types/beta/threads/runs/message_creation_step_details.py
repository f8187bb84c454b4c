from __future__ import annotations

from typing import Literal

from ....._models import BaseModel

__all__ = ["MessageCreationStepDetails"]


class MessageCreation(BaseModel):
    message_id: str


class MessageCreationStepDetails(BaseModel):
    type: Literal["message_creation"]
    message_creation: MessageCreation
