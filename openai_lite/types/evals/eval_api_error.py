"""The SDK's module for the error of an eval run; the class is the one run responses use."""
from __future__ import annotations

from .run_create_response import EvalApiError

__all__ = ["EvalAPIError"]

EvalAPIError = EvalApiError
