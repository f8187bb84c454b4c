"""Fine-tuning types (``openai.types.fine_tuning``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {
    "FineTuningJob": ".fine_tuning_job",
    "FineTuningJobEvent": ".fine_tuning_job_event",
    "alpha": ".alpha",
    "checkpoints": ".checkpoints",
    "jobs": ".jobs",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .fine_tuning_job import FineTuningJob as FineTuningJob
    from .fine_tuning_job_event import FineTuningJobEvent as FineTuningJobEvent
    from . import alpha as alpha
    from . import checkpoints as checkpoints
    from . import jobs as jobs
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
