from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["SafetyIdentifierBlockedWebhookEvent", "Data"]


class Data(BaseModel):
    safety_identifier: Optional[str] = None


class SafetyIdentifierBlockedWebhookEvent(BaseModel):
    id: str
    created_at: int
    data: Data
    type: Literal["safety_identifier.blocked"]
    object: Optional[Literal["event"]] = None
