from __future__ import annotations

from typing import List, Literal, Optional, Union

from ...._models import BaseModel

__all__ = ["UsageAudioSpeechesResponse"]


class UsageCompletionsResult(BaseModel):
    object: Literal["organization.usage.completions.result"]
    input_tokens: int
    input_cached_tokens: Optional[int] = None
    input_cache_write_tokens: Optional[int] = None
    input_uncached_tokens: Optional[int] = None
    output_tokens: int
    input_text_tokens: Optional[int] = None
    output_text_tokens: Optional[int] = None
    input_cached_text_tokens: Optional[int] = None
    input_audio_tokens: Optional[int] = None
    input_cached_audio_tokens: Optional[int] = None
    output_audio_tokens: Optional[int] = None
    input_image_tokens: Optional[int] = None
    input_cached_image_tokens: Optional[int] = None
    output_image_tokens: Optional[int] = None
    num_model_requests: int
    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None
    batch: Optional[bool] = None
    service_tier: Optional[str] = None


class UsageEmbeddingsResult(BaseModel):
    object: Literal["organization.usage.embeddings.result"]
    input_tokens: int
    num_model_requests: int
    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None


class UsageModerationsResult(BaseModel):
    object: Literal["organization.usage.moderations.result"]
    input_tokens: int
    num_model_requests: int
    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None


class UsageImagesResult(BaseModel):
    object: Literal["organization.usage.images.result"]
    images: int
    num_model_requests: int
    source: Optional[str] = None
    size: Optional[str] = None
    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None


class UsageAudioSpeechesResult(BaseModel):
    object: Literal["organization.usage.audio_speeches.result"]
    characters: int
    num_model_requests: int
    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None


class UsageAudioTranscriptionsResult(BaseModel):
    object: Literal["organization.usage.audio_transcriptions.result"]
    seconds: int
    num_model_requests: int
    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None


class UsageVectorStoresResult(BaseModel):
    object: Literal["organization.usage.vector_stores.result"]
    usage_bytes: int
    project_id: Optional[str] = None


class UsageCodeInterpreterSessionsResult(BaseModel):
    object: Literal["organization.usage.code_interpreter_sessions.result"]
    num_sessions: int
    project_id: Optional[str] = None


class UsageFileSearchCallsResult(BaseModel):
    object: Literal["organization.usage.file_searches.result"]
    num_requests: int
    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    vector_store_id: Optional[str] = None


class UsageWebSearchCallsResult(BaseModel):
    object: Literal["organization.usage.web_searches.result"]
    num_model_requests: int
    num_requests: int
    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None
    context_level: Optional[str] = None


class CostsResultAmount(BaseModel):
    value: Optional[float] = None
    currency: Optional[str] = None


class CostsResult(BaseModel):
    object: Literal["organization.costs.result"]
    amount: Optional[CostsResultAmount] = None
    line_item: Optional[str] = None
    project_id: Optional[str] = None
    api_key_id: Optional[str] = None
    quantity: Optional[float] = None
    quantity_unit: Optional[Union[str, Literal[
        "tokens", "1000_tokens", "duration_seconds", "duration_minutes", "duration_hours",
        "gibibyte_hours", "images", "characters"
    ]]] = None


class UsageTimeBucket(BaseModel):
    object: Literal["bucket"]
    start_time: int
    end_time: int
    results: List[Union[UsageCompletionsResult, UsageEmbeddingsResult, UsageModerationsResult, UsageImagesResult, UsageAudioSpeechesResult, UsageAudioTranscriptionsResult, UsageVectorStoresResult, UsageCodeInterpreterSessionsResult, UsageFileSearchCallsResult, UsageWebSearchCallsResult, CostsResult]]


class UsageAudioSpeechesResponse(BaseModel):
    object: Literal["page"]
    data: List[UsageTimeBucket]
    has_more: bool
    next_page: Optional[str] = None
