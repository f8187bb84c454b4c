from __future__ import annotations

from typing import Literal, Optional

from .._models import BaseModel
from .file_object import FileObject

__all__ = ["Upload"]


class Upload(BaseModel):
    id: str
    bytes: int
    created_at: int
    expires_at: int
    filename: str
    object: Literal["upload"]
    purpose: str
    status: Literal["pending", "completed", "cancelled", "expired"]
    file: Optional[FileObject] = None
