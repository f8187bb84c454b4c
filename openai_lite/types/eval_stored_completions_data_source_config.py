"""The SDK's module for an eval's stored-completions data source config; the class is the
one eval responses use."""
from __future__ import annotations

from .eval_create_response import EvalStoredCompletionsDataSourceConfig

__all__ = ["EvalStoredCompletionsDataSourceConfig"]
