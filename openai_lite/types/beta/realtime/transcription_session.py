from __future__ import annotations

from typing import Any, List, Literal, Optional, Union

from ...._models import BaseModel

__all__ = ["TranscriptionSession"]


class ClientSecret(BaseModel):
    value: str
    expires_at: int


class AudioTranscriptionResponse(BaseModel):
    model: Optional[Union[str, Literal[
        "whisper-1", "gpt-transcribe", "gpt-live-transcribe", "gpt-4o-mini-transcribe",
        "gpt-4o-mini-transcribe-2025-12-15", "gpt-4o-transcribe", "gpt-4o-transcribe-diarize",
        "gpt-realtime-whisper"
    ]]] = None
    language: Optional[str] = None
    languages: Optional[List[str]] = None
    prompt: Optional[str] = None


class TurnDetection(BaseModel):
    type: Optional[str] = None
    threshold: Optional[float] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None


class TranscriptionSession(BaseModel):
    client_secret: ClientSecret
    modalities: Optional[Any] = None
    input_audio_format: Optional[str] = None
    input_audio_transcription: Optional[AudioTranscriptionResponse] = None
    turn_detection: Optional[TurnDetection] = None
