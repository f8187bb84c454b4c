"""What each command line subcommand does, given a client and its parsed arguments.

Commands write results to stdout (JSON with ``--json``) and anything about the transfer
itself (progress) to stderr, so output can be piped.  Errors are raised and turned into
one-line messages by ``cli.main``.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from typing import Any, Dict, List, Optional, TextIO

from .progress import PROGRESS_THRESHOLD, Progress, human_size

__all__ = ["UsageError", "run_command", "COMMANDS_NEEDING_KEY"]

COMMANDS_NEEDING_KEY = ("chat", "models", "embed", "files", "speech", "raw")

# Files bigger than this go through the Uploads API in parts, which is also what makes
# real upload progress possible: the client sends one multipart body in a single write.
CHUNKED_THRESHOLD = 64 * 1024 * 1024
_UPLOAD_PURPOSES = ("assistants", "batch", "fine-tune", "vision")


class UsageError(Exception):
    """A mistake in the command line itself (exit status 2)."""


def _print_json(value: Any, out: TextIO) -> None:
    out.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def _as_dict(obj: Any) -> Any:
    to_dict = getattr(obj, "to_dict", None)
    return to_dict() if callable(to_dict) else obj


def _read_prompt(words: List[str]) -> str:
    if words:
        return " ".join(words)
    if sys.stdin.isatty():
        sys.stderr.write("(reading the prompt from stdin; end it with Ctrl-D)\n")
    text = sys.stdin.read()
    if not text.strip():
        raise UsageError("no prompt: give one as an argument or on stdin")
    return text


# --- chat ----------------------------------------------------------------------------------

def cmd_chat(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    prompt = _read_prompt(args.prompt)
    messages: List[Dict[str, str]] = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": prompt})
    extra: Dict[str, Any] = {}
    if args.max_tokens is not None:
        extra["max_completion_tokens"] = args.max_tokens
    if args.temperature is not None:
        extra["temperature"] = args.temperature
    if args.json or args.no_stream:
        completion = client.chat.completions.create(model=args.model, messages=messages, **extra)
        if args.json:
            _print_json(_as_dict(completion), out)
        else:
            out.write((completion.choices[0].message.content or "") + "\n")
        return 0
    ended_with_newline = True
    with client.chat.completions.create(model=args.model, messages=messages, stream=True,
                                        **extra) as stream:
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                text = chunk.choices[0].delta.content
                out.write(text)
                out.flush()
                ended_with_newline = text.endswith("\n")
    if not ended_with_newline:
        out.write("\n")
    return 0


# --- models --------------------------------------------------------------------------------

def cmd_models(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    models = sorted(client.models.list(), key=lambda m: m.id)
    if args.json:
        _print_json([_as_dict(m) for m in models], out)
        return 0
    for model in models:
        out.write(f"{model.id}\t{model.owned_by}\n")
    return 0


# --- embed ---------------------------------------------------------------------------------

def _cosine(a: List[float], b: List[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def cmd_embed(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    texts = list(args.text)
    if not texts:
        texts = [line for line in _read_prompt([]).splitlines() if line.strip()]
    extra: Dict[str, Any] = {}
    if args.dimensions is not None:
        extra["dimensions"] = args.dimensions
    result = client.embeddings.create(model=args.model, input=texts, **extra)
    if args.json:
        _print_json(_as_dict(result), out)
        return 0
    vectors = [item.embedding for item in result.data]
    for index, (text, vector) in enumerate(zip(texts, vectors)):
        head = ", ".join(f"{v:+.4f}" for v in vector[:args.show])
        shown = text if len(text) <= 40 else text[:37] + "..."
        out.write(f"[{index}] {len(vector)} dims  [{head}, ...]  {shown!r}\n")
    if 1 < len(vectors) <= 8:
        out.write("cosine similarity:\n")
        for i in range(len(vectors)):
            for j in range(i + 1, len(vectors)):
                out.write(f"  [{i}]~[{j}] {_cosine(vectors[i], vectors[j]):.3f}\n")
    if result.usage is not None:
        out.write(f"({result.usage.prompt_tokens} tokens, model {result.model})\n")
    return 0


# --- files ---------------------------------------------------------------------------------

def _upload_in_parts(client: Any, path: str, size: int, purpose: str, part_size: int,
                     out: TextIO) -> Any:
    import mimetypes

    if purpose not in _UPLOAD_PURPOSES:
        raise UsageError(f"--purpose {purpose} cannot be uploaded in parts; the Uploads API "
                         f"takes {', '.join(_UPLOAD_PURPOSES)}")
    name = os.path.basename(path)
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    upload = client.uploads.create(bytes=size, filename=name, mime_type=mime, purpose=purpose)
    progress = Progress(f"uploading {name} in parts of {human_size(part_size)}", size,
                        force=True)
    part_ids: List[str] = []
    try:
        with open(path, "rb") as fh:
            while True:
                chunk = fh.read(part_size)
                if not chunk:
                    break
                part = client.uploads.parts.create(upload.id, data=chunk)
                part_ids.append(part.id)
                progress.update(len(chunk))
        completed = client.uploads.complete(upload.id, part_ids=part_ids)
    except BaseException:
        try:
            client.uploads.cancel(upload.id)
        except Exception:  # the original error is the one worth reporting
            pass
        raise
    progress.done()
    return completed.file


def cmd_files(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    action = args.files_command
    if action == "upload":
        path = args.path
        try:
            size = os.path.getsize(path)
        except OSError as e:
            raise UsageError(f"cannot read {path}: {e.strerror or e}") from None
        # Only some purposes may go in parts; others are sent whole whatever their size.
        chunked = args.chunked or (size > CHUNKED_THRESHOLD and args.purpose in _UPLOAD_PURPOSES)
        if chunked:
            file_obj = _upload_in_parts(client, path, size, args.purpose,
                                        int(args.part_size * 1024 * 1024), out)
        else:
            started = time.monotonic()
            loud = size >= PROGRESS_THRESHOLD
            if loud:
                sys.stderr.write(f"uploading {os.path.basename(path)} ({human_size(size)})...\n")
                sys.stderr.flush()
            with open(path, "rb") as fh:
                file_obj = client.files.create(file=fh, purpose=args.purpose)
            if loud:
                elapsed = time.monotonic() - started
                sys.stderr.write(f"  done: {human_size(size)} in {elapsed:.2f} s "
                                 f"({human_size(size / max(elapsed, 1e-6))}/s)\n")
        if args.json:
            _print_json(_as_dict(file_obj), out)
        else:
            out.write(f"{file_obj.id}\t{file_obj.bytes} bytes\t{file_obj.purpose}\t"
                      f"{file_obj.filename}\n")
        return 0
    if action == "list":
        params: Dict[str, Any] = {}
        if args.purpose:
            params["purpose"] = args.purpose
        files = list(client.files.list(**params))
        if args.json:
            _print_json([_as_dict(f) for f in files], out)
            return 0
        for f in files:
            out.write(f"{f.id}\t{f.bytes}\t{f.purpose}\t{f.filename}\n")
        return 0
    if action == "download":
        target = args.output
        if target is None:
            target = os.path.basename(client.files.retrieve(args.file_id).filename or args.file_id)
        to_stdout = target == "-"
        with client.files.with_streaming_response.content(args.file_id) as response:
            length = response.headers.get("content-length")
            total = int(length) if length and length.isdigit() else None
            progress = Progress(f"downloading {args.file_id}", total) if not to_stdout else None
            sink = sys.stdout.buffer if to_stdout else open(target + ".part", "wb")
            try:
                for chunk in response.iter_bytes(1024 * 1024):
                    sink.write(chunk)
                    if progress is not None:
                        progress.update(len(chunk))
            except BaseException:
                if not to_stdout:
                    sink.close()
                    os.unlink(target + ".part")
                raise
            if to_stdout:
                sink.flush()
            else:
                sink.close()
                # Written aside and renamed, so a failed download never leaves a short file
                # under the real name.
                os.replace(target + ".part", target)
        if progress is not None:
            progress.done()
        if not to_stdout:
            written = os.path.getsize(target)
            if args.json:
                _print_json({"id": args.file_id, "path": target, "bytes": written}, out)
            else:
                out.write(f"saved {args.file_id} to {target} ({written} bytes)\n")
        return 0
    if action == "delete":
        deleted = client.files.delete(args.file_id)
        if args.json:
            _print_json(_as_dict(deleted), out)
        else:
            out.write(f"deleted {deleted.id}\n" if deleted.deleted else f"not deleted: {deleted.id}\n")
        return 0 if deleted.deleted else 1
    raise UsageError("files needs a subcommand: upload, list, download or delete")


# --- speech --------------------------------------------------------------------------------

_AUDIO_FORMATS = ("mp3", "opus", "aac", "flac", "wav", "pcm")


def cmd_speech(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    text = _read_prompt(args.text)
    fmt = args.format
    if fmt is None:
        ext = os.path.splitext(args.output)[1].lstrip(".").lower()
        fmt = ext if ext in _AUDIO_FORMATS else "mp3"
    extra: Dict[str, Any] = {}
    if args.instructions:
        extra["instructions"] = args.instructions
    if args.speed is not None:
        extra["speed"] = args.speed
    written = 0
    with client.audio.speech.with_streaming_response.create(
            model=args.model, voice=args.voice, input=text, response_format=fmt, **extra) as response:
        with open(args.output + ".part", "wb") as fh:
            for chunk in response.iter_bytes():
                fh.write(chunk)
                written += len(chunk)
    os.replace(args.output + ".part", args.output)
    if args.json:
        _print_json({"path": args.output, "bytes": written, "format": fmt}, out)
    else:
        out.write(f"wrote {args.output} ({written} bytes, {fmt})\n")
    return 0


# --- raw -----------------------------------------------------------------------------------

def cmd_raw(client: Any, args: argparse.Namespace, out: TextIO) -> int:
    method = args.method.upper()
    if method not in ("GET", "POST", "PUT", "PATCH", "DELETE"):
        raise UsageError(f"unsupported method {args.method!r}: use GET, POST, PUT, PATCH or DELETE")
    body: Any = None
    if args.body is not None:
        text = sys.stdin.read() if args.body == "-" else args.body
        try:
            body = json.loads(text)
        except ValueError as e:
            raise UsageError(f"the body is not valid JSON: {e}") from None
    if method == "GET" and body is not None:
        raise UsageError("GET takes no body; put parameters in the path's query string")
    path = args.path if args.path.startswith(("/", "http://", "https://")) else "/" + args.path
    if method == "GET":
        result = client.get(path, cast_to=object)
    elif method == "DELETE":
        result = client.delete(path, cast_to=object, body=body)
    else:
        result = getattr(client, method.lower())(path, cast_to=object,
                                                 body=body if body is not None else {})
    if isinstance(result, (dict, list)) or result is None:
        _print_json(result, out)
    else:
        out.write(str(result))
        if not str(result).endswith("\n"):
            out.write("\n")
    return 0


# --- serve ---------------------------------------------------------------------------------

def cmd_serve(args: argparse.Namespace, out: TextIO) -> int:
    import signal
    import threading

    from openai_lite.testing import FakeOpenAI

    fake = FakeOpenAI(host=args.host, port=args.port, api_key=args.require_key,
                      replies="echo" if args.echo else "answer")
    try:
        fake.start()
    except OSError as e:
        raise UsageError(f"cannot listen on {args.host}:{args.port}: {e.strerror or e}") from None
    stop = threading.Event()

    def on_signal(signum: int, frame: Any) -> None:
        stop.set()

    previous = signal.signal(signal.SIGTERM, on_signal)
    try:
        if args.json:
            _print_json({"base_url": fake.base_url, "url": fake.url, "port": fake.port}, out)
        else:
            key = args.require_key or "sk-fake"
            out.write(f"FakeOpenAI serving at {fake.base_url}\n"
                      f"  export OPENAI_BASE_URL={fake.base_url} OPENAI_API_KEY={key}\n"
                      "Ctrl-C to stop.\n")
        out.flush()
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        fake.stop()
    sys.stderr.write(f"stopped after {len(fake.requests)} requests\n")
    return 0


def run_command(client: Any, args: argparse.Namespace, out: Optional[TextIO] = None) -> int:
    stream = out if out is not None else sys.stdout
    handler = {"chat": cmd_chat, "models": cmd_models, "embed": cmd_embed, "files": cmd_files,
               "speech": cmd_speech, "raw": cmd_raw}[args.command]
    return handler(client, args, stream)
