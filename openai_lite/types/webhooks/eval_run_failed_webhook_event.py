from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["EvalRunFailedWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class EvalRunFailedWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["eval.run.failed"]
    object: Optional[Literal["event"]] = None
