from __future__ import annotations

from typing import Literal, Optional, TypedDict

__all__ = ["ChatCompletionFunctionMessageParam"]


class ChatCompletionFunctionMessageParam(TypedDict):
    content: Optional[str]
    name: str
    role: Literal["function"]
