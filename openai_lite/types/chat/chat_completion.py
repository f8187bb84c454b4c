from __future__ import annotations

from typing import List, Literal, Optional

from ..._models import BaseModel
from ..completion_usage import CompletionUsage
from ..shared.metadata import Metadata
from .chat_completion_message import ChatCompletionMessage
from .chat_completion_moderation import ChatCompletionModeration
from .chat_completion_token_logprob import ChatCompletionTokenLogprob

__all__ = ["ChatCompletion", "Choice", "ChoiceLogprobs"]


class ChoiceLogprobs(BaseModel):
    content: Optional[List[ChatCompletionTokenLogprob]] = None
    refusal: Optional[List[ChatCompletionTokenLogprob]] = None


class Choice(BaseModel):
    finish_reason: Literal["stop", "length", "tool_calls", "content_filter", "function_call"]
    index: int
    logprobs: Optional[ChoiceLogprobs] = None
    message: ChatCompletionMessage


class ChatCompletion(BaseModel):
    id: str
    choices: List[Choice]
    created: int
    model: str
    object: Literal["chat.completion"]
    metadata: Optional[Metadata] = None
    moderation: Optional[ChatCompletionModeration] = None
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] = None
    system_fingerprint: Optional[str] = None
    usage: Optional[CompletionUsage] = None
