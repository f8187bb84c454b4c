from __future__ import annotations

from typing import List, Literal, Optional

from ..._models import BaseModel

__all__ = ["RealtimeCallIncomingWebhookEvent", "Data", "DataSipHeader"]


class DataSipHeader(BaseModel):
    name: str
    value: str


class Data(BaseModel):
    call_id: str
    sip_headers: List[DataSipHeader]


class RealtimeCallIncomingWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["realtime.call.incoming"]
    object: Optional[Literal["event"]] = None
