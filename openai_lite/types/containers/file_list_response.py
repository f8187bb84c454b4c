from __future__ import annotations

from ..._models import BaseModel

__all__ = ["FileListResponse"]


class FileListResponse(BaseModel):
    id: str
    bytes: int
    container_id: str
    created_at: int
    object: str
    path: str
    source: str  # "user" for uploads, "assistant" for files the code wrote
