"""The SDK's module for the JSONL data source of an eval run; the class is the one run
responses use."""
from __future__ import annotations

from .run_create_response import CreateEvalJsonlRunDataSource

__all__ = ["CreateEvalJSONLRunDataSource"]

CreateEvalJSONLRunDataSource = CreateEvalJsonlRunDataSource
