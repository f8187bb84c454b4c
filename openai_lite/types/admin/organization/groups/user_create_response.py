from __future__ import annotations

from typing import Literal

from ....._models import BaseModel

__all__ = ["UserCreateResponse"]


class UserCreateResponse(BaseModel):
    object: Literal["group.user"]
    user_id: str
    group_id: str
