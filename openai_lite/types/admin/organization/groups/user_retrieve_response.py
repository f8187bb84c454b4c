from __future__ import annotations

from typing import Literal, Optional

from ....._models import BaseModel

__all__ = ["UserRetrieveResponse"]


class UserRetrieveResponse(BaseModel):
    id: str
    name: str
    email: Optional[str] = None
    picture: Optional[str] = None
    is_service_account: Optional[bool] = None
    user_type: Literal["user", "tenant_user"]
