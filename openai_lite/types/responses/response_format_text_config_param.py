from __future__ import annotations

from typing import Dict, Union

from .response_format_text_json_schema_config_param import ResponseFormatTextJSONSchemaConfigParam

__all__ = ["ResponseFormatTextConfigParam"]

# {"type": "text"} and {"type": "json_object"} are the other two formats.
ResponseFormatTextConfigParam = Union[ResponseFormatTextJSONSchemaConfigParam, Dict[str, object]]
