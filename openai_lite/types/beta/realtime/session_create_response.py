from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from ...._models import BaseModel

__all__ = ["SessionCreateResponse"]


class RealtimeAudioFormatsAudioPcm(BaseModel):
    type: Optional[Literal["audio/pcm"]] = None
    rate: Optional[int] = None


class RealtimeAudioFormatsAudioPcmu(BaseModel):
    type: Optional[Literal["audio/pcmu"]] = None


class RealtimeAudioFormatsAudioPcma(BaseModel):
    type: Optional[Literal["audio/pcma"]] = None


RealtimeAudioFormats = Union[RealtimeAudioFormatsAudioPcm, RealtimeAudioFormatsAudioPcmu, RealtimeAudioFormatsAudioPcma]


class AudioTranscriptionResponse(BaseModel):
    model: Optional[Union[str, Literal[
        "whisper-1", "gpt-transcribe", "gpt-live-transcribe", "gpt-4o-mini-transcribe",
        "gpt-4o-mini-transcribe-2025-12-15", "gpt-4o-transcribe", "gpt-4o-transcribe-diarize",
        "gpt-realtime-whisper"
    ]]] = None
    language: Optional[str] = None
    languages: Optional[List[str]] = None
    prompt: Optional[str] = None


class AudioInputNoiseReduction(BaseModel):
    type: Optional[Literal["near_field", "far_field"]] = None


class AudioInputTurnDetection(BaseModel):
    type: Optional[str] = None
    threshold: Optional[float] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None


class AudioInput(BaseModel):
    format: Optional[RealtimeAudioFormats] = None
    transcription: Optional[AudioTranscriptionResponse] = None
    noise_reduction: Optional[AudioInputNoiseReduction] = None
    turn_detection: Optional[AudioInputTurnDetection] = None


VoiceIdsShared = Union[str, Literal[
        "alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"
    ]]


class AudioOutput(BaseModel):
    format: Optional[RealtimeAudioFormats] = None
    voice: Optional[VoiceIdsShared] = None
    speed: Optional[float] = None


class Audio(BaseModel):
    input: Optional[AudioInput] = None
    output: Optional[AudioOutput] = None


class TracingTracingConfiguration(BaseModel):
    workflow_name: Optional[str] = None
    group_id: Optional[str] = None
    metadata: Optional[Dict[str, Any]] = None


class TurnDetection(BaseModel):
    type: Optional[str] = None
    threshold: Optional[float] = None
    prefix_padding_ms: Optional[int] = None
    silence_duration_ms: Optional[int] = None


class RealtimeFunctionTool(BaseModel):
    type: Optional[Literal["function"]] = None
    name: Optional[str] = None
    description: Optional[str] = None
    parameters: Optional[Dict[str, Any]] = None


class SessionCreateResponse(BaseModel):
    id: Optional[str] = None
    object: Optional[str] = None
    expires_at: Optional[int] = None
    include: Optional[List[Literal["item.input_audio_transcription.logprobs"]]] = None
    model: Optional[str] = None
    output_modalities: Optional[Any] = None
    instructions: Optional[str] = None
    audio: Optional[Audio] = None
    tracing: Optional[Union[Literal["auto"], TracingTracingConfiguration]] = None
    turn_detection: Optional[TurnDetection] = None
    tools: Optional[List[RealtimeFunctionTool]] = None
    tool_choice: Optional[str] = None
    max_output_tokens: Optional[Union[int, Literal["inf"]]] = None
