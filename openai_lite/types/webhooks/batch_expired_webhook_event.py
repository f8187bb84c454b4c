from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["BatchExpiredWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class BatchExpiredWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["batch.expired"]
    object: Optional[Literal["event"]] = None
