from __future__ import annotations

from typing import Any, Dict, Literal, Optional

from ..._models import BaseModel

__all__ = ["FineTuningJobEvent"]


class FineTuningJobEvent(BaseModel):
    object: Literal["fine_tuning.job.event"]
    id: str
    created_at: int
    level: Literal["info", "warn", "error"]
    message: str
    type: Optional[Literal["message", "metrics"]] = None
    data: Optional[Dict[str, Any]] = None
