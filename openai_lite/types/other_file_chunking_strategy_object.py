from __future__ import annotations

from typing import Literal

from .._models import BaseModel

__all__ = ["OtherFileChunkingStrategyObject"]


class OtherFileChunkingStrategyObject(BaseModel):
    """Reported for files indexed before chunking strategies existed."""

    type: Literal["other"]
