from __future__ import annotations

from typing import TypedDict

__all__ = ["CallReferParams"]


class CallReferParams(TypedDict):
    target_uri: str
