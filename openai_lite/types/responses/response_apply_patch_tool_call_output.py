from __future__ import annotations

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ResponseApplyPatchToolCallOutput"]


class ResponseApplyPatchToolCallOutput(BaseModel):
    id: str
    call_id: str
    status: Literal["completed", "failed"]
    type: Literal["apply_patch_call_output"]
    created_by: Optional[str] = None
    output: Optional[str] = None
