from __future__ import annotations

from typing import Literal, Union

from ..._models import BaseModel
from .response_output_refusal import ResponseOutputRefusal
from .response_output_text import ResponseOutputText

__all__ = ["ResponseContentPartDoneEvent", "PartReasoningText", "Part"]


class PartReasoningText(BaseModel):
    text: str
    type: Literal["reasoning_text"]


Part = Union[ResponseOutputText, ResponseOutputRefusal, PartReasoningText]


class ResponseContentPartDoneEvent(BaseModel):
    item_id: str
    output_index: int
    content_index: int
    sequence_number: int
    part: Part
    type: Literal["response.content_part.done"]
