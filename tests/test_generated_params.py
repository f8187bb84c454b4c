"""The per-endpoint request TypedDicts of ``tools/gen_params.py``: current, importable where
the SDK has them, and keyed exactly by their method's parameters."""
from __future__ import annotations

import importlib
import inspect
import os
import subprocess
import sys
from typing import Any, Tuple

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))

import gen_params  # noqa: E402


def test_generated_modules_are_current() -> None:
    r = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "gen_params.py"), "--check"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


def _method(entry: Tuple[str, str, str, str, str]) -> Any:
    res_path, cls, meth, _, _ = entry
    module = "openai_lite." + res_path[:-3].replace("/", ".").replace(".__init__", "")
    return getattr(getattr(importlib.import_module(module), cls), meth)


@pytest.mark.parametrize("entry", gen_params.TABLE, ids=[e[4] + "@" + e[3] for e in gen_params.TABLE])
def test_keys_follow_the_method(entry: Tuple[str, str, str, str, str]) -> None:
    target, name = entry[3], entry[4]
    package, _, _ = ("openai_lite.types." + target.replace("/", ".")).rpartition(".")
    td = getattr(importlib.import_module(package), name)  # through the package, as users import it
    params = [p for p in inspect.signature(_method(entry)).parameters.values()
              if p.kind is p.KEYWORD_ONLY and p.name not in gen_params.SKIP]
    assert td.__required_keys__ == {p.name for p in params if p.default is p.empty}
    assert td.__optional_keys__ == {p.name for p in params if p.default is not p.empty}


import gen_param_twins  # noqa: E402


def test_param_twins_are_current() -> None:
    r = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "gen_param_twins.py"), "--check"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize("stem", gen_param_twins.TABLE)
def test_twin_keys_follow_the_model(stem: str) -> None:
    import dataclasses

    module = "openai_lite.types." + stem.replace("/", ".")
    model_module = importlib.import_module(module)
    twin_module = importlib.import_module(module + "_param")
    (twin_name,) = twin_module.__all__
    model = getattr(model_module, twin_name[:-len("Param")])
    twin = getattr(importlib.import_module(module.rpartition(".")[0]), twin_name)  # as users import it
    fields = dataclasses.fields(model)
    required = {f.name for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    assert twin.__required_keys__ == required
    assert twin.__optional_keys__ == {f.name for f in fields} - required
