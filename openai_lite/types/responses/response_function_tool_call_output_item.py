from __future__ import annotations

from typing import List, Literal, Optional, Union

from ..._models import BaseModel
from .response_input_file import ResponseInputFile
from .response_input_image import ResponseInputImage
from .response_input_text import ResponseInputText

__all__ = ["ResponseFunctionToolCallOutputItem", "OutputOutputContentList"]

OutputOutputContentList = Union[ResponseInputText, ResponseInputImage, ResponseInputFile]


class ResponseFunctionToolCallOutputItem(BaseModel):
    id: str
    call_id: str
    output: Union[str, List[OutputOutputContentList]]
    type: Literal["function_call_output"]
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
