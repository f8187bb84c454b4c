"""Fine-tuning job checkpoint types (``openai.types.fine_tuning.jobs``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..._lazy import lazy_exports

_EXPORTS = {
    "FineTuningJobCheckpoint": ".fine_tuning_job_checkpoint",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .fine_tuning_job_checkpoint import FineTuningJobCheckpoint as FineTuningJobCheckpoint
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
