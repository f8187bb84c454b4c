from __future__ import annotations

from typing import Literal, Union

from ..._models import BaseModel
from .response_output_refusal import ResponseOutputRefusal
from .response_output_text import ResponseOutputText

__all__ = ["ResponseContentPartAddedEvent", "PartReasoningText", "Part"]


class PartReasoningText(BaseModel):
    text: str
    type: Literal["reasoning_text"]


Part = Union[ResponseOutputText, ResponseOutputRefusal, PartReasoningText]


class ResponseContentPartAddedEvent(BaseModel):
    item_id: str
    output_index: int
    content_index: int
    part: Part
    sequence_number: int
    type: Literal["response.content_part.added"]
