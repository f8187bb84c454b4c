from __future__ import annotations

from typing import List, Literal

from .._models import BaseModel

__all__ = ["Embedding"]


class Embedding(BaseModel):
    # With encoding_format="base64" the API sends a string here; it is kept as sent.
    embedding: List[float]
    index: int
    object: Literal["embedding"]
