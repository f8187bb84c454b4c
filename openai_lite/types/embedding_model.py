from __future__ import annotations

from typing import Literal

__all__ = ["EmbeddingModel"]

EmbeddingModel = Literal["text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"]
