"""The messages a model grader is given (``input`` of score and label model graders)."""
from __future__ import annotations

from typing import List, Literal, Optional, Union

from ..._models import BaseModel



class PromptCacheBreakpointConfig(BaseModel):
    mode: Literal["explicit"]


class InputTextContent(BaseModel):
    type: Literal["input_text"]
    text: str
    prompt_cache_breakpoint: Optional[PromptCacheBreakpointConfig] = None


class OutputTextContent(BaseModel):
    type: Literal["output_text"]
    text: str


class InputImageContent(BaseModel):
    type: Literal["input_image"]
    image_url: str
    detail: Optional[str] = None


class InputAudioInputAudio(BaseModel):
    data: str
    format: Literal["mp3", "wav"]


class InputAudioContent(BaseModel):
    type: Literal["input_audio"]
    input_audio: InputAudioInputAudio


GraderInputItem = Union[str, InputTextContent, OutputTextContent, InputImageContent, InputAudioContent]

GraderInputContent = Union[GraderInputItem, List[GraderInputItem]]


class GraderInput(BaseModel):
    role: Literal["user", "assistant", "system", "developer"]
    content: GraderInputContent
    type: Optional[Literal["message"]] = None
