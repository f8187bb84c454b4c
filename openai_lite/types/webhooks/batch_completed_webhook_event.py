from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["BatchCompletedWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class BatchCompletedWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["batch.completed"]
    object: Optional[Literal["event"]] = None
