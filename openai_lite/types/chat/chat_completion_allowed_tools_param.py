from __future__ import annotations

from typing import Dict, Iterable, Literal, TypedDict

__all__ = ["ChatCompletionAllowedToolsParam"]


class ChatCompletionAllowedToolsParam(TypedDict):
    mode: Literal["auto", "required"]
    tools: Iterable[Dict[str, object]]
