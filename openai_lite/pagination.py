"""``openai.pagination``: the page classes under the SDK's public module name, for code
that annotates with them (``SyncCursorPage[FineTuningJob]``...)."""
from __future__ import annotations

from ._pagination import (AsyncConversationCursorPage, AsyncCursorPage, AsyncNextCursorPage, AsyncPage,
                          SyncConversationCursorPage, SyncCursorPage, SyncNextCursorPage, SyncPage)

__all__ = ["SyncPage", "AsyncPage", "SyncCursorPage", "AsyncCursorPage", "SyncConversationCursorPage",
           "AsyncConversationCursorPage", "SyncNextCursorPage", "AsyncNextCursorPage"]
