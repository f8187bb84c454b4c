from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseApplyPatchToolCall", "Operation"]


class Operation(BaseModel):
    path: str
    type: Literal["create_file", "delete_file", "update_file"]
    diff: Optional[str] = None


class ResponseApplyPatchToolCall(BaseModel):
    id: str
    call_id: str
    operation: Operation
    status: Literal["in_progress", "completed"]
    type: Literal["apply_patch_call"]
    created_by: Optional[str] = None
