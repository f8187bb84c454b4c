from __future__ import annotations

from typing import Optional, Union

from ....._models import BaseModel
from .run_step_delta_message_delta import RunStepDeltaMessageDelta
from .tool_call_delta_object import ToolCallDeltaObject

__all__ = ["RunStepDelta"]


class RunStepDelta(BaseModel):
    step_details: Optional[Union[RunStepDeltaMessageDelta, ToolCallDeltaObject]] = None
