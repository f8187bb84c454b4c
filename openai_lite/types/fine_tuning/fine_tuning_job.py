from __future__ import annotations

from typing import List, Literal, Optional, Union

from ..._models import BaseModel
from ..shared.metadata import Metadata

__all__ = ["FineTuningJob"]


class Error(BaseModel):
    code: str
    message: str
    param: Optional[str] = None


class Hyperparameters(BaseModel):
    batch_size: Optional[Union[Literal["auto"], int]] = None
    learning_rate_multiplier: Optional[Union[Literal["auto"], float]] = None
    n_epochs: Optional[Union[Literal["auto"], int]] = None


class FineTuningIntegrationWandb(BaseModel):
    project: str
    name: Optional[str] = None
    entity: Optional[str] = None
    tags: Optional[List[str]] = None


class FineTuningIntegration(BaseModel):
    type: Literal["wandb"]
    wandb: FineTuningIntegrationWandb


class FineTuneSupervisedHyperparameters(BaseModel):
    batch_size: Optional[Union[Literal["auto"], int]] = None
    learning_rate_multiplier: Optional[Union[Literal["auto"], float]] = None
    n_epochs: Optional[Union[Literal["auto"], int]] = None


class FineTuneSupervisedMethod(BaseModel):
    hyperparameters: Optional[FineTuneSupervisedHyperparameters] = None


class FineTuneDPOHyperparameters(BaseModel):
    beta: Optional[Union[Literal["auto"], float]] = None
    batch_size: Optional[Union[Literal["auto"], int]] = None
    learning_rate_multiplier: Optional[Union[Literal["auto"], float]] = None
    n_epochs: Optional[Union[Literal["auto"], int]] = None


class FineTuneDPOMethod(BaseModel):
    hyperparameters: Optional[FineTuneDPOHyperparameters] = None


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


class FineTuneReinforcementHyperparameters(BaseModel):
    batch_size: Optional[Union[Literal["auto"], int]] = None
    learning_rate_multiplier: Optional[Union[Literal["auto"], float]] = None
    n_epochs: Optional[Union[Literal["auto"], int]] = None
    reasoning_effort: Optional[Literal["default", "low", "medium", "high"]] = None
    compute_multiplier: Optional[Union[Literal["auto"], float]] = None
    eval_interval: Optional[Union[Literal["auto"], int]] = None
    eval_samples: Optional[Union[Literal["auto"], int]] = None


class FineTuneReinforcementMethod(BaseModel):
    grader: Union[GraderStringCheck, GraderTextSimilarity, GraderPython, GraderScoreModel, GraderMulti]
    hyperparameters: Optional[FineTuneReinforcementHyperparameters] = None


class FineTuneMethod(BaseModel):
    type: Literal["supervised", "dpo", "reinforcement"]
    supervised: Optional[FineTuneSupervisedMethod] = None
    dpo: Optional[FineTuneDPOMethod] = None
    reinforcement: Optional[FineTuneReinforcementMethod] = None


class FineTuningJob(BaseModel):
    id: str
    created_at: int
    error: Optional[Error] = None
    fine_tuned_model: Optional[str] = None
    finished_at: Optional[int] = None
    hyperparameters: Hyperparameters
    model: str
    object: Literal["fine_tuning.job"]
    organization_id: str
    result_files: List[str]
    status: Literal[
        "validating_files", "queued", "running", "succeeded", "failed", "cancelled"
    ]
    trained_tokens: Optional[int] = None
    training_file: str
    validation_file: Optional[str] = None
    integrations: Optional[List[FineTuningIntegration]] = None
    seed: int
    estimated_finish: Optional[int] = None
    method: Optional[FineTuneMethod] = None
    metadata: Optional[Metadata] = None
