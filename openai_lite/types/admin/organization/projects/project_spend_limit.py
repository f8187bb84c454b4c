from __future__ import annotations

from typing import Literal, Union

from ....._models import BaseModel

__all__ = ["ProjectSpendLimit"]


SpendLimitCurrency = Union[str, Literal["USD"]]


SpendLimitInterval = Union[str, Literal["month"]]


SpendLimitEnforcementStatus = Union[str, Literal["inactive", "enforcing"]]


class SpendLimitEnforcement(BaseModel):
    status: SpendLimitEnforcementStatus


class ProjectSpendLimit(BaseModel):
    object: Literal["project.spend_limit"]
    threshold_amount: int
    currency: SpendLimitCurrency
    interval: SpendLimitInterval
    enforcement: SpendLimitEnforcement
