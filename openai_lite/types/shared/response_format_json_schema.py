from __future__ import annotations

from dataclasses import field
from typing import Dict, Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseFormatJSONSchema"]


class JSONSchema(BaseModel):
    name: str
    description: Optional[str] = None
    schema_: Optional[Dict[str, object]] = field(default=None, metadata={"alias": "schema"})
    strict: Optional[bool] = None


class ResponseFormatJSONSchema(BaseModel):
    type: Literal["json_schema"]
    json_schema: JSONSchema
