from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["ResponseOutputRefusalParam"]


class ResponseOutputRefusalParam(TypedDict):
    refusal: str
    type: Literal["refusal"]
