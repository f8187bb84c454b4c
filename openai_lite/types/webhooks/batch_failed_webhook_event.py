from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["BatchFailedWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class BatchFailedWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["batch.failed"]
    object: Optional[Literal["event"]] = None
