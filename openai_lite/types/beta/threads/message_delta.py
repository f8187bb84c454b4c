from __future__ import annotations

from typing import List, Literal, Optional

from ...._models import BaseModel
from .message_content_delta import MessageContentDelta

__all__ = ["MessageDelta"]


class MessageDelta(BaseModel):
    role: Optional[Literal["user", "assistant"]] = None
    content: Optional[List[MessageContentDelta]] = None
