from __future__ import annotations

from typing import Union

from ..._models import BaseModel
from .realtime_session_create_response import RealtimeSessionCreateResponse
from .realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)

__all__ = ["ClientSecretCreateResponse", "Session"]

Session = Union[RealtimeSessionCreateResponse, RealtimeTranscriptionSessionCreateResponse]


class ClientSecretCreateResponse(BaseModel):
    expires_at: int
    session: Session
    value: str
