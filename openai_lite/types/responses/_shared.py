"""The ``openai.types.shared`` models the response types use, under the names they had here."""
from __future__ import annotations

from ..shared.reasoning import Reasoning
from ..shared.response_format_json_object import ResponseFormatJSONObject
from ..shared.response_format_text import ResponseFormatText

__all__ = ["Reasoning", "ResponseFormatText", "ResponseFormatJSONObject"]
