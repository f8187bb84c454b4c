"""The README's first command works with no key and no network."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_demo_runs_against_the_fake_server():
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI")}
    env["PYTHONPATH"] = ROOT
    r = subprocess.run([sys.executable, "-m", "openai_lite", "demo"], capture_output=True, text=True,
                       env=env, timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stdout + r.stderr
    for section in ("== chat completion", "== streaming", "== embeddings", "== file round trip",
                    "== an error and its retry", "succeeded after 1 retry", "NotFoundError 404", "Done in"):
        assert section in r.stdout
    assert "identical: True" in r.stdout and "deleted: True" in r.stdout
