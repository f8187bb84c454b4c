from __future__ import annotations

from typing import Literal, Optional, Union

from ..._models import BaseModel
from .thread import Thread
from .threads.message import Message
from .threads.message_delta_event import MessageDeltaEvent
from .threads.run import Run
from .threads.runs.run_step import RunStep
from .threads.runs.run_step_delta_event import RunStepDeltaEvent

__all__ = [
    "ThreadCreated", "ThreadRunCreated", "ThreadRunQueued", "ThreadRunInProgress",
    "ThreadRunRequiresAction", "ThreadRunCompleted", "ThreadRunIncomplete", "ThreadRunFailed",
    "ThreadRunCancelling", "ThreadRunCancelled", "ThreadRunExpired", "ThreadRunStepCreated",
    "ThreadRunStepInProgress", "ThreadRunStepDelta", "ThreadRunStepCompleted",
    "ThreadRunStepFailed", "ThreadRunStepCancelled", "ThreadRunStepExpired",
    "ThreadMessageCreated", "ThreadMessageInProgress", "ThreadMessageDelta",
    "ThreadMessageCompleted", "ThreadMessageIncomplete", "ErrorEvent", "AssistantStreamEvent"
]


class ThreadCreated(BaseModel):
    enabled: Optional[bool] = None
    event: Literal["thread.created"]
    data: Thread


class ThreadRunCreated(BaseModel):
    event: Literal["thread.run.created"]
    data: Run


class ThreadRunQueued(BaseModel):
    event: Literal["thread.run.queued"]
    data: Run


class ThreadRunInProgress(BaseModel):
    event: Literal["thread.run.in_progress"]
    data: Run


class ThreadRunRequiresAction(BaseModel):
    event: Literal["thread.run.requires_action"]
    data: Run


class ThreadRunCompleted(BaseModel):
    event: Literal["thread.run.completed"]
    data: Run


class ThreadRunIncomplete(BaseModel):
    event: Literal["thread.run.incomplete"]
    data: Run


class ThreadRunFailed(BaseModel):
    event: Literal["thread.run.failed"]
    data: Run


class ThreadRunCancelling(BaseModel):
    event: Literal["thread.run.cancelling"]
    data: Run


class ThreadRunCancelled(BaseModel):
    event: Literal["thread.run.cancelled"]
    data: Run


class ThreadRunExpired(BaseModel):
    event: Literal["thread.run.expired"]
    data: Run


class ThreadRunStepCreated(BaseModel):
    event: Literal["thread.run.step.created"]
    data: RunStep


class ThreadRunStepInProgress(BaseModel):
    event: Literal["thread.run.step.in_progress"]
    data: RunStep


class ThreadRunStepDelta(BaseModel):
    event: Literal["thread.run.step.delta"]
    data: RunStepDeltaEvent


class ThreadRunStepCompleted(BaseModel):
    event: Literal["thread.run.step.completed"]
    data: RunStep


class ThreadRunStepFailed(BaseModel):
    event: Literal["thread.run.step.failed"]
    data: RunStep


class ThreadRunStepCancelled(BaseModel):
    event: Literal["thread.run.step.cancelled"]
    data: RunStep


class ThreadRunStepExpired(BaseModel):
    event: Literal["thread.run.step.expired"]
    data: RunStep


class ThreadMessageCreated(BaseModel):
    event: Literal["thread.message.created"]
    data: Message


class ThreadMessageInProgress(BaseModel):
    event: Literal["thread.message.in_progress"]
    data: Message


class ThreadMessageDelta(BaseModel):
    event: Literal["thread.message.delta"]
    data: MessageDeltaEvent


class ThreadMessageCompleted(BaseModel):
    event: Literal["thread.message.completed"]
    data: Message


class ThreadMessageIncomplete(BaseModel):
    event: Literal["thread.message.incomplete"]
    data: Message


class ErrorObject(BaseModel):
    code: Optional[str] = None
    message: str
    param: Optional[str] = None
    type: str


class ErrorEvent(BaseModel):
    event: Literal["error"]
    data: ErrorObject


AssistantStreamEvent = Union[ThreadCreated, ThreadRunCreated, ThreadRunQueued, ThreadRunInProgress, ThreadRunRequiresAction, ThreadRunCompleted, ThreadRunIncomplete, ThreadRunFailed, ThreadRunCancelling, ThreadRunCancelled, ThreadRunExpired, ThreadRunStepCreated, ThreadRunStepInProgress, ThreadRunStepDelta, ThreadRunStepCompleted, ThreadRunStepFailed, ThreadRunStepCancelled, ThreadRunStepExpired, ThreadMessageCreated, ThreadMessageInProgress, ThreadMessageDelta, ThreadMessageCompleted, ThreadMessageIncomplete, ErrorEvent]
