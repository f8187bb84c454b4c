from __future__ import annotations

from typing import Dict, Optional, TypedDict

__all__ = ["ConversationUpdateParams"]


class ConversationUpdateParams(TypedDict):
    metadata: Optional[Dict[str, str]]
