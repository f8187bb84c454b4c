from __future__ import annotations

from dataclasses import field
from typing import Any, Dict, List, Literal, Optional, Union

from .._models import BaseModel
from .shared.metadata import Metadata

__all__ = ["EvalCreateResponse"]


class EvalCustomDataSourceConfig(BaseModel):
    type: Literal["custom"]
    schema_: Dict[str, Any] = field(metadata={"alias": "schema"})


class EvalLogsDataSourceConfig(BaseModel):
    type: Literal["logs"]
    metadata: Optional[Metadata] = None
    schema_: Dict[str, Any] = field(metadata={"alias": "schema"})


class EvalStoredCompletionsDataSourceConfig(BaseModel):
    type: Literal["stored_completions"]
    metadata: Optional[Metadata] = None
    schema_: Dict[str, Any] = field(metadata={"alias": "schema"})


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


class EvalGraderLabelModel(BaseModel):
    type: Literal["label_model"]
    name: str
    model: str
    input: List[EvalItem]
    labels: List[str]
    passing_labels: List[str]


class EvalGraderStringCheck(BaseModel):
    type: Literal["string_check"]
    name: str
    input: str
    reference: str
    operation: Literal["eq", "ne", "like", "ilike"]


class EvalGraderTextSimilarity(BaseModel):
    type: Literal["text_similarity"]
    name: str
    input: str
    reference: str
    evaluation_metric: Literal[
        "cosine", "fuzzy_match", "bleu", "gleu", "meteor", "rouge_1", "rouge_2", "rouge_3",
        "rouge_4", "rouge_5", "rouge_l"
    ]
    pass_threshold: float


class EvalGraderPython(BaseModel):
    type: Literal["python"]
    name: str
    source: str
    image_tag: Optional[str] = None
    pass_threshold: Optional[float] = None


class EvalGraderScoreModelSamplingParams(BaseModel):
    seed: Optional[int] = None
    top_p: Optional[float] = None
    temperature: Optional[float] = None
    max_completions_tokens: Optional[int] = None
    reasoning_effort: Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]] = None


class EvalGraderScoreModel(BaseModel):
    type: Literal["score_model"]
    name: str
    model: str
    sampling_params: Optional[EvalGraderScoreModelSamplingParams] = None
    input: List[EvalItem]
    range: Optional[List[float]] = None
    pass_threshold: Optional[float] = None


class EvalCreateResponse(BaseModel):
    object: Literal["eval"]
    id: str
    name: str
    data_source_config: Union[EvalCustomDataSourceConfig, EvalLogsDataSourceConfig, EvalStoredCompletionsDataSourceConfig]
    testing_criteria: List[Union[EvalGraderLabelModel, EvalGraderStringCheck, EvalGraderTextSimilarity, EvalGraderPython, EvalGraderScoreModel]]
    created_at: int
    metadata: Optional[Metadata] = None
