"""Import paths of the official SDK that drop-in code uses, and what they hold."""
from __future__ import annotations

import importlib
from typing import Any, List

import pytest

import openai_lite
import openai_lite.types

PATHS: List[Any] = [
    # the reference's exception tree: all importable from the package but two
    ("", ["OpenAIError", "APIError", "APIConnectionError", "APITimeoutError", "APIResponseValidationError",
          "APIStatusError", "BadRequestError", "AuthenticationError", "OAuthError", "PermissionDeniedError",
          "NotFoundError", "ConflictError", "UnprocessableEntityError", "RateLimitError", "InternalServerError",
          "LengthFinishReasonError", "ContentFilterFinishReasonError", "SubjectTokenProviderError",
          "WebSocketConnectionClosedError", "WebSocketQueueFullError", "InvalidWebhookSignatureError",
          "VERSION", "AssistantEventHandler", "AsyncAssistantEventHandler"]),
    ("lib.streaming", ["AssistantEventHandler", "AsyncAssistantEventHandler", "AssistantStreamManager",
                       "AsyncAssistantStreamManager"]),
    ("pagination", ["SyncPage", "AsyncPage", "SyncCursorPage", "AsyncCursorPage",
                    "SyncConversationCursorPage", "AsyncConversationCursorPage"]),
    ("version", ["VERSION"]),
    ("lib.azure", ["AzureOpenAI", "AsyncAzureOpenAI", "MutuallyExclusiveAuthError", "AzureADTokenProvider"]),
    ("types.shared", ["CustomToolInputFormat", "AllModels", "ChatModel", "ComparisonFilter", "CompoundFilter", "ErrorObject",
                      "FunctionDefinition", "FunctionParameters", "Metadata", "Reasoning", "ReasoningEffort",
                      "ResponseFormatJSONObject", "ResponseFormatJSONSchema", "ResponseFormatText",
                      "ResponseFormatTextGrammar", "ResponseFormatTextPython", "ResponsesModel"]),
    # openai.types re-exports the shared models, as the SDK's does
    ("types", ["AllModels", "ChatModel", "ComparisonFilter", "CompoundFilter", "ErrorObject", "FunctionDefinition",
               "FunctionParameters", "Metadata", "Reasoning", "ReasoningEffort", "ResponseFormatJSONObject",
               "ResponseFormatJSONSchema", "ResponseFormatText", "ResponsesModel"]),
    ("types.chat_model", ["ChatModel"]),
    ("types.evals", ["CreateEvalJSONLRunDataSource", "CreateEvalCompletionsRunDataSource", "EvalAPIError",
                     "RunCreateParams", "RunListParams"]),
    ("types", ["EvalCustomDataSourceConfig", "EvalStoredCompletionsDataSourceConfig", "EvalCreateParams"]),
    ("types.conversations", ["InputTextContent", "InputImageContent", "InputFileContent", "OutputTextContent",
                             "RefusalContent", "InputTextContentParam", "InputImageContentParam",
                             "InputFileContentParam", "OutputTextContentParam", "RefusalContentParam"]),
    ("types.beta.threads", ["Text", "TextDelta", "Annotation", "AnnotationDelta", "ImageFile", "ImageFileDelta",
                            "ImageURL", "ImageURLDelta", "MessageCreateParams", "RunCreateParams"]),
    ("types.embedding_model", ["EmbeddingModel"]),
    ("types.embedding_create_params", ["EmbeddingCreateParams"]),
    ("types.chat", ["ChatCompletionFunctionTool"]),
    ("types.shared_params", ["CustomToolInputFormat", "ChatModel", "ComparisonFilter", "CompoundFilter", "FunctionDefinition",
                             "Reasoning", "ReasoningEffort", "ResponseFormatJSONSchema", "ResponsesModel"]),
    ("types.graders", ["StringCheckGrader", "TextSimilarityGrader", "PythonGrader", "ScoreModelGrader",
                       "LabelModelGrader", "MultiGrader", "StringCheckGraderParam", "TextSimilarityGraderParam",
                       "PythonGraderParam", "ScoreModelGraderParam", "LabelModelGraderParam", "MultiGraderParam"]),
    ("types.fine_tuning", ["DpoMethod", "DpoHyperparameters", "SupervisedMethod", "SupervisedHyperparameters",
                           "ReinforcementMethod", "ReinforcementHyperparameters", "DpoMethodParam",
                           "DpoHyperparametersParam", "SupervisedMethodParam", "SupervisedHyperparametersParam",
                           "ReinforcementMethodParam", "ReinforcementHyperparametersParam",
                           "FineTuningJobIntegration", "FineTuningJobWandbIntegration",
                           "FineTuningJobWandbIntegrationObject"]),
]


@pytest.mark.parametrize("module,names", PATHS, ids=[p[0] or "openai" for p in PATHS])
def test_sdk_import_paths_resolve(module: str, names: List[str]) -> None:
    mod = importlib.import_module("openai_lite" + ("." + module if module else ""))
    missing = [n for n in names if not hasattr(mod, n)]
    assert not missing
    assert set(names) <= set(getattr(mod, "__all__", names))


def test_what_the_paths_hold() -> None:
    from openai_lite import pagination, version
    from openai_lite.types.responses import Response
    from openai_lite.types.shared import CompoundFilter, ComparisonFilter, Reasoning, ResponseFormatJSONSchema

    assert pagination.SyncCursorPage is openai_lite.SyncCursorPage
    assert openai_lite.types.Reasoning is Reasoning and openai_lite.types.CompoundFilter is CompoundFilter
    assert version.VERSION == openai_lite.__version__
    # the response types use the shared models, not copies of their own
    resp = Response.construct(**{"id": "r", "object": "response", "reasoning": {"effort": "low", "summary": None}})
    assert type(resp.reasoning) is Reasoning and resp.reasoning.effort == "low"
    fmt = ResponseFormatJSONSchema.construct(**{"type": "json_schema",
                                                "json_schema": {"name": "n", "schema": {"type": "object"}}})
    assert fmt.json_schema.schema_ == {"type": "object"}
    assert fmt.to_dict()["json_schema"] == {"name": "n", "schema": {"type": "object"}}
    from openai_lite.types.chat import ChatCompletionFunctionTool
    from openai_lite.types.shared import FunctionDefinition

    tool = ChatCompletionFunctionTool.construct(**{"type": "function", "function": {"name": "f", "strict": True}})
    assert isinstance(tool.function, FunctionDefinition) and tool.function.strict is True
    from openai_lite._models import construct_type
    from openai_lite.types.shared import CustomToolInputFormat
    from openai_lite.types.shared.custom_tool_input_format import Grammar, Text

    grammar = construct_type(type_=CustomToolInputFormat,
                             value={"type": "grammar", "syntax": "lark", "definition": "start: WORD"})
    assert isinstance(grammar, Grammar) and grammar.syntax == "lark"
    assert isinstance(construct_type(type_=CustomToolInputFormat, value={"type": "text"}), Text)
    nested = CompoundFilter.construct(**{"type": "or", "filters": [
        {"type": "eq", "key": "a", "value": 1},
        {"type": "and", "filters": [{"type": "in", "key": "b", "value": ["x", "y"]}]}]})
    assert isinstance(nested.filters[0], ComparisonFilter)
    assert isinstance(nested.filters[1], CompoundFilter) and isinstance(nested.filters[1].filters[0], ComparisonFilter)


def test_exception_tree_of_the_reference() -> None:
    e = openai_lite
    assert issubclass(e.OAuthError, e.AuthenticationError)
    for cls in (e.SubjectTokenProviderError, e.WebSocketConnectionClosedError, e.WebSocketQueueFullError):
        assert issubclass(cls, e.OpenAIError) and not issubclass(cls, e.APIError)


@pytest.mark.parametrize("symbol", ["ChatCompletion", "Completion", "Embedding", "Image", "FineTune"])
def test_v0_names_raise_api_removed_in_v1(symbol: str) -> None:
    stand_in = getattr(openai_lite, symbol)
    assert symbol in dir(openai_lite) and symbol in repr(stand_in)
    with pytest.raises(openai_lite.APIRemovedInV1, match=f"openai.{symbol}, but this is no longer supported"):
        stand_in.create(model="x")
    with pytest.raises(openai_lite.APIRemovedInV1):
        stand_in()
    assert not hasattr(openai_lite, "NoSuchThing")


def test_assistant_content_parts_are_the_sdk_classes() -> None:
    from openai_lite.types.beta.threads import (ImageFileDelta, Message, MessageDeltaEvent, Text, TextDelta,
                                                 FileCitationAnnotation)

    msg = Message.construct(**{"id": "m", "object": "thread.message", "content": [
        {"type": "text", "text": {"value": "hi", "annotations": [
            {"type": "file_citation", "text": "x", "file_citation": {"file_id": "f"}, "start_index": 0,
             "end_index": 1}]}}]})
    assert isinstance(msg.content[0].text, Text)
    assert isinstance(msg.content[0].text.annotations[0], FileCitationAnnotation)
    delta = MessageDeltaEvent.construct(**{"id": "m", "object": "thread.message.delta", "delta": {"content": [
        {"index": 0, "type": "text", "text": {"value": "h"}},
        {"index": 1, "type": "image_file", "image_file": {"file_id": "f"}}]}})
    assert isinstance(delta.delta.content[0].text, TextDelta)
    assert isinstance(delta.delta.content[1].image_file, ImageFileDelta)
