"""ChatKit types (``openai.types.beta.chatkit``), loaded on first use."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..._lazy import lazy_exports

_EXPORTS = {
    "ChatKitThread": ".chatkit_thread",
    "ChatSession": ".chat_session",
    "Data": ".chatkit_thread_item_list",
    "ThreadDeleteResponse": ".thread_delete_response",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .chatkit_thread import ChatKitThread as ChatKitThread
    from .chat_session import ChatSession as ChatSession
    from .chatkit_thread_item_list import Data as Data
    from .thread_delete_response import ThreadDeleteResponse as ThreadDeleteResponse
else:
    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
