from __future__ import annotations

from typing import Dict, List, Literal, Optional, Union

from ...._models import BaseModel, GenericModel

__all__ = ["BetaResponse"]


class BetaResponseError(BaseModel):
    code: Literal[
        "server_error", "rate_limit_exceeded", "invalid_prompt", "data_residency_mismatch",
        "bio_policy", "vector_store_timeout", "invalid_image", "invalid_image_format",
        "invalid_base64_image", "invalid_image_url", "image_too_large", "image_too_small",
        "image_parse_error", "image_content_policy_violation", "invalid_image_mode",
        "image_file_too_large", "unsupported_image_media_type", "empty_image_file",
        "failed_to_download_image", "image_file_not_found"
    ]
    message: str


class IncompleteDetails(BaseModel):
    reason: Optional[Literal["max_output_tokens", "content_filter"]] = None


class BetaResponseUsageInputTokensDetails(BaseModel):
    cached_tokens: int
    cache_write_tokens: int


class BetaResponseUsageOutputTokensDetails(BaseModel):
    reasoning_tokens: int


class BetaResponseUsage(BaseModel):
    input_tokens: int
    input_tokens_details: BetaResponseUsageInputTokensDetails
    output_tokens: int
    output_tokens_details: BetaResponseUsageOutputTokensDetails
    total_tokens: int


class BetaPromptCacheOptions(BaseModel):
    ttl: Literal["30m"]
    mode: Literal["implicit", "explicit"]


class BetaResponse(BaseModel):
    metadata: Optional[Dict[str, str]] = None
    top_logprobs: Optional[int] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None
    user: Optional[str] = None
    safety_identifier: Optional[str] = None
    prompt_cache_key: Optional[str] = None
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]] = None
    previous_response_id: Optional[str] = None
    model: GenericModel
    background: Optional[bool] = None
    max_tool_calls: Optional[int] = None
    text: Optional[GenericModel] = None
    tools: List[GenericModel]
    tool_choice: GenericModel
    prompt: Optional[GenericModel] = None
    service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"]] = None
    truncation: Optional[Literal["auto", "disabled"]] = None
    id: str
    object: Literal["response"]
    status: Optional[Literal[
        "completed", "failed", "in_progress", "cancelled", "queued", "incomplete"
    ]] = None
    created_at: float
    completed_at: Optional[float] = None
    error: Optional[BetaResponseError] = None
    incomplete_details: Optional[IncompleteDetails] = None
    output: List[GenericModel]
    reasoning: Optional[GenericModel] = None
    instructions: Optional[Union[str, List[GenericModel]]] = None
    usage: Optional[BetaResponseUsage] = None
    prompt_cache_options: Optional[BetaPromptCacheOptions] = None
    moderation: Optional[GenericModel] = None
    parallel_tool_calls: bool
    conversation: Optional[GenericModel] = None
    max_output_tokens: Optional[int] = None

    @property
    def output_text(self) -> str:
        """The text of every ``output_text`` part of every ``message`` output item, joined
        ("" when there is none); computed, as the SDK's convenience property is."""
        texts: List[str] = []
        for item in self.output or ():
            if getattr(item, "type", None) != "message":
                continue
            for part in getattr(item, "content", None) or ():
                if getattr(part, "type", None) == "output_text" and isinstance(getattr(part, "text", None), str):
                    texts.append(part.text)
        return "".join(texts)
