from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseCancelledWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class ResponseCancelledWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["response.cancelled"]
    object: Optional[Literal["event"]] = None
