from __future__ import annotations

from typing import Literal

from ....._models import BaseModel

__all__ = ["ProjectSpendAlertDeleted"]


class ProjectSpendAlertDeleted(BaseModel):
    id: str
    object: Literal["project.spend_alert.deleted"]
    deleted: bool
