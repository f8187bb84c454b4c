from __future__ import annotations

from typing import List, Optional

from ..._models import BaseModel

__all__ = ["FineTuningJobWandbIntegration"]


class FineTuningJobWandbIntegration(BaseModel):
    project: str
    entity: Optional[str] = None
    name: Optional[str] = None
    tags: Optional[List[str]] = None
