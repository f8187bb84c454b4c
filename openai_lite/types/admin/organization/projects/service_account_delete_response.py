from __future__ import annotations

from typing import Literal

from ....._models import BaseModel

__all__ = ["ServiceAccountDeleteResponse"]


class ServiceAccountDeleteResponse(BaseModel):
    object: Literal["organization.project.service_account.deleted"]
    id: str
    deleted: bool
