from __future__ import annotations

from typing import Literal, Optional, Union

from ..._models import BaseModel

__all__ = ["ReinforcementHyperparameters"]


class ReinforcementHyperparameters(BaseModel):
    batch_size: Optional[Union[Literal["auto"], int]] = None
    compute_multiplier: Optional[Union[Literal["auto"], float]] = None
    eval_interval: Optional[Union[Literal["auto"], int]] = None
    eval_samples: Optional[Union[Literal["auto"], int]] = None
    learning_rate_multiplier: Optional[Union[Literal["auto"], float]] = None
    n_epochs: Optional[Union[Literal["auto"], int]] = None
    reasoning_effort: Optional[Literal["default", "low", "medium", "high"]] = None
