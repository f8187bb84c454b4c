"""Constructing a client on a bare interpreter (``python -S``: no site, so nothing preloaded)
imports none of the costly standard modules; they wait for the first request that needs them."""
import os
import subprocess
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# typing alone (with re, enum, functools, collections... behind it) costs more than the
# whole client; json, datetime and zlib belong to responses, math to retries.
NOT_ON_CONSTRUCTION = ("typing", "re", "enum", "json", "datetime", "zlib", "contextlib", "warnings",
                       "math", "functools", "collections", "importlib", "logging", "email",
                       "asyncio", "ssl", "http.client", "urllib.parse")


def run_bare(code: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI")}
    env["PYTHONPATH"] = ROOT
    return subprocess.run([sys.executable, "-S", "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, env=env, timeout=60)


def test_bare_import_and_client_construction_load_no_costly_module():
    r = run_bare(f"""
        import sys
        import openai_lite
        openai_lite.OpenAI(api_key="k")
        openai_lite.AsyncOpenAI(api_key="k")
        openai_lite.DefaultHttpxClient(timeout=openai_lite.Timeout(5.0), limits=openai_lite.Limits())
        print([m for m in {NOT_ON_CONSTRUCTION!r} if m in sys.modules])
    """)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_names_kept_off_the_import_path_still_resolve():
    r = run_bare("""
        import typing
        import openai_lite
        from openai_lite import _timeout, _types
        from openai_lite.core.flow import Call, Command, Flow
        from openai_lite.transport.pool import Limits, PoolState

        assert openai_lite.Limits is Limits
        assert Call in typing.get_args(Command) and typing.get_origin(Flow) is not None
        assert _types.Headers == typing.Mapping[str, typing.Union[str, _types.Omit]]
        assert _timeout.TimeoutTypes == typing.Union[float, _timeout.Timeout, None]
        assert PoolState[str] is not None
        print("ok")
    """)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "ok"
