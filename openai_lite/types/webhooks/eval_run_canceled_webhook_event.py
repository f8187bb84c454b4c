from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["EvalRunCanceledWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class EvalRunCanceledWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["eval.run.canceled"]
    object: Optional[Literal["event"]] = None
