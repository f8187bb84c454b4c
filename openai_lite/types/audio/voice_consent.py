from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["VoiceConsent", "VoiceConsentDeleted"]


class VoiceConsent(BaseModel):
    id: str
    created_at: int
    language: str
    name: str
    object: Literal["audio.voice_consent"]


class VoiceConsentDeleted(BaseModel):
    id: str
    deleted: bool
    object: Optional[str] = None
