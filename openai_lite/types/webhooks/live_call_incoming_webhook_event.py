from __future__ import annotations

from typing import List, Literal, Optional

from ..._models import BaseModel

__all__ = ["LiveCallIncomingWebhookEvent", "Data", "DataSipHeader"]


class DataSipHeader(BaseModel):
    name: str
    value: str


class Data(BaseModel):
    session_id: str
    sip_headers: List[DataSipHeader]


class LiveCallIncomingWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["live.call.incoming"]
    object: Optional[Literal["event"]] = None
