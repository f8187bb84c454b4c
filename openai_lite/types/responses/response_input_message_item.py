from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel
from .response_input_message_content_list import ResponseInputMessageContentList

__all__ = ["ResponseInputMessageItem"]


class ResponseInputMessageItem(BaseModel):
    id: str
    content: ResponseInputMessageContentList
    role: Literal["user", "system", "developer"]
    status: Optional[Literal["in_progress", "completed", "incomplete"]] = None
    type: Optional[Literal["message"]] = None
