from __future__ import annotations

from .eval_create_response import EvalCreateResponse

__all__ = ["EvalRetrieveResponse"]


class EvalRetrieveResponse(EvalCreateResponse):
    """The same object as ``EvalCreateResponse``."""
