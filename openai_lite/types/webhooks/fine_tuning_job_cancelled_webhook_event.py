from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["FineTuningJobCancelledWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class FineTuningJobCancelledWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["fine_tuning.job.cancelled"]
    object: Optional[Literal["event"]] = None
