"""Names the generated async twins of resources refer to (for type checkers)."""
from __future__ import annotations

from ._pagination import (AsyncConversationCursorPage, AsyncCursorPage, AsyncNextCursorPage, AsyncPage,
                          AsyncPaginator)
from ._response import AsyncAPIResponse
from ._streaming import AsyncStream

__all__ = ["AsyncPaginator", "AsyncPage", "AsyncCursorPage", "AsyncConversationCursorPage",
           "AsyncNextCursorPage", "AsyncStream", "AsyncAPIResponse"]
