from __future__ import annotations

from typing import TypedDict

__all__ = ["StaticFileChunkingStrategyParam"]


class StaticFileChunkingStrategyParam(TypedDict):
    chunk_overlap_tokens: int
    max_chunk_size_tokens: int
