from __future__ import annotations

from typing import List, Literal, Optional, Union

from ..._models import BaseModel
from ..responses.response_input_file import ResponseInputFile
from ..responses.response_input_image import ResponseInputImage
from ..responses.response_input_text import ResponseInputText
from ..responses.response_output_refusal import ResponseOutputRefusal
from ..responses.response_output_text import ResponseOutputText
from .computer_screenshot_content import ComputerScreenshotContent
from .summary_text_content import SummaryTextContent
from .text_content import TextContent

__all__ = ["Message", "Content", "ContentReasoningText"]


class ContentReasoningText(BaseModel):
    text: str
    type: Literal["reasoning_text"]


Content = Union[ResponseInputText, ResponseOutputText, TextContent, SummaryTextContent,
                ContentReasoningText, ResponseOutputRefusal, ResponseInputImage,
                ComputerScreenshotContent, ResponseInputFile]


class Message(BaseModel):
    id: str
    content: List[Content]
    role: Literal["unknown", "user", "assistant", "system", "critic", "discriminator", "developer",
                  "tool"]
    status: Literal["in_progress", "completed", "incomplete"]
    type: Literal["message"]
    phase: Optional[str] = None
