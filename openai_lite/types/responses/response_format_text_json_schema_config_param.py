from __future__ import annotations

from typing import Dict, Literal, Optional, TypedDict

__all__ = ["ResponseFormatTextJSONSchemaConfigParam"]


_Required = TypedDict("_Required", {"name": str, "schema": Dict[str, object],
                                    "type": Literal["json_schema"]})


class ResponseFormatTextJSONSchemaConfigParam(_Required, total=False):
    description: str
    strict: Optional[bool]
