"""The SDK's module for an eval's custom data source config; the class is the one eval
responses use."""
from __future__ import annotations

from .eval_create_response import EvalCustomDataSourceConfig

__all__ = ["EvalCustomDataSourceConfig"]
