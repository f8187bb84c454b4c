from __future__ import annotations

from typing import List, Literal, Optional, Union

from ..._models import BaseModel

__all__ = [
    "Transcription", "Language", "Logprob", "Usage", "UsageTokens", "UsageTokensInputTokenDetails",
    "UsageDuration",
]


class Language(BaseModel):
    code: str


class Logprob(BaseModel):
    token: Optional[str] = None
    bytes: Optional[List[float]] = None
    logprob: Optional[float] = None


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


# Resolved by `type`: token counts for the GPT transcription models, seconds for whisper.
Usage = Union[UsageTokens, UsageDuration]


class Transcription(BaseModel):
    """`response_format="json"` (the default)."""

    text: str
    languages: Optional[List[Language]] = None
    logprobs: Optional[List[Logprob]] = None
    usage: Optional[Usage] = None
