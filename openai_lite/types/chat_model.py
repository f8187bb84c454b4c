from __future__ import annotations

from .shared.chat_model import ChatModel

__all__ = ["ChatModel"]
