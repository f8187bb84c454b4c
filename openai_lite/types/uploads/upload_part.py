from __future__ import annotations

from typing import Literal

from ..._models import BaseModel

__all__ = ["UploadPart"]


class UploadPart(BaseModel):
    id: str
    created_at: int
    object: Literal["upload.part"]
    upload_id: str
