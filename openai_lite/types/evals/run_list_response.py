from __future__ import annotations

from .run_create_response import RunCreateResponse

__all__ = ["RunListResponse"]


class RunListResponse(RunCreateResponse):
    """The same object as ``RunCreateResponse``."""
