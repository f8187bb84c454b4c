from __future__ import annotations

from typing import Literal, Optional

from ....._models import BaseModel

__all__ = ["RunStepDeltaMessageDelta"]


class MessageCreation(BaseModel):
    message_id: Optional[str] = None


class RunStepDeltaMessageDelta(BaseModel):
    type: Literal["message_creation"]
    message_creation: Optional[MessageCreation] = None
