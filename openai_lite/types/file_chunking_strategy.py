from __future__ import annotations

from typing import Union

from .other_file_chunking_strategy_object import OtherFileChunkingStrategyObject
from .static_file_chunking_strategy_object import StaticFileChunkingStrategyObject

__all__ = ["FileChunkingStrategy"]

# Resolved by `type`.
FileChunkingStrategy = Union[StaticFileChunkingStrategyObject, OtherFileChunkingStrategyObject]
