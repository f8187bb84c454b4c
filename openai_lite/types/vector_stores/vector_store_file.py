from __future__ import annotations

from typing import Dict, Literal, Optional, Union

from ..._models import BaseModel
from ..file_chunking_strategy import FileChunkingStrategy

__all__ = ["VectorStoreFile", "LastError"]


class LastError(BaseModel):
    code: Literal["server_error", "unsupported_file", "invalid_file"]
    message: str


class VectorStoreFile(BaseModel):
    id: str
    created_at: int
    last_error: Optional[LastError]
    object: Literal["vector_store.file"]
    status: Literal["in_progress", "completed", "cancelled", "failed"]
    usage_bytes: int
    vector_store_id: str
    attributes: Optional[Dict[str, Union[str, float, bool]]] = None
    chunking_strategy: Optional[FileChunkingStrategy] = None
