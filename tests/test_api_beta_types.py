"""The response types of the beta, fine-tuning, evals, admin and skills areas: lazy
packages that match their type-checking imports, and models that resolve on 3.9 and
tolerate any payload; specific parsing is tested with each area's calls."""
from __future__ import annotations

import ast
import dataclasses
import importlib
import importlib.util
import inspect
import pkgutil
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any, Dict, List

import pytest

from openai_lite._models import BaseModel, construct_type

ROOT = Path(__file__).resolve().parent.parent / "openai_lite" / "types"
TOPS = ["beta", "fine_tuning", "evals", "admin", "skills"]
# modules directly under openai_lite/types that belong to these areas
LOOSE = ["content_provenance_check", "deleted_skill", "skill", "eval_create_response",
         "eval_delete_response", "eval_list_response", "eval_retrieve_response", "eval_update_response"]


def packages() -> List[str]:
    out = []
    for top in TOPS:
        for init in sorted((ROOT / top).rglob("__init__.py")):
            rel = init.parent.relative_to(ROOT.parent.parent)
            out.append(".".join(rel.parts))
    return out


def modules() -> List[str]:
    names = ["openai_lite.types." + m for m in LOOSE]
    for pkg_name in packages():
        pkg = importlib.import_module(pkg_name)
        for info in pkgutil.iter_modules(pkg.__path__):
            if not info.ispkg and not info.name.startswith("_"):
                names.append(f"{pkg_name}.{info.name}")
    return names


def models() -> List[type]:
    found = []
    for name in modules():
        module = importlib.import_module(name)
        for obj in list(vars(module).values()):
            if inspect.isclass(obj) and issubclass(obj, BaseModel) and obj.__module__ == module.__name__:
                found.append(obj)
    return found


def test_importing_the_packages_loads_no_model_module() -> None:
    code = ("import sys, importlib\n"
            f"pkgs = {packages()!r}\n"
            "for p in pkgs: importlib.import_module(p)\n"
            "print([m for m in sys.modules if m.startswith('openai_lite.types.') and m not in pkgs"
            " and not m.rsplit('.', 1)[1].startswith('_')])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=str(ROOT.parent.parent)).stdout.strip()
    assert out == "[]"


@pytest.mark.parametrize("pkg_name", packages())
def test_lazy_exports_match_the_type_checking_imports(pkg_name: str) -> None:
    pkg = importlib.import_module(pkg_name)
    tree = ast.parse(Path(pkg.__file__).read_text())
    checked: Dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for stmt in node.body:
                assert isinstance(stmt, ast.ImportFrom)
                for alias in stmt.names:
                    assert alias.asname == alias.name
                    target = "." * stmt.level + (stmt.module or "")
                    checked[alias.name] = target if stmt.module else "." + alias.name
    assert checked == pkg._EXPORTS
    assert sorted(pkg.__all__) == sorted(pkg._EXPORTS)
    for name in pkg._EXPORTS:
        assert getattr(pkg, name) is not None and name in dir(pkg)
    with pytest.raises(AttributeError):
        getattr(pkg, "NoSuchType")


def test_every_module_is_exported_by_its_package() -> None:
    exported = set()
    for pkg_name in packages():
        pkg = importlib.import_module(pkg_name)
        for target in pkg._EXPORTS.values():
            exported.add(importlib.util.resolve_name(target, pkg_name))
    missing = [m for m in modules() if m not in exported and m.rsplit(".", 1)[0] != "openai_lite.types"]
    assert missing == []


@pytest.mark.parametrize("model", models(), ids=lambda m: f"{m.__module__}.{m.__name__}")
def test_every_model_resolves_its_hints_and_tolerates_an_empty_payload(model: Any) -> None:
    hints = typing.get_type_hints(model)
    fields = {f.name for f in dataclasses.fields(model)}
    assert set(model.model_fields) == fields and fields <= set(hints)
    empty = model.construct({})
    assert all(getattr(empty, name) is None for name in fields)
    assert empty.to_dict() == {}
    odd = model.construct({"unexpected": [1, {"a": None}]})
    # unknown keys are kept (generic models wrap nested objects, the dump is the payload)
    assert odd.to_dict() == {"unexpected": [1, {"a": None}]}


def test_sdk_import_paths() -> None:
    from openai_lite.types.beta import Assistant, AssistantStreamEvent, Thread, ThreadDeleted  # noqa: F401
    from openai_lite.types.beta.threads import Message, MessageDeltaEvent, Run, RunStatus  # noqa: F401
    from openai_lite.types.beta.threads.runs import RunStep, RunStepDeltaEvent, ToolCall  # noqa: F401
    from openai_lite.types.fine_tuning import FineTuningJob, FineTuningJobEvent  # noqa: F401
    from openai_lite.types.fine_tuning.jobs import FineTuningJobCheckpoint  # noqa: F401
    from openai_lite.types.fine_tuning.checkpoints import PermissionCreateResponse  # noqa: F401
    from openai_lite.types.fine_tuning.alpha import GraderRunResponse, GraderValidateResponse  # noqa: F401
    from openai_lite.types.evals import RunCreateResponse  # noqa: F401
    from openai_lite.types.evals.runs import OutputItemListResponse  # noqa: F401
    from openai_lite.types.eval_create_response import EvalCreateResponse  # noqa: F401
    from openai_lite.types.skill import Skill  # noqa: F401
    from openai_lite.types.skills import SkillVersion  # noqa: F401
    from openai_lite.types.admin.organization import Project, Role  # noqa: F401
    from openai_lite.types.beta.chatkit import ChatKitThread, ChatSession  # noqa: F401
    assert RunStatus.__args__[0] == "queued"  # type: ignore[attr-defined]


def test_stream_event_union_is_chosen_by_event_name() -> None:
    from openai_lite.types.beta import AssistantStreamEvent
    from openai_lite.types.beta.assistant_stream_event import (
        ThreadMessageCompleted, ThreadRunStepCreated, ThreadRunStepFailed)

    got = [construct_type(type_=AssistantStreamEvent, value={"event": e, "data": {"id": "x"}})
           for e in ("thread.run.step.created", "thread.run.step.failed", "thread.message.completed")]
    assert [type(g) for g in got] == [ThreadRunStepCreated, ThreadRunStepFailed, ThreadMessageCompleted]
    unknown = construct_type(type_=AssistantStreamEvent, value={"event": "thread.future", "data": {}})
    assert isinstance(unknown, BaseModel) and unknown.event == "thread.future"


def test_message_delta_and_run_step_delta() -> None:
    from openai_lite.types.beta.threads import MessageDeltaEvent
    from openai_lite.types.beta.threads.runs import RunStepDeltaEvent

    m = MessageDeltaEvent.construct({"id": "msg_1", "object": "thread.message.delta", "delta": {
        "role": "assistant", "content": [
            {"index": 0, "type": "text", "text": {"value": "x", "annotations": [
                {"index": 0, "type": "file_path", "text": "p", "file_path": {"file_id": "f"}}]}},
            {"index": 1, "type": "image_url", "image_url": {"url": "https://x.test/a.png"}},
            {"index": 2, "type": "refusal", "refusal": "no"}]}})
    kinds = [type(c).__name__ for c in m.delta.content]
    assert kinds == ["TextDeltaBlock", "ImageURLDeltaBlock", "RefusalDeltaBlock"]
    assert type(m.delta.content[0].text.annotations[0]).__name__ == "FilePathDeltaAnnotation"
    s = RunStepDeltaEvent.construct({"id": "step_1", "object": "thread.run.step.delta", "delta": {
        "step_details": {"type": "message_creation", "message_creation": {"message_id": "msg_1"}}}})
    assert type(s.delta.step_details).__name__ == "RunStepDeltaMessageDelta"
    assert s.delta.step_details.message_creation.message_id == "msg_1"


def test_strict_validation_of_a_run() -> None:
    from openai_lite._models import ValidationError
    from openai_lite.types.beta.threads import Run

    with pytest.raises(ValidationError, match="status"):
        Run.construct({"id": "r", "object": "thread.run", "created_at": 1, "thread_id": "t",
                       "assistant_id": "a", "status": 5, "model": "m", "instructions": "",
                       "tools": [], "parallel_tool_calls": True}, strict=True)
