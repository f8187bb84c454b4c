from __future__ import annotations

from typing import Literal

from ...._models import BaseModel

__all__ = ["InviteDeleteResponse"]


class InviteDeleteResponse(BaseModel):
    object: Literal["organization.invite.deleted"]
    id: str
    deleted: bool
