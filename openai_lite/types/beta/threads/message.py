from __future__ import annotations

from typing import List, Literal, Optional, Union

from ...._models import BaseModel
from ...shared.metadata import Metadata
from ..code_interpreter_tool import CodeInterpreterTool
from .message_content import MessageContent

__all__ = ["Message"]


class IncompleteDetails(BaseModel):
    reason: Literal[
        "content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed"
    ]


class AssistantToolsFileSearchTypeOnly(BaseModel):
    type: Literal["file_search"]


class Attachments(BaseModel):
    file_id: Optional[str] = None
    tools: Optional[List[Union[CodeInterpreterTool, AssistantToolsFileSearchTypeOnly]]] = None


class Message(BaseModel):
    id: str
    object: Literal["thread.message"]
    created_at: int
    thread_id: str
    status: Literal["in_progress", "incomplete", "completed"]
    incomplete_details: Optional[IncompleteDetails] = None
    completed_at: Optional[int] = None
    incomplete_at: Optional[int] = None
    role: Literal["user", "assistant"]
    content: List[MessageContent]
    assistant_id: Optional[str] = None
    run_id: Optional[str] = None
    attachments: Optional[List[Attachments]] = None
    metadata: Optional[Metadata] = None
