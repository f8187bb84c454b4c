from __future__ import annotations

from typing import List, Literal, Optional

from ..._models import BaseModel

__all__ = ["TranscriptionTextDoneEvent", "Language", "Logprob", "Usage", "UsageInputTokenDetails"]


class Language(BaseModel):
    code: str


class Logprob(BaseModel):
    token: Optional[str] = None
    bytes: Optional[List[int]] = None
    logprob: Optional[float] = None


class UsageInputTokenDetails(BaseModel):
    audio_tokens: Optional[int] = None
    text_tokens: Optional[int] = None


class Usage(BaseModel):
    input_tokens: int
    output_tokens: int
    total_tokens: int
    type: Literal["tokens"]
    input_token_details: Optional[UsageInputTokenDetails] = None


class TranscriptionTextDoneEvent(BaseModel):
    text: str
    type: Literal["transcript.text.done"]
    languages: Optional[List[Language]] = None
    logprobs: Optional[List[Logprob]] = None
    usage: Optional[Usage] = None
