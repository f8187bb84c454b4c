from __future__ import annotations

from dataclasses import field
from typing import Any, Dict, Literal, Optional, Union

from ..._models import BaseModel

__all__ = ["AssistantResponseFormatOption"]


class ResponseFormatText(BaseModel):
    type: Literal["text"]


class ResponseFormatJSONObject(BaseModel):
    type: Literal["json_object"]


class ResponseFormatJSONSchemaJsonSchema(BaseModel):
    description: Optional[str] = None
    name: str
    schema_: Optional[Dict[str, Any]] = field(default=None, metadata={"alias": "schema"})
    strict: Optional[bool] = None


class ResponseFormatJSONSchema(BaseModel):
    type: Literal["json_schema"]
    json_schema: ResponseFormatJSONSchemaJsonSchema


AssistantResponseFormatOption = Union[Literal["auto"], ResponseFormatText, ResponseFormatJSONObject, ResponseFormatJSONSchema]
