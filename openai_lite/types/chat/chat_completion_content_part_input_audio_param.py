from __future__ import annotations

from typing import Literal, TypedDict

from .chat_completion_content_part_text_param import PromptCacheBreakpoint

__all__ = ["ChatCompletionContentPartInputAudioParam", "InputAudio"]


class InputAudio(TypedDict):
    data: str
    format: Literal["wav", "mp3"]


class _ChatCompletionContentPartInputAudioParamRequired(TypedDict):
    input_audio: InputAudio
    type: Literal["input_audio"]


class ChatCompletionContentPartInputAudioParam(_ChatCompletionContentPartInputAudioParamRequired,
                                               total=False):
    prompt_cache_breakpoint: PromptCacheBreakpoint
