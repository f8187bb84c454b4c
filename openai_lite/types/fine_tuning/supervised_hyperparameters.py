from __future__ import annotations

from typing import Literal, Optional, Union

from ..._models import BaseModel

__all__ = ["SupervisedHyperparameters"]


class SupervisedHyperparameters(BaseModel):
    batch_size: Optional[Union[Literal["auto"], int]] = None
    learning_rate_multiplier: Optional[Union[Literal["auto"], float]] = None
    n_epochs: Optional[Union[Literal["auto"], int]] = None
