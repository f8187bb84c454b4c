from __future__ import annotations

from typing import Union

from .chat_model import ChatModel
from .responses_model import ResponsesOnlyModel

__all__ = ["AllModels"]

AllModels = Union[str, ChatModel, ResponsesOnlyModel]
