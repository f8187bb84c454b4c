from __future__ import annotations

from typing import Literal, TypedDict, Union

from .chat_completion_content_part_image_param import ChatCompletionContentPartImageParam
from .chat_completion_content_part_input_audio_param import ChatCompletionContentPartInputAudioParam
from .chat_completion_content_part_text_param import (
    ChatCompletionContentPartTextParam,
    PromptCacheBreakpoint,
)

__all__ = ["ChatCompletionContentPartParam", "File", "FileFile"]


class FileFile(TypedDict, total=False):
    file_data: str
    file_id: str
    filename: str


class _FileRequired(TypedDict):
    file: FileFile
    type: Literal["file"]


class File(_FileRequired, total=False):
    prompt_cache_breakpoint: PromptCacheBreakpoint


ChatCompletionContentPartParam = Union[
    ChatCompletionContentPartTextParam,
    ChatCompletionContentPartImageParam,
    ChatCompletionContentPartInputAudioParam,
    File,
]
