from __future__ import annotations

from typing import Dict, Literal, Optional, TypedDict

__all__ = ["ResponseFormatJSONSchema", "JSONSchema"]


class _JSONSchemaRequired(TypedDict):
    name: str


class JSONSchema(_JSONSchemaRequired, total=False):
    description: str
    schema: Dict[str, object]
    strict: Optional[bool]


class ResponseFormatJSONSchema(TypedDict):
    json_schema: JSONSchema
    type: Literal["json_schema"]
