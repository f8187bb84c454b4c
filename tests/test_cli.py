"""The command line, run as a subprocess against a FakeOpenAI started by the test."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Dict, Iterator, Optional

import pytest

from openai_lite.testing import FakeOpenAI

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60


def _env(**extra: str) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPENAI", "AZURE_OPENAI")) and "proxy" not in k.lower()}
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


def cli(*args: str, key: Optional[str] = "sk-test", input: Optional[str] = None,
        base_url: Optional[str] = None,
        cwd: Optional[Path] = None) -> "subprocess.CompletedProcess[str]":
    env = _env() if key is None else _env(OPENAI_API_KEY=key)
    if base_url is not None:
        env["OPENAI_BASE_URL"] = base_url
    return subprocess.run([sys.executable, "-m", "openai_lite", *args], capture_output=True,
                          text=True, env=env, input=input if input is not None else "",
                          timeout=TIMEOUT, cwd=str(cwd or ROOT))


def _clean_failure(result: "subprocess.CompletedProcess[str]") -> str:
    """The error must be one line on stderr, not a traceback."""
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def url(fake: FakeOpenAI) -> str:
    fake.reset()
    return fake.base_url


# --- chat ----------------------------------------------------------------------------------

def test_chat_streams_the_reply(fake: FakeOpenAI, url: str) -> None:
    r = cli("chat", "-m", "gpt-4o", "-s", "Be brief.", "Hello", "there", base_url=url)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "Hello there\n"
    call = fake.chat.completions.create.last_call
    assert call is not None and call.json["stream"] is True and call.json["model"] == "gpt-4o"
    assert call.json["messages"] == [{"role": "system", "content": "Be brief."},
                                     {"role": "user", "content": "Hello there"}]


def test_chat_reads_stdin_and_prints_json(fake: FakeOpenAI, url: str) -> None:
    r = cli("chat", input="from stdin\n", base_url=url)
    assert r.returncode == 0 and r.stdout == "from stdin\n"
    r = cli("--json", "chat", "hi", "--max-tokens", "5", base_url=url)
    assert r.returncode == 0, r.stderr
    body = json.loads(r.stdout)
    assert body["object"] == "chat.completion" and body["choices"][0]["message"]["content"] == "hi"
    last = fake.chat.completions.create.last_call
    assert last is not None and "stream" not in last.json
    assert last.json["max_completion_tokens"] == 5
    empty = cli("chat", input="  \n", base_url=url)
    assert empty.returncode == 2 and "no prompt" in _clean_failure(empty)


# --- models, embed -------------------------------------------------------------------------

def test_models(url: str) -> None:
    r = cli("models", base_url=url)
    assert r.returncode == 0
    assert "gpt-4o\tsystem" in r.stdout.splitlines()
    r = cli("models", "--json", "--base-url", url)  # options after the command work too
    assert r.returncode == 0
    assert "text-embedding-3-small" in [m["id"] for m in json.loads(r.stdout)]


def test_embed(fake: FakeOpenAI, url: str) -> None:
    r = cli("embed", "The cat sat on the mat.", "A cat is sitting on a rug.",
            "Quarterly revenue grew 4%.", base_url=url)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("[0] 1536 dims  [") and "'The cat sat on the mat.'" in lines[0]
    sims = {line.split()[0]: float(line.split()[1]) for line in lines if "~" in line}
    assert sims["[0]~[1]"] > sims["[0]~[2]"] + 0.1
    r = cli("embed", "--dimensions", "8", "--json", "one", base_url=url)
    assert r.returncode == 0
    assert len(json.loads(r.stdout)["data"][0]["embedding"]) == 8
    r = cli("embed", input="line a\n\nline b\n", base_url=url)
    assert r.returncode == 0 and "[1] 1536 dims" in r.stdout
    last = fake.embeddings.create.last_call
    assert last is not None and last.json["input"] == ["line a", "line b"]


# --- files ---------------------------------------------------------------------------------

def test_files_round_trip(fake: FakeOpenAI, url: str, tmp_path: Path) -> None:
    source = tmp_path / "data.jsonl"
    source.write_bytes(b'{"a": 1}\n')
    up = cli("files", "upload", str(source), "--purpose", "batch", base_url=url)
    assert up.returncode == 0, up.stderr
    file_id, size, purpose, name = up.stdout.strip().split("\t")
    assert size == "9 bytes" and purpose == "batch" and name == "data.jsonl"
    assert up.stderr == ""  # small transfers report nothing

    listed = cli("files", "list", base_url=url)
    assert listed.returncode == 0 and file_id in listed.stdout
    as_json = cli("--json", "files", "list", "--purpose", "batch", base_url=url)
    assert [f["id"] for f in json.loads(as_json.stdout)] == [file_id]

    down = cli("files", "download", file_id, base_url=url, cwd=tmp_path / "..")
    assert down.returncode == 0, down.stderr
    assert (tmp_path.parent / "data.jsonl").read_bytes() == b'{"a": 1}\n'
    (tmp_path.parent / "data.jsonl").unlink()
    to_stdout = cli("files", "download", file_id, "-o", "-", base_url=url)
    assert to_stdout.stdout == '{"a": 1}\n'

    deleted = cli("files", "delete", file_id, base_url=url)
    assert deleted.returncode == 0 and deleted.stdout == f"deleted {file_id}\n"
    again = cli("files", "delete", file_id, "--max-retries", "0", base_url=url)
    assert again.returncode == 1
    assert _clean_failure(again).startswith("error: 404 NotFoundError: No such File object")


def test_large_transfers_report_progress(fake: FakeOpenAI, url: str, tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    data = os.urandom(1024) * (5 * 1024)  # 5 MB
    big.write_bytes(data)
    up = cli("files", "upload", str(big), base_url=url)
    assert up.returncode == 0, up.stderr
    assert "uploading big.bin (5.0 MB)" in up.stderr and "done: 5.0 MB in" in up.stderr
    file_id = up.stdout.split("\t")[0]
    target = tmp_path / "copy.bin"
    down = cli("files", "download", file_id, "-o", str(target), base_url=url)
    assert down.returncode == 0, down.stderr
    assert target.read_bytes() == data
    assert f"downloading {file_id} (5.0 MB)" in down.stderr
    assert "50%" in down.stderr and "done: 5.0 MB" in down.stderr
    assert not (tmp_path / "copy.bin.part").exists()


def test_chunked_upload_goes_through_the_uploads_api(fake: FakeOpenAI, url: str,
                                                     tmp_path: Path) -> None:
    src = tmp_path / "train.jsonl"
    src.write_bytes(b"x" * 2_500_000)
    r = cli("files", "upload", str(src), "--purpose", "fine-tune", "--chunked", "--part-size", "1",
            base_url=url)
    assert r.returncode == 0, r.stderr
    assert fake.uploads.parts.create.call_count == 3
    assert "in parts of 1.0 MB" in r.stderr and "done: 2.4 MB" in r.stderr
    file_id = r.stdout.split("\t")[0]
    assert fake.state.files[file_id][1] == src.read_bytes()
    refused = cli("files", "upload", str(src), "--chunked", base_url=url)  # user_data: no parts
    assert refused.returncode == 2 and "cannot be uploaded in parts" in _clean_failure(refused)
    missing = cli("files", "upload", str(tmp_path / "nope"), base_url=url)
    assert missing.returncode == 2 and "cannot read" in _clean_failure(missing)


# --- speech, raw ---------------------------------------------------------------------------

def test_speech_writes_a_file(fake: FakeOpenAI, url: str, tmp_path: Path) -> None:
    out = tmp_path / "hello.wav"
    r = cli("speech", "Hello", "world", "-o", str(out), "-v", "nova", base_url=url)
    assert r.returncode == 0, r.stderr
    assert out.read_bytes()[:4] == b"RIFF" and f"wrote {out}" in r.stdout
    call = fake.audio.speech.create.last_call
    assert call is not None and call.json["response_format"] == "wav" and call.json["voice"] == "nova"
    r = cli("--json", "speech", "-o", str(tmp_path / "x.bin"), input="hi", base_url=url)
    assert json.loads(r.stdout)["format"] == "mp3"


def test_raw_requests(fake: FakeOpenAI, url: str) -> None:
    r = cli("raw", "GET", "/models/gpt-4o", base_url=url)
    assert r.returncode == 0 and json.loads(r.stdout)["id"] == "gpt-4o"
    body = '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "raw!"}]}'
    r = cli("raw", "post", "chat/completions", body, base_url=url)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["choices"][0]["message"]["content"] == "raw!"
    r = cli("raw", "POST", "/embeddings", "-", input='{"model": "text-embedding-3-small", '
                                                     '"input": "x", "dimensions": 2}', base_url=url)
    assert r.returncode == 0 and len(json.loads(r.stdout)["data"][0]["embedding"]) == 2
    bad = cli("raw", "POST", "/chat/completions", "{nope", base_url=url)
    assert bad.returncode == 2 and "not valid JSON" in _clean_failure(bad)
    verb = cli("raw", "FETCH", "/models", base_url=url)
    assert verb.returncode == 2 and "unsupported method" in _clean_failure(verb)
    invalid = cli("raw", "POST", "/chat/completions", "{}", "--max-retries", "0", base_url=url)
    assert invalid.returncode == 1
    assert _clean_failure(invalid) == ("error: 400 BadRequestError: Missing required parameter: "
                                       "'model'.")


# --- failures ------------------------------------------------------------------------------

def test_missing_key(url: str) -> None:
    r = cli("models", key=None, base_url=url)
    assert r.returncode == 2 and r.stdout == ""
    line = _clean_failure(r)
    assert "no API key" in line and "--api-key" in line and "OPENAI_API_KEY" in line


def test_unreachable_server() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = cli("--max-retries", "0", "--timeout", "5", "models",
            base_url=f"http://127.0.0.1:{port}/v1")
    assert r.returncode == 1
    line = _clean_failure(r)
    assert line.startswith(f"error: could not connect: http://127.0.0.1:{port}/v1")
    assert "refused" in line.lower()


def test_wrong_key_gives_401() -> None:
    with FakeOpenAI(api_key="sk-right") as fake:
        r = cli("--api-key", "sk-wrong-key-123", "models", base_url=fake.base_url)
        assert r.returncode == 1
        assert _clean_failure(r) == ("error: 401 AuthenticationError: Incorrect API key "
                                     "provided: sk-******-123.")
        ok = cli("models", key="sk-right", base_url=fake.base_url)
        assert ok.returncode == 0


def test_rate_limit_gives_429(fake: FakeOpenAI, url: str) -> None:
    fake.fail("models.list", 429)
    r = cli("--max-retries", "0", "models", base_url=url)
    assert r.returncode == 1
    assert _clean_failure(r).startswith("error: 429 RateLimitError: Rate limit reached")
    assert fake.models.list.call_count == 1
    fake.fail("models.list", 429, headers={"retry-after": "0"})
    retried = cli("models", base_url=url)  # the default retries get past one 429
    assert retried.returncode == 0 and fake.models.list.call_count == 3


def test_bad_arguments() -> None:
    for args, expected in ((["nonsense"], "invalid choice"),
                           (["--timeout", "soon", "models"], "invalid float value"),
                           (["files"], "choose an action"),
                           (["embed", "--dimensions"], "expected one argument")):
        r = cli(*args)
        assert r.returncode == 2, args
        assert expected in _clean_failure(r), r.stderr
    r = cli()
    assert r.returncode == 2 and "usage:" in r.stderr
    r = cli("--help")
    assert r.returncode == 0 and "chat" in r.stdout and "serve" in r.stdout


# --- serve ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_serve_until_interrupted(sig: int) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "openai_lite", "serve", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_env(), cwd=str(ROOT))
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("FakeOpenAI serving at http://127.0.0.1:"), first
        base_url = first.split()[-1]
        with urllib.request.urlopen(base_url + "/models", timeout=10) as response:
            assert json.load(response)["object"] == "list"
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=TIMEOUT)
    assert proc.returncode == 0, err
    assert "stopped after 1 requests" in err and "Traceback" not in err


def test_serve_json_and_required_key() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "openai_lite", "--json", "serve",
                             "--require-key", "sk-local"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env(), cwd=str(ROOT))
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(5)]
        info = json.loads("".join(lines))
        ok = cli("models", key="sk-local", base_url=info["base_url"])
        assert ok.returncode == 0
        denied = cli("models", key="sk-other", base_url=info["base_url"])
        assert denied.returncode == 1 and "401" in denied.stderr
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=TIMEOUT)
    assert proc.returncode == 0


def test_entry_point_is_declared() -> None:
    text = (ROOT / "pyproject.toml").read_text()
    assert 'openai-lite = "openai_lite.__main__:main"' in text
    r = subprocess.run([sys.executable, "-c", "import sys, openai_lite; "
                        "from openai_lite.__main__ import main; "
                        "print(sorted(m for m in sys.modules if m.startswith('openai_lite.')))"],
                       capture_output=True, text=True, env=_env(), timeout=TIMEOUT, cwd=str(ROOT))
    assert r.returncode == 0, r.stderr
    loaded = r.stdout
    assert "openai_lite.cli" in loaded and "openai_lite.testing" not in loaded
    plain = subprocess.run([sys.executable, "-c", "import sys, openai_lite; "
                            "print([m for m in sys.modules if m.startswith(('openai_lite.cli', "
                            "'openai_lite.testing'))])"],
                           capture_output=True, text=True, env=_env(), timeout=TIMEOUT, cwd=str(ROOT))
    assert plain.stdout.strip() == "[]"


# --- progress reporting (in process) ---------------------------------------------------------

class _Tty:
    def __init__(self) -> None:
        self.text = ""

    def write(self, s: str) -> None:
        self.text += s

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


def test_progress_lines() -> None:
    import io

    from openai_lite.cli.progress import PROGRESS_THRESHOLD, Progress, human_size

    assert (human_size(512), human_size(1536), human_size(5 * 1024 ** 3)) == (
        "512 B", "1.5 KB", "5.0 GB")
    quiet = io.StringIO()
    small = Progress("x", 1000, out=quiet)
    small.update(1000)
    small.done()
    assert quiet.getvalue() == ""

    log = io.StringIO()
    big = Progress("copying", 8 * 1024 * 1024, out=log)
    for _ in range(8):
        big.update(1024 * 1024)
    big.done()
    lines = log.getvalue().splitlines()
    assert lines[0] == "copying (8.0 MB)..."
    assert [line.split()[0] for line in lines[1:4]] == ["25%", "50%", "75%"]
    assert lines[4].startswith("  done: 8.0 MB in ")

    unknown = io.StringIO()
    streamed = Progress("fetching", None, out=unknown)
    streamed.update(PROGRESS_THRESHOLD - 1)
    assert unknown.getvalue() == ""  # not big yet
    streamed.update(1)
    streamed.done()
    assert unknown.getvalue().startswith("fetching...\n") and "done: 4.0 MB" in unknown.getvalue()

    tty = _Tty()
    redrawn = Progress("up", 4 * PROGRESS_THRESHOLD, out=tty)  # type: ignore[arg-type]
    redrawn.update(4 * PROGRESS_THRESHOLD)
    redrawn.done()
    assert "\r  100.0%" in tty.text and tty.text.rstrip().endswith(")")
