from __future__ import annotations

from typing import List, Literal, Optional, Union

from ..._models import BaseModel
from ..shared.metadata import Metadata
from .dpo_method import DpoMethod
from .fine_tuning_job_wandb_integration_object import FineTuningJobWandbIntegrationObject
from .reinforcement_method import ReinforcementMethod
from .supervised_method import SupervisedMethod

__all__ = ["FineTuningJob"]


class Error(BaseModel):
    code: str
    message: str
    param: Optional[str] = None


class Hyperparameters(BaseModel):
    batch_size: Optional[Union[Literal["auto"], int]] = None
    learning_rate_multiplier: Optional[Union[Literal["auto"], float]] = None
    n_epochs: Optional[Union[Literal["auto"], int]] = None


class Method(BaseModel):
    type: Literal["supervised", "dpo", "reinforcement"]
    supervised: Optional[SupervisedMethod] = None
    dpo: Optional[DpoMethod] = None
    reinforcement: Optional[ReinforcementMethod] = None


class FineTuningJob(BaseModel):
    id: str
    created_at: int
    error: Optional[Error] = None
    fine_tuned_model: Optional[str] = None
    finished_at: Optional[int] = None
    hyperparameters: Hyperparameters
    model: str
    object: Literal["fine_tuning.job"]
    organization_id: str
    result_files: List[str]
    status: Literal[
        "validating_files", "queued", "running", "succeeded", "failed", "cancelled"
    ]
    trained_tokens: Optional[int] = None
    training_file: str
    validation_file: Optional[str] = None
    integrations: Optional[List[FineTuningJobWandbIntegrationObject]] = None
    seed: int
    estimated_finish: Optional[int] = None
    method: Optional[Method] = None
    metadata: Optional[Metadata] = None
