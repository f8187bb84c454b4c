from __future__ import annotations

from .run_create_response import RunCreateResponse

__all__ = ["RunRetrieveResponse"]


class RunRetrieveResponse(RunCreateResponse):
    """The same object as ``RunCreateResponse``."""
