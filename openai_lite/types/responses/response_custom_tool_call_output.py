from __future__ import annotations

from typing import List, Literal, Optional, Union

from ..._models import BaseModel
from .response_input_file import ResponseInputFile
from .response_input_image import ResponseInputImage
from .response_input_text import ResponseInputText

__all__ = ["ResponseCustomToolCallOutput", "OutputOutputContentList"]

OutputOutputContentList = Union[ResponseInputText, ResponseInputImage, ResponseInputFile]


class ResponseCustomToolCallOutput(BaseModel):
    call_id: str
    output: Union[str, List[OutputOutputContentList]]
    type: Literal["custom_tool_call_output"]
    id: Optional[str] = None
