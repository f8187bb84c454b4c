from __future__ import annotations

from typing import List, Literal, Optional, Union

from ..._models import BaseModel
from ..shared.metadata import Metadata
from ._shared import Reasoning
from .response_error import ResponseError
from .response_output_item import ResponseOutputItem
from .response_prompt import ResponsePrompt
from .response_status import ResponseStatus
from .response_text_config import ResponseTextConfig
from .response_usage import ResponseUsage
from .tool import Tool
from .tool_choice_allowed import ToolChoiceAllowed
from .tool_choice_custom import ToolChoiceCustom
from .tool_choice_function import ToolChoiceFunction
from .tool_choice_mcp import ToolChoiceMcp
from .tool_choice_options import ToolChoiceOptions
from .tool_choice_types import ToolChoiceTypes

__all__ = ["Response", "IncompleteDetails", "ToolChoice", "Conversation"]


class IncompleteDetails(BaseModel):
    reason: Optional[Literal["max_output_tokens", "content_filter"]] = None


class Conversation(BaseModel):
    id: str


ToolChoice = Union[ToolChoiceOptions, ToolChoiceAllowed, ToolChoiceTypes, ToolChoiceFunction,
                   ToolChoiceMcp, ToolChoiceCustom]


class Response(BaseModel):
    id: str
    created_at: float
    error: Optional[ResponseError]
    incomplete_details: Optional[IncompleteDetails]
    # a string, or the input items the instructions were given as (kept as sent)
    instructions: Union[str, List[object], None]
    metadata: Optional[Metadata]
    model: str
    object: Literal["response"]
    output: List[ResponseOutputItem]
    parallel_tool_calls: bool
    temperature: Optional[float]
    tool_choice: ToolChoice
    tools: List[Tool]
    top_p: Optional[float]
    background: Optional[bool] = None
    completed_at: Optional[float] = None
    conversation: Optional[Conversation] = None
    max_output_tokens: Optional[int] = None
    max_tool_calls: Optional[int] = None
    previous_response_id: Optional[str] = None
    prompt: Optional[ResponsePrompt] = None
    prompt_cache_key: Optional[str] = None
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]] = None
    reasoning: Optional[Reasoning] = None
    safety_identifier: Optional[str] = None
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority"]] = None
    status: Optional[ResponseStatus] = None
    text: Optional[ResponseTextConfig] = None
    top_logprobs: Optional[int] = None
    truncation: Optional[Literal["auto", "disabled"]] = None
    usage: Optional[ResponseUsage] = None
    user: Optional[str] = None

    @property
    def output_text(self) -> str:
        """All ``output_text`` parts of all ``message`` items, joined; ``""`` when none.

        Computed rather than read from the payload, so it also holds for responses
        assembled from a stream."""
        texts: List[str] = []
        for item in self.output or ():
            if getattr(item, "type", None) != "message":
                continue
            for part in getattr(item, "content", None) or ():
                if getattr(part, "type", None) == "output_text":
                    text = getattr(part, "text", None)
                    if isinstance(text, str):
                        texts.append(text)
        return "".join(texts)
