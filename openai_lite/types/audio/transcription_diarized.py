from __future__ import annotations

from typing import List, Literal, Optional, Union

from ..._models import BaseModel
from .transcription_diarized_segment import TranscriptionDiarizedSegment

__all__ = ["TranscriptionDiarized", "Usage", "UsageTokens", "UsageTokensInputTokenDetails", "UsageDuration"]


class UsageTokensInputTokenDetails(BaseModel):
    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


class UsageTokens(BaseModel):
    input_tokens: int
    output_tokens: int
    total_tokens: int
    type: Literal["tokens"]
    input_token_details: Optional[UsageTokensInputTokenDetails] = None


class UsageDuration(BaseModel):
    seconds: float
    type: Literal["duration"]


Usage = Union[UsageTokens, UsageDuration]


class TranscriptionDiarized(BaseModel):
    """`response_format="diarized_json"`: the text split by speaker."""

    duration: float
    segments: List[TranscriptionDiarizedSegment]
    task: Literal["transcribe"]
    text: str
    usage: Optional[Usage] = None
