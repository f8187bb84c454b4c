from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from ..._models import BaseModel

__all__ = ["RealtimeSessionCreateResponse"]


class RealtimeSessionCreateResponse(BaseModel):
    type: Literal["realtime"]
    id: Optional[str] = None
    object: Optional[str] = None
    expires_at: Optional[int] = None
    # The nested configuration objects are kept as sent: they mirror the request's session.
    audio: Optional[Dict[str, Any]] = None
    include: Optional[List[Literal["item.input_audio_transcription.logprobs"]]] = None
    instructions: Optional[str] = None
    max_output_tokens: Union[int, Literal["inf"], None] = None
    model: Optional[str] = None
    output_modalities: Optional[List[Literal["text", "audio"]]] = None
    prompt: Optional[Dict[str, Any]] = None
    reasoning: Optional[Dict[str, Any]] = None
    tool_choice: Union[str, Dict[str, Any], None] = None
    tools: Optional[List[Dict[str, Any]]] = None
    tracing: Union[Literal["auto"], Dict[str, Any], None] = None
    truncation: Union[str, Dict[str, Any], None] = None
