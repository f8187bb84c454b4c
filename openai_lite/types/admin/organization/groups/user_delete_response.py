from __future__ import annotations

from typing import Literal

from ....._models import BaseModel

__all__ = ["UserDeleteResponse"]


class UserDeleteResponse(BaseModel):
    object: Literal["group.user.deleted"]
    deleted: bool
