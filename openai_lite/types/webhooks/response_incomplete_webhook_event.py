from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseIncompleteWebhookEvent", "Data"]


class Data(BaseModel):
    id: str


class ResponseIncompleteWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["response.incomplete"]
    object: Optional[Literal["event"]] = None
