from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["AutoFileChunkingStrategyParam"]


class AutoFileChunkingStrategyParam(TypedDict):
    """Let the server choose (800-token chunks overlapping by 400 at the time of writing)."""

    type: Literal["auto"]
