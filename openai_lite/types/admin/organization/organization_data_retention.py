from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["OrganizationDataRetention"]


class OrganizationDataRetention(BaseModel):
    object: Literal["organization.data_retention"]
    type: Literal[
        "zero_data_retention", "modified_abuse_monitoring", "enhanced_zero_data_retention",
        "enhanced_modified_abuse_monitoring"
    ]
