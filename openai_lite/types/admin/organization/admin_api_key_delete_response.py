from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["AdminAPIKeyDeleteResponse"]


class AdminAPIKeyDeleteResponse(BaseModel):
    id: str
    object: Literal["organization.admin_api_key.deleted"]
    deleted: bool
