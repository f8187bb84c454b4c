from __future__ import annotations

from typing import List, Literal, Optional, Union

from ..._models import BaseModel
from .response_output_refusal import ResponseOutputRefusal
from .response_output_text import ResponseOutputText

__all__ = ["ResponseOutputMessage", "Content"]

Content = Union[ResponseOutputText, ResponseOutputRefusal]


class ResponseOutputMessage(BaseModel):
    id: str
    content: List[Content]
    role: Literal["assistant"]
    status: Literal["in_progress", "completed", "incomplete"]
    type: Literal["message"]
    phase: Optional[str] = None
