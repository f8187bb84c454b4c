"""The async twins of the resources are generated from the sync declarations; a stale
twin would let mypy users see wrong types, so the suite fails on one."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_generated_twins_are_fresh():
    r = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "gen_async_types.py"), "--check"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


def test_twins_are_the_runtime_classes():
    from openai_lite.resources.chat.completions import AsyncCompletions, Completions
    from openai_lite.resources.models import AsyncModels, Models
    assert AsyncModels is Models and AsyncCompletions is Completions


def test_type_export_tables_are_fresh():
    r = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "gen_type_exports.py"), "--check"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr
