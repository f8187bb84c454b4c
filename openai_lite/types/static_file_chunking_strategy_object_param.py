from __future__ import annotations

from typing import Literal, TypedDict

from .static_file_chunking_strategy_param import StaticFileChunkingStrategyParam

__all__ = ["StaticFileChunkingStrategyObjectParam"]


class StaticFileChunkingStrategyObjectParam(TypedDict):
    static: StaticFileChunkingStrategyParam
    type: Literal["static"]
