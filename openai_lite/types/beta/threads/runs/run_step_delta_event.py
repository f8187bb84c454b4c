from __future__ import annotations

from typing import Literal

from ....._models import BaseModel
from .run_step_delta import RunStepDelta

__all__ = ["RunStepDeltaEvent"]


class RunStepDeltaEvent(BaseModel):
    id: str
    object: Literal["thread.run.step.delta"]
    delta: RunStepDelta
