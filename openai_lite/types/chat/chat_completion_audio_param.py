from __future__ import annotations

from typing import Literal, TypedDict, Union

__all__ = ["ChatCompletionAudioParam", "VoiceID"]


class VoiceID(TypedDict):
    id: str


class ChatCompletionAudioParam(TypedDict):
    format: Literal["wav", "aac", "mp3", "flac", "opus", "pcm16"]
    # a built-in voice name (alloy, ash, ballad, coral, echo, sage, shimmer, verse, marin,
    # cedar, ...) or a custom voice
    voice: Union[str, VoiceID]
