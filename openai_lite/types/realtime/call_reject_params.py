from __future__ import annotations

from typing import TypedDict

__all__ = ["CallRejectParams"]


class CallRejectParams(TypedDict, total=False):
    status_code: int
