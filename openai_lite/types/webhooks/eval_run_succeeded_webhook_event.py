from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["EvalRunSucceededWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class EvalRunSucceededWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["eval.run.succeeded"]
    object: Optional[Literal["event"]] = None
