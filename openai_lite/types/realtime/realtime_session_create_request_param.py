from __future__ import annotations

from typing import Dict, Iterable, List, Literal, Optional, TypedDict, Union

__all__ = ["RealtimeSessionCreateRequestParam"]


class _Required(TypedDict):
    type: Literal["realtime"]


class RealtimeSessionCreateRequestParam(_Required, total=False):
    audio: Dict[str, object]
    include: List[Literal["item.input_audio_transcription.logprobs"]]
    instructions: str
    max_output_tokens: Union[int, Literal["inf"]]
    model: str
    output_modalities: List[Literal["text", "audio"]]
    parallel_tool_calls: bool
    prompt: Optional[Dict[str, object]]
    reasoning: Dict[str, object]
    tool_choice: Union[str, Dict[str, object]]
    tools: Iterable[Dict[str, object]]
    tracing: Union[Literal["auto"], Dict[str, object], None]
    truncation: Union[str, Dict[str, object]]
