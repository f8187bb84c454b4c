from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["OrganizationSpendLimitDeleted"]


class OrganizationSpendLimitDeleted(BaseModel):
    object: Literal["organization.spend_limit.deleted"]
    deleted: bool
