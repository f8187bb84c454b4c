from __future__ import annotations

from typing import List, Literal, Optional

from ...._models import BaseModel

__all__ = ["OrganizationSpendAlert"]


class SpendAlertNotificationChannel(BaseModel):
    type: Literal["email"]
    recipients: List[str]
    subject_prefix: Optional[str] = None


class OrganizationSpendAlert(BaseModel):
    id: str
    object: Literal["organization.spend_alert"]
    threshold_amount: int
    currency: Literal["USD"]
    interval: Literal["month"]
    notification_channel: SpendAlertNotificationChannel
