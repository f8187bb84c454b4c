from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["FineTuningJobFailedWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class FineTuningJobFailedWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["fine_tuning.job.failed"]
    object: Optional[Literal["event"]] = None
