from __future__ import annotations

from .eval_create_response import EvalCreateResponse

__all__ = ["EvalUpdateResponse"]


class EvalUpdateResponse(EvalCreateResponse):
    """The same object as ``EvalCreateResponse``."""
