from __future__ import annotations

from dataclasses import field
from typing import Any, Dict, List, Literal, Optional, Union

from ..._models import BaseModel
from ..shared.metadata import Metadata

__all__ = ["RunCreateResponse"]


class ResultCounts(BaseModel):
    total: int
    errored: int
    failed: int
    passed: int


class PerModelUsage(BaseModel):
    model_name: str
    invocation_count: int
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    cached_tokens: int


class PerTestingCriteriaResults(BaseModel):
    testing_criteria: str
    passed: int
    failed: int


class EvalJsonlFileContentSourceContent(BaseModel):
    item: Dict[str, Any]
    sample: Optional[Dict[str, Any]] = None


class EvalJsonlFileContentSource(BaseModel):
    type: Literal["file_content"]
    content: List[EvalJsonlFileContentSourceContent]


class EvalJsonlFileIdSource(BaseModel):
    type: Literal["file_id"]
    id: str


class CreateEvalJsonlRunDataSource(BaseModel):
    type: Literal["jsonl"]
    source: Union[EvalJsonlFileContentSource, EvalJsonlFileIdSource]


class PromptCacheBreakpointConfig(BaseModel):
    mode: Literal["explicit"]


class InputTextContent(BaseModel):
    type: Literal["input_text"]
    text: str
    prompt_cache_breakpoint: Optional[PromptCacheBreakpointConfig] = None


class InputImageContent(BaseModel):
    type: Literal["input_image"]
    image_url: Optional[str] = None
    file_id: Optional[str] = None
    detail: Literal["low", "high", "auto", "original"]
    prompt_cache_breakpoint: Optional[PromptCacheBreakpointConfig] = None


class InputFileContent(BaseModel):
    type: Literal["input_file"]
    file_id: Optional[str] = None
    filename: Optional[str] = None
    file_data: Optional[str] = None
    prompt_cache_breakpoint: Optional[PromptCacheBreakpointConfig] = None
    file_url: Optional[str] = None
    detail: Optional[Literal["auto", "low", "high"]] = None


InputContent = Union[InputTextContent, InputImageContent, InputFileContent]


class EasyInputMessage(BaseModel):
    role: Literal["user", "assistant", "system", "developer"]
    content: Union[str, List[InputContent]]
    phase: Optional[Literal["commentary", "final_answer"]] = None
    type: Optional[Literal["message"]] = None


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


class CreateEvalCompletionsRunDataSourceInputMessagesTemplate(BaseModel):
    type: Literal["template"]
    template: List[Union[EasyInputMessage, EvalItem]]


class CreateEvalCompletionsRunDataSourceInputMessagesItemReference(BaseModel):
    type: Literal["item_reference"]
    item_reference: str


class ResponseFormatText(BaseModel):
    type: Literal["text"]


class ResponseFormatJSONSchemaJsonSchema(BaseModel):
    description: Optional[str] = None
    name: str
    schema_: Optional[Dict[str, Any]] = field(default=None, metadata={"alias": "schema"})
    strict: Optional[bool] = None


class ResponseFormatJSONSchema(BaseModel):
    type: Literal["json_schema"]
    json_schema: ResponseFormatJSONSchemaJsonSchema


class ResponseFormatJSONObject(BaseModel):
    type: Literal["json_object"]


class Function(BaseModel):
    description: Optional[str] = None
    name: str
    parameters: Optional[Dict[str, Any]] = None
    strict: Optional[bool] = None


class ChatCompletionTool(BaseModel):
    type: Literal["function"]
    function: Function


class CreateEvalCompletionsRunDataSourceSamplingParams(BaseModel):
    reasoning_effort: Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]] = None
    temperature: Optional[float] = None
    max_completion_tokens: Optional[int] = None
    top_p: Optional[float] = None
    seed: Optional[int] = None
    response_format: Optional[Union[ResponseFormatText, ResponseFormatJSONSchema, ResponseFormatJSONObject]] = None
    tools: Optional[List[ChatCompletionTool]] = None


class EvalStoredCompletionsSource(BaseModel):
    type: Literal["stored_completions"]
    metadata: Optional[Metadata] = None
    model: Optional[str] = None
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    limit: Optional[int] = None


class CreateEvalCompletionsRunDataSource(BaseModel):
    type: Literal["completions"]
    input_messages: Optional[Union[CreateEvalCompletionsRunDataSourceInputMessagesTemplate, CreateEvalCompletionsRunDataSourceInputMessagesItemReference]] = None
    sampling_params: Optional[CreateEvalCompletionsRunDataSourceSamplingParams] = None
    model: Optional[str] = None
    source: Union[EvalJsonlFileContentSource, EvalJsonlFileIdSource, EvalStoredCompletionsSource]


class CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateChatMessage(BaseModel):
    role: str
    content: str


class CreateEvalResponsesRunDataSourceInputMessagesTemplate(BaseModel):
    type: Literal["template"]
    template: List[Union[CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateChatMessage, EvalItem]]


class CreateEvalResponsesRunDataSourceInputMessagesItemReference(BaseModel):
    type: Literal["item_reference"]
    item_reference: str


class FunctionTool(BaseModel):
    type: Literal["function"]
    name: str
    description: Optional[str] = None
    parameters: Optional[Dict[str, Any]] = None
    output_schema: Optional[Dict[str, Any]] = None
    strict: Optional[bool] = None
    defer_loading: Optional[bool] = None
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None


class HybridSearchOptions(BaseModel):
    embedding_weight: float
    text_weight: float


class RankingOptions(BaseModel):
    ranker: Optional[Literal["auto", "default-2024-11-15"]] = None
    score_threshold: Optional[float] = None
    hybrid_search: Optional[HybridSearchOptions] = None


class ComparisonFilter(BaseModel):
    type: Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]
    key: str
    value: Union[str, float, bool, List[Union[str, float]]]


class CompoundFilter(BaseModel):
    type: Literal["and", "or"]
    filters: List[Union[ComparisonFilter, Any]]


Filters = Union[ComparisonFilter, CompoundFilter]


class FileSearchTool(BaseModel):
    type: Literal["file_search"]
    vector_store_ids: List[str]
    max_num_results: Optional[int] = None
    ranking_options: Optional[RankingOptions] = None
    filters: Optional[Filters] = None


class ComputerTool(BaseModel):
    type: Literal["computer"]


class ComputerUsePreviewTool(BaseModel):
    type: Literal["computer_use_preview"]
    environment: Literal["windows", "mac", "linux", "ubuntu", "browser"]
    display_width: int
    display_height: int


class WebSearchToolFilters(BaseModel):
    allowed_domains: Optional[List[str]] = None


class WebSearchApproximateLocation(BaseModel):
    type: Optional[Literal["approximate"]] = None
    country: Optional[str] = None
    region: Optional[str] = None
    city: Optional[str] = None
    timezone: Optional[str] = None


class WebSearchTool(BaseModel):
    type: Literal["web_search", "web_search_2025_08_26"]
    external_web_access: Optional[bool] = None
    filters: Optional[WebSearchToolFilters] = None
    user_location: Optional[WebSearchApproximateLocation] = None
    search_context_size: Optional[Literal["low", "medium", "high"]] = None


class MCPToolFilter(BaseModel):
    tool_names: Optional[List[str]] = None
    read_only: Optional[bool] = None


class MCPToolRequireApprovalMCPToolApprovalFilter(BaseModel):
    always: Optional[MCPToolFilter] = None
    never: Optional[MCPToolFilter] = None


class MCPTool(BaseModel):
    type: Literal["mcp"]
    server_label: str
    server_url: Optional[str] = None
    connector_id: Optional[Literal[
        "connector_dropbox", "connector_gmail", "connector_googlecalendar",
        "connector_googledrive", "connector_microsoftteams", "connector_outlookcalendar",
        "connector_outlookemail", "connector_sharepoint"
    ]] = None
    tunnel_id: Optional[str] = None
    authorization: Optional[str] = None
    server_description: Optional[str] = None
    headers: Optional[Dict[str, str]] = None
    allowed_tools: Optional[Union[List[str], MCPToolFilter]] = None
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None
    require_approval: Optional[Union[MCPToolRequireApprovalMCPToolApprovalFilter, Literal["always", "never"]]] = None
    defer_loading: Optional[bool] = None


class ContainerNetworkPolicyDisabledParam(BaseModel):
    type: Literal["disabled"]


class ContainerNetworkPolicyDomainSecretParam(BaseModel):
    domain: str
    name: str
    value: str


class ContainerNetworkPolicyAllowlistParam(BaseModel):
    type: Literal["allowlist"]
    allowed_domains: List[str]
    domain_secrets: Optional[List[ContainerNetworkPolicyDomainSecretParam]] = None


class AutoCodeInterpreterToolParam(BaseModel):
    type: Literal["auto"]
    file_ids: Optional[List[str]] = None
    memory_limit: Optional[Literal["1g", "4g", "16g", "64g"]] = None
    network_policy: Optional[Union[ContainerNetworkPolicyDisabledParam, ContainerNetworkPolicyAllowlistParam]] = None


class CodeInterpreterTool(BaseModel):
    type: Literal["code_interpreter"]
    container: Union[str, AutoCodeInterpreterToolParam]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None


class ProgrammaticToolCallingParam(BaseModel):
    type: Literal["programmatic_tool_calling"]


class ImageGenToolInputImageMask(BaseModel):
    image_url: Optional[str] = None
    file_id: Optional[str] = None


class ImageGenTool(BaseModel):
    type: Literal["image_generation"]
    model: Optional[Union[str, Literal[
        "gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5", "gpt-image-2",
        "gpt-image-2-2026-04-21"
    ]]] = None
    quality: Optional[Literal["low", "medium", "high", "auto"]] = None
    size: Optional[Union[str, Literal["1024x1024", "1024x1536", "1536x1024", "auto"]]] = None
    output_format: Optional[Literal["png", "webp", "jpeg"]] = None
    output_compression: Optional[int] = None
    moderation: Optional[Literal["auto", "low"]] = None
    background: Optional[Literal["transparent", "opaque", "auto"]] = None
    input_fidelity: Optional[Literal["high", "low"]] = None
    input_image_mask: Optional[ImageGenToolInputImageMask] = None
    partial_images: Optional[int] = None
    action: Optional[Literal["generate", "edit", "auto"]] = None


class LocalShellToolParam(BaseModel):
    type: Literal["local_shell"]


class SkillReferenceParam(BaseModel):
    type: Literal["skill_reference"]
    skill_id: str
    version: Optional[str] = None


class InlineSkillSourceParam(BaseModel):
    type: Literal["base64"]
    media_type: Literal["application/zip"]
    data: str


class InlineSkillParam(BaseModel):
    type: Literal["inline"]
    name: str
    description: str
    source: InlineSkillSourceParam


class ContainerAutoParam(BaseModel):
    type: Literal["container_auto"]
    file_ids: Optional[List[str]] = None
    memory_limit: Optional[Literal["1g", "4g", "16g", "64g"]] = None
    network_policy: Optional[Union[ContainerNetworkPolicyDisabledParam, ContainerNetworkPolicyAllowlistParam]] = None
    skills: Optional[List[Union[SkillReferenceParam, InlineSkillParam]]] = None


class LocalSkillParam(BaseModel):
    name: str
    description: str
    path: str


class LocalEnvironmentParam(BaseModel):
    type: Literal["local"]
    skills: Optional[List[LocalSkillParam]] = None


class ContainerReferenceParam(BaseModel):
    type: Literal["container_reference"]
    container_id: str


class FunctionShellToolParam(BaseModel):
    type: Literal["shell"]
    environment: Optional[Union[ContainerAutoParam, LocalEnvironmentParam, ContainerReferenceParam]] = None
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None


class CustomTextFormatParam(BaseModel):
    type: Literal["text"]


class CustomGrammarFormatParam(BaseModel):
    type: Literal["grammar"]
    syntax: Literal["lark", "regex"]
    definition: str


class CustomToolParam(BaseModel):
    type: Literal["custom"]
    name: str
    description: Optional[str] = None
    format: Optional[Union[CustomTextFormatParam, CustomGrammarFormatParam]] = None
    defer_loading: Optional[bool] = None
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None


class FunctionToolParam(BaseModel):
    name: str
    description: Optional[str] = None
    parameters: Optional[Dict[str, Any]] = None
    strict: Optional[bool] = None
    type: Literal["function"]
    output_schema: Optional[Dict[str, Any]] = None
    defer_loading: Optional[bool] = None
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None


class NamespaceToolParam(BaseModel):
    type: Literal["namespace"]
    name: str
    description: str
    tools: List[Union[FunctionToolParam, CustomToolParam]]


class ToolSearchToolParam(BaseModel):
    type: Literal["tool_search"]
    execution: Optional[Literal["server", "client"]] = None
    description: Optional[str] = None
    parameters: Optional[Dict[str, Any]] = None


class ApproximateLocation(BaseModel):
    type: Literal["approximate"]
    country: Optional[str] = None
    region: Optional[str] = None
    city: Optional[str] = None
    timezone: Optional[str] = None


class WebSearchPreviewTool(BaseModel):
    type: Literal["web_search_preview", "web_search_preview_2025_03_11"]
    user_location: Optional[ApproximateLocation] = None
    search_context_size: Optional[Literal["low", "medium", "high"]] = None
    search_content_types: Optional[List[Literal["text", "image"]]] = None


class ApplyPatchToolParam(BaseModel):
    type: Literal["apply_patch"]
    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None


Tool = Union[FunctionTool, FileSearchTool, ComputerTool, ComputerUsePreviewTool, WebSearchTool, MCPTool, CodeInterpreterTool, ProgrammaticToolCallingParam, ImageGenTool, LocalShellToolParam, FunctionShellToolParam, CustomToolParam, NamespaceToolParam, ToolSearchToolParam, WebSearchPreviewTool, ApplyPatchToolParam]


class TextResponseFormatJsonSchema(BaseModel):
    type: Literal["json_schema"]
    description: Optional[str] = None
    name: str
    schema_: Dict[str, Any] = field(metadata={"alias": "schema"})
    strict: Optional[bool] = None


TextResponseFormatConfiguration = Union[ResponseFormatText, TextResponseFormatJsonSchema, ResponseFormatJSONObject]


class CreateEvalResponsesRunDataSourceSamplingParamsText(BaseModel):
    format: Optional[TextResponseFormatConfiguration] = None


class CreateEvalResponsesRunDataSourceSamplingParams(BaseModel):
    reasoning_effort: Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]] = None
    temperature: Optional[float] = None
    max_completion_tokens: Optional[int] = None
    top_p: Optional[float] = None
    seed: Optional[int] = None
    tools: Optional[List[Tool]] = None
    text: Optional[CreateEvalResponsesRunDataSourceSamplingParamsText] = None


class EvalResponsesSource(BaseModel):
    type: Literal["responses"]
    metadata: Optional[Dict[str, Any]] = None
    model: Optional[str] = None
    instructions_search: Optional[str] = None
    created_after: Optional[int] = None
    created_before: Optional[int] = None
    reasoning_effort: Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None
    users: Optional[List[str]] = None
    tools: Optional[List[str]] = None


class CreateEvalResponsesRunDataSource(BaseModel):
    type: Literal["responses"]
    input_messages: Optional[Union[CreateEvalResponsesRunDataSourceInputMessagesTemplate, CreateEvalResponsesRunDataSourceInputMessagesItemReference]] = None
    sampling_params: Optional[CreateEvalResponsesRunDataSourceSamplingParams] = None
    model: Optional[str] = None
    source: Union[EvalJsonlFileContentSource, EvalJsonlFileIdSource, EvalResponsesSource]


class EvalApiError(BaseModel):
    code: str
    message: str


class RunCreateResponse(BaseModel):
    object: Literal["eval.run"]
    id: str
    eval_id: str
    status: str
    model: str
    name: str
    created_at: int
    report_url: str
    result_counts: ResultCounts
    per_model_usage: List[PerModelUsage]
    per_testing_criteria_results: List[PerTestingCriteriaResults]
    data_source: Union[CreateEvalJsonlRunDataSource, CreateEvalCompletionsRunDataSource, CreateEvalResponsesRunDataSource]
    metadata: Optional[Metadata] = None
    error: EvalApiError
