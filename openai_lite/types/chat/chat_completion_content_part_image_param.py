from __future__ import annotations

from typing import Literal, TypedDict

from .chat_completion_content_part_text_param import PromptCacheBreakpoint

__all__ = ["ChatCompletionContentPartImageParam", "ImageURL"]


class _ImageURLRequired(TypedDict):
    url: str


class ImageURL(_ImageURLRequired, total=False):
    detail: Literal["auto", "low", "high"]


class _ChatCompletionContentPartImageParamRequired(TypedDict):
    image_url: ImageURL
    type: Literal["image_url"]


class ChatCompletionContentPartImageParam(_ChatCompletionContentPartImageParamRequired, total=False):
    prompt_cache_breakpoint: PromptCacheBreakpoint
