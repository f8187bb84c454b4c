from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["FineTuningJobSucceededWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class FineTuningJobSucceededWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["fine_tuning.job.succeeded"]
    object: Optional[Literal["event"]] = None
