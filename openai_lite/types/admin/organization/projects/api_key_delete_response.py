from __future__ import annotations

from typing import Literal

from ....._models import BaseModel

__all__ = ["APIKeyDeleteResponse"]


class APIKeyDeleteResponse(BaseModel):
    object: Literal["organization.project.api_key.deleted"]
    id: str
    deleted: bool
