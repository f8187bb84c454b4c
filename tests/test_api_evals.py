"""evals.*: every endpoint on the wire (driven by the reference table), then the request
bodies and parsed objects of the common calls."""
from __future__ import annotations

import asyncio
from typing import Any, Dict

import pytest

from openai_lite import AsyncOpenAI, OpenAI
from openai_lite.types.eval_create_response import EvalCreateResponse
from openai_lite.types.eval_list_response import EvalListResponse
from tests.apiserver import Reply
from tests.test_api_beta_endpoints import (  # noqa: F401  (endpoint_api is a fixture)
    MODES, check_parameters, endpoint_api, ids, load_rows, run_row,
)

ROWS = load_rows("evals.")


def test_every_evals_row_is_covered() -> None:
    assert len(ROWS) == 12


@pytest.mark.parametrize("row", ROWS, ids=ids)
def test_parameters_match_the_spec(row: Dict[str, str]) -> None:
    check_parameters(row)


@pytest.mark.parametrize("is_async,mode", MODES, ids=lambda v: str(v))
@pytest.mark.parametrize("row", ROWS, ids=ids)
def test_endpoint_on_the_wire(endpoint_api: Any, row: Dict[str, str], is_async: bool, mode: str) -> None:
    run_row(endpoint_api, row, is_async, mode)


EVAL: Dict[str, Any] = {
    "object": "eval", "id": "eval_1", "name": "Sentiment", "created_at": 1, "metadata": {},
    "data_source_config": {"type": "custom", "schema": {"type": "object"}},
    "testing_criteria": [
        {"type": "string_check", "name": "exact", "input": "{{sample.output_text}}",
         "reference": "{{item.label}}", "operation": "eq"},
        {"type": "label_model", "name": "lm", "model": "gpt-4o", "labels": ["pos", "neg"],
         "passing_labels": ["pos"], "input": [{"role": "user", "content": "Rate {{item.text}}"}]},
    ],
}
RUN: Dict[str, Any] = {
    "object": "eval.run", "id": "evalrun_1", "eval_id": "eval_1", "status": "queued", "model": "gpt-4o",
    "name": "r", "created_at": 1, "report_url": "https://x.test", "metadata": None, "error": None,
    "result_counts": {"total": 2, "errored": 0, "failed": 1, "passed": 1},
    "per_model_usage": [], "per_testing_criteria_results": [{"testing_criteria": "exact", "passed": 1, "failed": 1}],
    "data_source": {"type": "jsonl", "source": {"type": "file_id", "id": "file_1"}},
}


def client(api: Any) -> OpenAI:
    return OpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0)


def test_eval_create_body_and_union_fields(api: Any) -> None:
    api.default = Reply(201, EVAL)
    e = client(api).evals.create(
        data_source_config={"type": "custom", "item_schema": {"type": "object"}, "include_sample_schema": True},
        testing_criteria=[EVAL["testing_criteria"][0]], name="Sentiment", metadata={"k": "v"})
    assert (api.last.method, api.last.path) == ("POST", "/v1/evals")
    assert list(api.last.json()) == ["data_source_config", "testing_criteria", "metadata", "name"]
    assert isinstance(e, EvalCreateResponse)
    assert type(e.data_source_config).__name__ == "EvalCustomDataSourceConfig"
    assert e.data_source_config.schema_ == {"type": "object"}  # `schema` is kept under an alias
    assert [type(t).__name__ for t in e.testing_criteria] == ["EvalGraderStringCheck", "EvalGraderLabelModel"]
    assert e.to_dict()["data_source_config"] == {"type": "custom", "schema": {"type": "object"}}


def test_eval_update_list_delete(api: Any) -> None:
    c = client(api)
    api.default = Reply(200, EVAL)
    c.evals.update("eval_1", name="New", metadata=None)
    assert api.last.json() == {"metadata": None, "name": "New"}
    api.default = Reply(200, {"object": "list", "data": [EVAL], "first_id": "eval_1", "last_id": "eval_1",
                              "has_more": False})
    page = c.evals.list(order="asc", order_by="updated_at", limit=10)
    assert api.last.target == "/v1/evals?limit=10&order=asc&order_by=updated_at"
    assert isinstance(page.data[0], EvalListResponse) and page.data[0].name == "Sentiment"
    api.default = Reply(200, {"object": "eval.deleted", "deleted": True, "eval_id": "eval_1"})
    gone = c.evals.delete("eval_1")
    assert api.last.method == "DELETE" and gone.eval_id == "eval_1" and gone.deleted is True


def test_runs_create_list_cancel(api: Any) -> None:
    c = client(api)
    api.default = Reply(201, RUN)
    r = c.evals.runs.create("eval_1", data_source={"type": "jsonl", "source": {"type": "file_id", "id": "file_1"}},
                            name="r")
    assert api.last.path == "/v1/evals/eval_1/runs"
    assert api.last.json() == {"data_source": {"type": "jsonl", "source": {"type": "file_id", "id": "file_1"}},
                               "name": "r"}
    assert type(r).__name__ == "RunCreateResponse" and r.result_counts.passed == 1
    assert type(r.data_source).__name__ == "CreateEvalJsonlRunDataSource"
    assert r.data_source.source.id == "file_1"
    api.default = Reply(200, {"object": "list", "data": [RUN], "has_more": False})
    c.evals.runs.list("eval_1", status="completed", order="desc")
    assert api.last.target == "/v1/evals/eval_1/runs?order=desc&status=completed"
    api.default = Reply(200, dict(RUN, status="canceled"))
    cancelled = c.evals.runs.cancel("evalrun_1", eval_id="eval_1")
    assert (api.last.method, api.last.path, api.last.body) == ("POST", "/v1/evals/eval_1/runs/evalrun_1", b"")
    assert type(cancelled).__name__ == "RunCancelResponse" and cancelled.status == "canceled"
    api.default = Reply(200, {"object": "eval.run.deleted", "deleted": True, "run_id": "evalrun_1"})
    assert c.evals.runs.delete("evalrun_1", eval_id="eval_1").run_id == "evalrun_1"


def test_output_items(api: Any) -> None:
    item = {"object": "eval.run.output_item", "id": "outputitem_1", "run_id": "evalrun_1", "eval_id": "eval_1",
            "created_at": 1, "status": "pass", "datasource_item_id": 5, "datasource_item": {"text": "great"},
            "results": [{"name": "exact", "type": "string_check", "score": 1, "passed": True}],
            "sample": {"input": [{"role": "user", "content": "x"}], "output": [{"role": "assistant", "content": "pos"}],
                       "finish_reason": "stop", "model": "gpt-4o", "usage": {"total_tokens": 3, "completion_tokens": 1,
                                                                            "prompt_tokens": 2, "cached_tokens": 0},
                       "error": None, "temperature": 1, "max_completion_tokens": 10, "top_p": 1, "seed": 3}}
    c = client(api)
    api.default = Reply(200, {"object": "list", "data": [item], "has_more": False})
    page = c.evals.runs.output_items.list("evalrun_1", eval_id="eval_1", status="pass", limit=1)
    assert api.last.target == "/v1/evals/eval_1/runs/evalrun_1/output_items?limit=1&status=pass"
    assert type(page.data[0]).__name__ == "OutputItemListResponse"
    assert page.data[0].results[0].score == 1.0 and page.data[0].sample.usage.total_tokens == 3
    api.default = Reply(200, item)
    one = c.evals.runs.output_items.retrieve("outputitem_1", eval_id="eval_1", run_id="evalrun_1")
    assert api.last.path == "/v1/evals/eval_1/runs/evalrun_1/output_items/outputitem_1"
    assert one.datasource_item == {"text": "great"}


def test_async_evals(api: Any) -> None:
    api.queue(Reply(200, EVAL), Reply(200, {"object": "list", "data": [RUN], "has_more": False}))

    async def main() -> Any:
        async with AsyncOpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0) as c:
            e = await c.evals.retrieve("eval_1")
            runs = await c.evals.runs.list("eval_1")
            return e.id, runs.data[0].id

    assert asyncio.run(main()) == ("eval_1", "evalrun_1")
