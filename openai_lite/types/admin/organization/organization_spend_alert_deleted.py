from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["OrganizationSpendAlertDeleted"]


class OrganizationSpendAlertDeleted(BaseModel):
    id: str
    object: Literal["organization.spend_alert.deleted"]
    deleted: bool
