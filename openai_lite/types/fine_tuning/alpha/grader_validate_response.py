from __future__ import annotations

from typing import List, Literal, Optional, Union

from ...._models import BaseModel

__all__ = ["GraderValidateResponse"]


class GraderStringCheck(BaseModel):
    type: Literal["string_check"]
    name: str
    input: str
    reference: str
    operation: Literal["eq", "ne", "like", "ilike"]


class GraderTextSimilarity(BaseModel):
    type: Literal["text_similarity"]
    name: str
    input: str
    reference: str
    evaluation_metric: Literal[
        "cosine", "fuzzy_match", "bleu", "gleu", "meteor", "rouge_1", "rouge_2", "rouge_3",
        "rouge_4", "rouge_5", "rouge_l"
    ]


class GraderPython(BaseModel):
    type: Literal["python"]
    name: str
    source: str
    image_tag: Optional[str] = None


class GraderScoreModelSamplingParams(BaseModel):
    seed: Optional[int] = None
    top_p: Optional[float] = None
    temperature: Optional[float] = None
    max_completions_tokens: Optional[int] = None
    reasoning_effort: Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]] = None


class PromptCacheBreakpointConfig(BaseModel):
    mode: Literal["explicit"]


class InputTextContent(BaseModel):
    type: Literal["input_text"]
    text: str
    prompt_cache_breakpoint: Optional[PromptCacheBreakpointConfig] = None


class EvalItemContentOutputText(BaseModel):
    type: Literal["output_text"]
    text: str


class EvalItemInputImage(BaseModel):
    type: Literal["input_image"]
    image_url: str
    detail: Optional[str] = None


class InputAudioInputAudio(BaseModel):
    data: str
    format: Literal["mp3", "wav"]


class InputAudio(BaseModel):
    type: Literal["input_audio"]
    input_audio: InputAudioInputAudio


EvalItemContentItem = Union[str, InputTextContent, EvalItemContentOutputText, EvalItemInputImage, InputAudio]


EvalItemContent = Union[EvalItemContentItem, List[EvalItemContentItem]]


class EvalItem(BaseModel):
    role: Literal["user", "assistant", "system", "developer"]
    content: EvalItemContent
    type: Optional[Literal["message"]] = None


class GraderScoreModel(BaseModel):
    type: Literal["score_model"]
    name: str
    model: str
    sampling_params: Optional[GraderScoreModelSamplingParams] = None
    input: List[EvalItem]
    range: Optional[List[float]] = None


class GraderLabelModel(BaseModel):
    type: Literal["label_model"]
    name: str
    model: str
    input: List[EvalItem]
    labels: List[str]
    passing_labels: List[str]


class GraderMulti(BaseModel):
    type: Literal["multi"]
    name: str
    graders: Union[GraderStringCheck, GraderTextSimilarity, GraderPython, GraderScoreModel, GraderLabelModel]
    calculate_output: str


class GraderValidateResponse(BaseModel):
    grader: Optional[Union[GraderStringCheck, GraderTextSimilarity, GraderPython, GraderScoreModel, GraderMulti]] = None
