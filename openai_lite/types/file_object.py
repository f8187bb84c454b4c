from __future__ import annotations

from typing import Literal, Optional

from .._models import BaseModel

__all__ = ["FileObject"]


class FileObject(BaseModel):
    id: str
    bytes: int
    created_at: int
    filename: str
    object: Literal["file"]
    purpose: Literal[
        "assistants", "assistants_output", "batch", "batch_output", "fine-tune",
        "fine-tune-results", "vision", "user_data",
    ]
    status: Literal["uploaded", "processed", "error"]
    expires_at: Optional[int] = None
    status_details: Optional[str] = None
