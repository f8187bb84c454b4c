from __future__ import annotations

from typing import Literal

from ......_models import BaseModel

__all__ = ["APIKeyCreateResponse"]


class APIKeyCreateResponse(BaseModel):
    object: Literal["organization.project.service_account.api_key"]
    value: str
    name: str
    created_at: int
    id: str
