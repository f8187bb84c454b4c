from __future__ import annotations

from typing import Literal, Optional

from .._models import BaseModel
from .shared.metadata import Metadata

__all__ = ["VectorStore", "FileCounts", "ExpiresAfter"]


class FileCounts(BaseModel):
    cancelled: int
    completed: int
    failed: int
    in_progress: int
    total: int


class ExpiresAfter(BaseModel):
    anchor: Literal["last_active_at"]
    days: int


class VectorStore(BaseModel):
    id: str
    created_at: int
    file_counts: FileCounts
    last_active_at: Optional[int]
    metadata: Optional[Metadata]
    name: str
    object: Literal["vector_store"]
    status: Literal["expired", "in_progress", "completed"]
    usage_bytes: int
    expires_after: Optional[ExpiresAfter] = None
    expires_at: Optional[int] = None
