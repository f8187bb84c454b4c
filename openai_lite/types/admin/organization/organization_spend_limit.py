from __future__ import annotations

from typing import Literal, Union

from ...._models import BaseModel

__all__ = ["OrganizationSpendLimit"]


SpendLimitCurrency = Union[str, Literal["USD"]]


SpendLimitInterval = Union[str, Literal["month"]]


SpendLimitEnforcementStatus = Union[str, Literal["inactive", "enforcing"]]


class SpendLimitEnforcement(BaseModel):
    status: SpendLimitEnforcementStatus


class OrganizationSpendLimit(BaseModel):
    object: Literal["organization.spend_limit"]
    threshold_amount: int
    currency: SpendLimitCurrency
    interval: SpendLimitInterval
    enforcement: SpendLimitEnforcement
