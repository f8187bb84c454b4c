from __future__ import annotations

from typing import Literal, TypedDict

__all__ = ["ChatCompletionContentPartTextParam", "PromptCacheBreakpoint"]


class PromptCacheBreakpoint(TypedDict):
    mode: Literal["explicit"]


class _ChatCompletionContentPartTextParamRequired(TypedDict):
    text: str
    type: Literal["text"]


# Required keys live in a total base class: typing.Required is 3.11+ only.
class ChatCompletionContentPartTextParam(_ChatCompletionContentPartTextParamRequired, total=False):
    prompt_cache_breakpoint: PromptCacheBreakpoint
