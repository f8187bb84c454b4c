"""Import paths of the official SDK that drop-in code uses, and what they hold."""
from __future__ import annotations

import importlib
from typing import Any, List

import pytest

import openai_lite
import openai_lite.types

PATHS: List[Any] = [
    ("pagination", ["SyncPage", "AsyncPage", "SyncCursorPage", "AsyncCursorPage",
                    "SyncConversationCursorPage", "AsyncConversationCursorPage"]),
    ("version", ["VERSION"]),
    ("lib.azure", ["AzureOpenAI", "AsyncAzureOpenAI", "MutuallyExclusiveAuthError", "AzureADTokenProvider"]),
    ("types.shared", ["AllModels", "ChatModel", "ComparisonFilter", "CompoundFilter", "ErrorObject",
                      "FunctionDefinition", "FunctionParameters", "Metadata", "Reasoning", "ReasoningEffort",
                      "ResponseFormatJSONObject", "ResponseFormatJSONSchema", "ResponseFormatText",
                      "ResponseFormatTextGrammar", "ResponseFormatTextPython", "ResponsesModel"]),
    # openai.types re-exports the shared models, as the SDK's does
    ("types", ["AllModels", "ChatModel", "ComparisonFilter", "CompoundFilter", "ErrorObject", "FunctionDefinition",
               "FunctionParameters", "Metadata", "Reasoning", "ReasoningEffort", "ResponseFormatJSONObject",
               "ResponseFormatJSONSchema", "ResponseFormatText", "ResponsesModel"]),
    ("types.shared_params", ["ChatModel", "ComparisonFilter", "CompoundFilter", "FunctionDefinition",
                             "Reasoning", "ReasoningEffort", "ResponseFormatJSONSchema", "ResponsesModel"]),
    ("types.graders", ["StringCheckGrader", "TextSimilarityGrader", "PythonGrader", "ScoreModelGrader",
                       "LabelModelGrader", "MultiGrader"]),
    ("types.fine_tuning", ["DpoMethod", "DpoHyperparameters", "SupervisedMethod", "SupervisedHyperparameters",
                           "ReinforcementMethod", "ReinforcementHyperparameters"]),
]


@pytest.mark.parametrize("module,names", PATHS, ids=[p[0] for p in PATHS])
def test_sdk_import_paths_resolve(module: str, names: List[str]) -> None:
    mod = importlib.import_module("openai_lite." + module)
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
    nested = CompoundFilter.construct(**{"type": "or", "filters": [
        {"type": "eq", "key": "a", "value": 1},
        {"type": "and", "filters": [{"type": "in", "key": "b", "value": ["x", "y"]}]}]})
    assert isinstance(nested.filters[0], ComparisonFilter)
    assert isinstance(nested.filters[1], CompoundFilter) and isinstance(nested.filters[1].filters[0], ComparisonFilter)
