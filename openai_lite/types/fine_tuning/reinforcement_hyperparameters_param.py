from __future__ import annotations

from typing import Literal, TypedDict, Union

__all__ = ["ReinforcementHyperparametersParam"]


class ReinforcementHyperparametersParam(TypedDict, total=False):
    batch_size: Union[Literal["auto"], int]
    compute_multiplier: Union[Literal["auto"], float]
    eval_interval: Union[Literal["auto"], int]
    eval_samples: Union[Literal["auto"], int]
    learning_rate_multiplier: Union[Literal["auto"], float]
    n_epochs: Union[Literal["auto"], int]
    reasoning_effort: Literal["default", "low", "medium", "high"]
