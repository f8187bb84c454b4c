from __future__ import annotations

from typing import Literal

from ....._models import BaseModel

__all__ = ["ProjectSpendLimitDeleted"]


class ProjectSpendLimitDeleted(BaseModel):
    object: Literal["project.spend_limit.deleted"]
    deleted: bool
