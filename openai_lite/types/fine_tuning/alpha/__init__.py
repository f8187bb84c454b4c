"""Grader types (``openai.types.fine_tuning.alpha``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..._lazy import lazy_exports

_EXPORTS = {
    "GraderRunResponse": ".grader_run_response",
    "GraderValidateResponse": ".grader_validate_response",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .grader_run_response import GraderRunResponse as GraderRunResponse
    from .grader_validate_response import GraderValidateResponse as GraderValidateResponse
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
