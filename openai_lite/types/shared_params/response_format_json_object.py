from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["ResponseFormatJSONObject"]


class ResponseFormatJSONObject(TypedDict):
    type: Literal["json_object"]
