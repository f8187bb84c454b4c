from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["BatchCancelledWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class BatchCancelledWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["batch.cancelled"]
    object: Optional[Literal["event"]] = None
