from __future__ import annotations

from .fine_tuning_job_wandb_integration_object import FineTuningJobWandbIntegrationObject

__all__ = ["FineTuningJobIntegration"]

FineTuningJobIntegration = FineTuningJobWandbIntegrationObject
