from __future__ import annotations

from typing import Literal, Optional

from ...._models import BaseModel

__all__ = ["FineTuningJobCheckpoint"]


class Metrics(BaseModel):
    step: Optional[float] = None
    train_loss: Optional[float] = None
    train_mean_token_accuracy: Optional[float] = None
    valid_loss: Optional[float] = None
    valid_mean_token_accuracy: Optional[float] = None
    full_valid_loss: Optional[float] = None
    full_valid_mean_token_accuracy: Optional[float] = None


class FineTuningJobCheckpoint(BaseModel):
    id: str
    created_at: int
    fine_tuned_model_checkpoint: str
    step_number: int
    metrics: Metrics
    fine_tuning_job_id: str
    object: Literal["fine_tuning.job.checkpoint"]
