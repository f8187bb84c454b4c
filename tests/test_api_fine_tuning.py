"""fine_tuning.*: every endpoint on the wire (driven by the reference table), then the
request bodies and parsed objects of the common calls."""
from __future__ import annotations

import asyncio
import json
from typing import Any, Dict

import pytest

from openai_lite import AsyncOpenAI, OpenAI
from tests.apiserver import Reply
from tests.test_api_beta_endpoints import (  # noqa: F401  (endpoint_api is a fixture)
    MODES, check_parameters, endpoint_api, ids, load_rows, run_row,
)

ROWS = load_rows("fine_tuning.")


def test_every_fine_tuning_row_is_covered() -> None:
    assert len(ROWS) == 14


@pytest.mark.parametrize("row", ROWS, ids=ids)
def test_parameters_match_the_spec(row: Dict[str, str]) -> None:
    check_parameters(row)


@pytest.mark.parametrize("is_async,mode", MODES, ids=lambda v: str(v))
@pytest.mark.parametrize("row", ROWS, ids=ids)
def test_endpoint_on_the_wire(endpoint_api: Any, row: Dict[str, str], is_async: bool, mode: str) -> None:
    run_row(endpoint_api, row, is_async, mode)


JOB: Dict[str, Any] = {
    "object": "fine_tuning.job", "id": "ftjob-abc", "model": "gpt-4o-mini-2024-07-18", "created_at": 1721764800,
    "finished_at": None, "fine_tuned_model": None, "organization_id": "org-1", "result_files": [],
    "status": "queued", "validation_file": None, "training_file": "file-abc", "seed": 42,
    "hyperparameters": {"batch_size": "auto", "learning_rate_multiplier": 1.8, "n_epochs": 3},
    "method": {"type": "reinforcement", "reinforcement": {
        "grader": {"type": "string_check", "name": "g", "input": "{{sample.output_text}}",
                   "reference": "{{item.ref}}", "operation": "eq"},
        "hyperparameters": {"reasoning_effort": "low", "eval_samples": "auto"}}},
    "integrations": [{"type": "wandb", "wandb": {"project": "p", "tags": ["a"]}}],
    "error": None, "estimated_finish": None, "trained_tokens": None, "metadata": {"team": "x"},
}


def client(api: Any) -> OpenAI:
    return OpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0)


def test_job_create_body_and_parsed_job(api: Any) -> None:
    api.default = Reply(200, JOB)
    job = client(api).fine_tuning.jobs.create(
        model="gpt-4o-mini-2024-07-18", training_file="file-abc", suffix="custom", seed=42,
        method={"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": 2}}},
        integrations=[{"type": "wandb", "wandb": {"project": "p"}}], metadata={"team": "x"})
    assert (api.last.method, api.last.path) == ("POST", "/v1/fine_tuning/jobs")
    assert "openai-beta" not in api.last.headers
    assert api.last.body == (b'{"model":"gpt-4o-mini-2024-07-18","training_file":"file-abc",'
                             b'"integrations":[{"type":"wandb","wandb":{"project":"p"}}],"metadata":{"team":"x"},'
                             b'"method":{"type":"supervised","supervised":{"hyperparameters":{"n_epochs":2}}},'
                             b'"seed":42,"suffix":"custom"}')
    assert type(job).__name__ == "FineTuningJob" and job.status == "queued"
    assert job.hyperparameters.batch_size == "auto" and job.hyperparameters.n_epochs == 3
    assert job.hyperparameters.learning_rate_multiplier == 1.8
    assert job.method is not None and job.method.reinforcement is not None
    assert type(job.method.reinforcement.grader).__name__ == "StringCheckGrader"
    assert job.integrations is not None and job.integrations[0].wandb.tags == ["a"]
    assert type(job.integrations[0]).__name__ == "FineTuningJobWandbIntegrationObject"
    assert job.metadata == {"team": "x"}


def test_the_api_reference_example_with_typed_method_and_grader(api: Any) -> None:
    # The reinforcement example of the API reference, imports included: SDK type names
    # under the SDK's modules, instances sent as their JSON.
    from openai_lite.types.fine_tuning import (DpoHyperparameters, DpoMethod, ReinforcementHyperparameters,
                                               ReinforcementMethod, SupervisedHyperparameters,
                                               SupervisedMethod)
    from openai_lite.types.graders import (LabelModelGrader, MultiGrader, PythonGrader, ScoreModelGrader,
                                           StringCheckGrader, TextSimilarityGrader)

    api.default = Reply(200, JOB)
    job = client(api).fine_tuning.jobs.create(
        training_file="file-abc", validation_file="file-123", model="o4-mini", seed=42,
        method={"type": "reinforcement", "reinforcement": ReinforcementMethod(
            grader=StringCheckGrader(name="Example string check grader", type="string_check",
                                     input="{{item.label}}", operation="eq",
                                     reference="{{sample.output_text}}"),
            hyperparameters=ReinforcementHyperparameters(reasoning_effort="medium"))})
    assert api.last.json()["method"] == {"type": "reinforcement", "reinforcement": {
        "grader": {"type": "string_check", "name": "Example string check grader", "input": "{{item.label}}",
                   "reference": "{{sample.output_text}}", "operation": "eq"},
        "hyperparameters": {"reasoning_effort": "medium"}}}
    assert job.method is not None and isinstance(job.method.reinforcement, ReinforcementMethod)
    assert isinstance(job.method.reinforcement.grader, StringCheckGrader)
    assert isinstance(job.method.reinforcement.hyperparameters, ReinforcementHyperparameters)
    client(api).fine_tuning.jobs.create(training_file="f", model="m", method={
        "type": "dpo", "dpo": DpoMethod(hyperparameters=DpoHyperparameters(beta=0.1))})
    assert api.last.json()["method"] == {"type": "dpo", "dpo": {"hyperparameters": {"beta": 0.1}}}
    client(api).fine_tuning.jobs.create(training_file="f", model="m", method={
        "type": "supervised", "supervised": SupervisedMethod(hyperparameters=SupervisedHyperparameters(n_epochs=2))})
    assert api.last.json()["method"] == {"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": 2}}}
    multi = MultiGrader.construct(**{"type": "multi", "name": "m", "calculate_output": "a", "graders": {
        "type": "python", "name": "p", "source": "def grade(s, i): return 1"}})
    assert isinstance(multi.graders, PythonGrader)
    assert {c.__name__ for c in (LabelModelGrader, ScoreModelGrader, TextSimilarityGrader)} == {
        "LabelModelGrader", "ScoreModelGrader", "TextSimilarityGrader"}


def test_job_list_metadata_query_and_events(api: Any) -> None:
    api.queue(Reply(200, {"object": "list", "data": [JOB], "has_more": True}),
              Reply(200, {"object": "list", "data": [], "has_more": False}),
              Reply(200, {"object": "list", "has_more": False, "data": [
                  {"object": "fine_tuning.job.event", "id": "ev_1", "created_at": 1, "level": "info",
                   "message": "Step 1/10", "type": "metrics", "data": {"step": 1, "train_loss": 0.5}}]}))
    c = client(api)
    jobs = list(c.fine_tuning.jobs.list(limit=1, metadata={"team": "x"}))
    assert [j.id for j in jobs] == ["ftjob-abc"]
    assert api.requests[0].params == [("limit", "1"), ("metadata[team]", "x")]
    assert api.requests[1].params == [("limit", "1"), ("metadata[team]", "x"), ("after", "ftjob-abc")]
    events = c.fine_tuning.jobs.list_events("ftjob-abc", after="ev_0", limit=5)
    assert api.last.target == "/v1/fine_tuning/jobs/ftjob-abc/events?after=ev_0&limit=5"
    assert events.data[0].level == "info" and events.data[0].data == {"step": 1, "train_loss": 0.5}


def test_job_state_changes_and_checkpoints(api: Any) -> None:
    api.default = Reply(200, dict(JOB, status="cancelled"))
    c = client(api)
    for name in ("cancel", "pause", "resume"):
        job = getattr(c.fine_tuning.jobs, name)("ftjob-abc")
        assert (api.last.method, api.last.path, api.last.body) == ("POST", f"/v1/fine_tuning/jobs/ftjob-abc/{name}", b"")
        assert job.status == "cancelled"
    api.default = Reply(200, {"object": "list", "has_more": False, "data": [
        {"object": "fine_tuning.job.checkpoint", "id": "ftckpt_1", "created_at": 1, "step_number": 100,
         "fine_tuned_model_checkpoint": "ft:gpt-4o-mini:org::ckpt-step-100", "fine_tuning_job_id": "ftjob-abc",
         "metrics": {"step": 100, "train_loss": 0.1, "full_valid_loss": 0.2}}]})
    page = c.fine_tuning.jobs.checkpoints.list("ftjob-abc", limit=3)
    assert api.last.target == "/v1/fine_tuning/jobs/ftjob-abc/checkpoints?limit=3"
    cp = page.data[0]
    assert type(cp).__name__ == "FineTuningJobCheckpoint" and cp.metrics.step == 100.0
    assert isinstance(cp.metrics.step, float)


PERMISSION = {"object": "checkpoint.permission", "id": "cp_1", "created_at": 1, "project_id": "proj_1"}


def test_checkpoint_permissions(api: Any) -> None:
    c = client(api)
    api.default = Reply(200, {"object": "list", "data": [PERMISSION], "has_more": False,
                              "first_id": "cp_1", "last_id": "cp_1"})
    checkpoint = "ft:gpt-4o-mini:org:custom:abc"
    created = c.fine_tuning.checkpoints.permissions.create(checkpoint, project_ids=["proj_1"])
    assert api.last.path == "/v1/fine_tuning/checkpoints/ft:gpt-4o-mini:org:custom:abc/permissions"
    assert api.last.json() == {"project_ids": ["proj_1"]}
    assert type(created).__name__ == "SyncPage" and created.data[0].project_id == "proj_1"
    listed = c.fine_tuning.checkpoints.permissions.list(checkpoint, project_id="proj_1", order="descending")
    assert api.last.params == [("order", "descending"), ("project_id", "proj_1")]
    assert type(listed).__name__ == "SyncConversationCursorPage"
    old = c.fine_tuning.checkpoints.permissions.retrieve(checkpoint, limit=1)
    assert type(old).__name__ == "PermissionRetrieveResponse" and old.data[0].id == "cp_1"
    api.default = Reply(200, {"object": "checkpoint.permission", "id": "cp_1", "deleted": True})
    gone = c.fine_tuning.checkpoints.permissions.delete("cp_1", fine_tuned_model_checkpoint=checkpoint)
    assert (api.last.method, api.last.path) == (
        "DELETE", "/v1/fine_tuning/checkpoints/ft:gpt-4o-mini:org:custom:abc/permissions/cp_1")
    assert gone.deleted is True


GRADER = {"type": "score_model", "name": "s", "model": "o4-mini", "input": [
    {"role": "user", "content": "Score {{sample.output_text}}"}], "range": [0, 1]}


def test_graders_run_and_validate(api: Any) -> None:
    c = client(api)
    api.default = Reply(200, {"reward": 1, "sub_rewards": {}, "model_grader_token_usage_per_model": {},
                              "metadata": {"name": "s", "type": "score_model", "execution_time": 0.5,
                                           "scores": {}, "token_usage": 12, "sampled_model_name": "o4-mini",
                                           "errors": {"formula_parse_error": False, "other_error": False}}})
    result = c.fine_tuning.alpha.graders.run(grader=GRADER, model_sample="yes", item={"ref": "yes"})
    assert (api.last.path, list(api.last.json())) == ("/v1/fine_tuning/alpha/graders/run",
                                                      ["grader", "model_sample", "item"])
    assert result.reward == 1.0 and result.metadata.errors.other_error is False
    api.default = Reply(200, {"grader": GRADER})
    valid = c.fine_tuning.alpha.graders.validate(grader=GRADER)
    assert api.last.json() == {"grader": GRADER}
    assert type(valid.grader).__name__ == "ScoreModelGrader" and valid.grader.range == [0.0, 1.0]


def test_async_fine_tuning(api: Any) -> None:
    api.queue(Reply(200, JOB), Reply(200, {"object": "list", "data": [JOB, JOB], "has_more": False}))

    async def main() -> Any:
        async with AsyncOpenAI(api_key="sk-test", base_url=api.base_url, max_retries=0) as c:
            job = await c.fine_tuning.jobs.retrieve("ftjob-abc")
            ids = [j.id async for j in c.fine_tuning.jobs.list()]
            return job.id, ids

    assert asyncio.run(main()) == ("ftjob-abc", ["ftjob-abc", "ftjob-abc"])
    assert api.requests[0].path == "/v1/fine_tuning/jobs/ftjob-abc"
