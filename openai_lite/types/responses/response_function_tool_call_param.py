from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["ResponseFunctionToolCallParam"]


class _Required(TypedDict):
    arguments: str
    call_id: str
    name: str
    type: Literal["function_call"]


class ResponseFunctionToolCallParam(_Required, total=False):
    id: str
    namespace: str
    status: Literal["in_progress", "completed", "incomplete"]
