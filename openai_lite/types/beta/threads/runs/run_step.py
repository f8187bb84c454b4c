from __future__ import annotations

from typing import Literal, Optional, Union

from ....._models import BaseModel
from ....shared.metadata import Metadata
from .message_creation_step_details import MessageCreationStepDetails
from .tool_calls_step_details import ToolCallsStepDetails

__all__ = ["RunStep"]


class LastError(BaseModel):
    code: Literal["server_error", "rate_limit_exceeded"]
    message: str


class Usage(BaseModel):
    completion_tokens: int
    prompt_tokens: int
    total_tokens: int


class RunStep(BaseModel):
    id: str
    object: Literal["thread.run.step"]
    created_at: int
    assistant_id: str
    thread_id: str
    run_id: str
    type: Literal["message_creation", "tool_calls"]
    status: Literal["in_progress", "cancelled", "failed", "completed", "expired"]
    step_details: Union[MessageCreationStepDetails, ToolCallsStepDetails]
    last_error: Optional[LastError] = None
    expired_at: Optional[int] = None
    cancelled_at: Optional[int] = None
    failed_at: Optional[int] = None
    completed_at: Optional[int] = None
    metadata: Optional[Metadata] = None
    usage: Optional[Usage] = None
