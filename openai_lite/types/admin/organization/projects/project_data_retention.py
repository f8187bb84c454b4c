from __future__ import annotations

from typing import Literal

from ....._models import BaseModel

__all__ = ["ProjectDataRetention"]


class ProjectDataRetention(BaseModel):
    object: Literal["project.data_retention"]
    type: Literal[
        "organization_default", "none", "zero_data_retention", "modified_abuse_monitoring",
        "enhanced_zero_data_retention", "enhanced_modified_abuse_monitoring"
    ]
