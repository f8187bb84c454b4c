"""The SDK's module for the completions data source of an eval run; the class is the one
run responses use."""
from __future__ import annotations

from .run_create_response import CreateEvalCompletionsRunDataSource

__all__ = ["CreateEvalCompletionsRunDataSource"]
