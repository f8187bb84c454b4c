"""OPENAI_LOG output never carries secrets; `import openai_lite` stays cheap."""
import os
import subprocess
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_py(code, env=None):
    e = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI")}
    e.update(env or {})
    e["PYTHONPATH"] = ROOT
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          env=e, timeout=60)


def test_import_does_not_load_costly_modules():
    r = run_py("""
        import sys
        import openai_lite
        c = openai_lite.OpenAI(api_key="k")
        c.chat; c.models
        bad = [m for m in ("asyncio", "ssl", "http.client", "email", "urllib.request", "openai_lite.testing",
                           "openai_lite._streaming", "openai_lite.transport.sync") if m in sys.modules]
        print(bad)
    """)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_debug_log_redacts_credentials(api):
    from tests.apiserver import Reply
    api.default = Reply(200, {"id": "m", "object": "model"})
    r = run_py(f"""
        import openai_lite
        c = openai_lite.OpenAI(api_key="sk-very-secret", base_url="{api.base_url}",
                               default_headers={{"api-key": "also-secret"}})
        c.models.retrieve("m")
        a = openai_lite.AzureOpenAI(api_key="az-secret", api_version="v", azure_endpoint="{api.url}")
        a.models.list()
    """, env={"OPENAI_LOG": "debug"})
    assert r.returncode == 0, r.stderr
    assert "Request options" in r.stderr and "HTTP Response" in r.stderr
    assert "<redacted>" in r.stderr
    for secret in ("sk-very-secret", "also-secret", "az-secret"):
        assert secret not in r.stderr


def test_info_level_has_no_debug_lines(api):
    from tests.apiserver import Reply
    api.default = Reply(200, {"id": "m", "object": "model"})
    r = run_py(f"""
        import openai_lite
        openai_lite.OpenAI(api_key="k", base_url="{api.base_url}").models.retrieve("m")
    """, env={"OPENAI_LOG": "info"})
    assert r.returncode == 0 and "Request options" not in r.stderr
