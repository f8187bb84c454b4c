from __future__ import annotations

from typing import Union

from ._shared import ResponseFormatJSONObject, ResponseFormatText
from .response_format_text_json_schema_config import ResponseFormatTextJSONSchemaConfig

__all__ = ["ResponseFormatTextConfig"]

ResponseFormatTextConfig = Union[ResponseFormatText, ResponseFormatTextJSONSchemaConfig,
                                 ResponseFormatJSONObject]
