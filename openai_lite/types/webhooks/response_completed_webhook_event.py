from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseCompletedWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class ResponseCompletedWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["response.completed"]
    object: Optional[Literal["event"]] = None
