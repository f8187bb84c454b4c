from __future__ import annotations

from typing import Literal, Optional, Union

from ...._models import BaseModel

__all__ = ["ChatKitThread"]


class ActiveStatus(BaseModel):
    type: Literal["active"]


class LockedStatus(BaseModel):
    type: Literal["locked"]
    reason: Optional[str] = None


class ClosedStatus(BaseModel):
    type: Literal["closed"]
    reason: Optional[str] = None


class ChatKitThread(BaseModel):
    id: str
    object: Literal["chatkit.thread"]
    created_at: int
    title: Optional[str] = None
    status: Union[ActiveStatus, LockedStatus, ClosedStatus]
    user: str
