from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseFailedWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class ResponseFailedWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["response.failed"]
    object: Optional[Literal["event"]] = None
