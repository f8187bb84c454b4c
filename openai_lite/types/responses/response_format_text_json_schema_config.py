from __future__ import annotations

from dataclasses import field
from typing import Dict, Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseFormatTextJSONSchemaConfig"]


class ResponseFormatTextJSONSchemaConfig(BaseModel):
    name: str
    # The SDK's name: `schema` would shadow pydantic's classmethod there.
    schema_: Dict[str, object] = field(metadata={"alias": "schema"})
    type: Literal["json_schema"]
    description: Optional[str] = None
    strict: Optional[bool] = None
