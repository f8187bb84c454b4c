"""Request-side shapes shared by several endpoints (``openai.types.shared_params``).

TypedDicts and aliases only: they exist for type checkers and cost a few class
creations at import, so they are imported eagerly.
"""
from __future__ import annotations

from .function_definition import FunctionDefinition as FunctionDefinition
from .function_parameters import FunctionParameters as FunctionParameters
from .metadata import Metadata as Metadata
from .reasoning_effort import ReasoningEffort as ReasoningEffort
from .response_format_json_object import ResponseFormatJSONObject as ResponseFormatJSONObject
from .response_format_json_schema import ResponseFormatJSONSchema as ResponseFormatJSONSchema
from .response_format_text import ResponseFormatText as ResponseFormatText

__all__ = [
    "FunctionDefinition", "FunctionParameters", "Metadata", "ReasoningEffort",
    "ResponseFormatJSONObject", "ResponseFormatJSONSchema", "ResponseFormatText",
]
