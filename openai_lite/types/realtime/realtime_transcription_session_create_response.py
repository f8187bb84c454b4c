from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional

from ..._models import BaseModel

__all__ = ["RealtimeTranscriptionSessionCreateResponse"]


class RealtimeTranscriptionSessionCreateResponse(BaseModel):
    type: Literal["transcription"]
    id: Optional[str] = None
    object: Optional[str] = None
    expires_at: Optional[int] = None
    audio: Optional[Dict[str, Any]] = None
    include: Optional[List[Literal["item.input_audio_transcription.logprobs"]]] = None
