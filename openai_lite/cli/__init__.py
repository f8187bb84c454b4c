"""The command line: ``python -m openai_lite <command>`` (installed as ``openai-lite``).

Exit status: 0 on success, 1 when the API or the network fails, 2 for a mistake in the
command line (bad arguments, no API key, unreadable input), 130 after Ctrl-C.  Failures
are reported as one line on stderr, never as a traceback.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Any, List, NoReturn, Optional

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse's default prints the whole usage block; one line is easier to read.
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    # The same options are accepted before and after the subcommand; the copy after it
    # must not reset a value given before it, hence SUPPRESS there.
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument("--base-url", default=default,
                        help="API base URL (default: $OPENAI_BASE_URL or https://api.openai.com/v1)")
    parser.add_argument("--api-key", default=default, help="API key (default: $OPENAI_API_KEY)")
    parser.add_argument("--timeout", type=float, default=default, metavar="SECONDS",
                        help="timeout per request (default: 600 s, connect 5 s)")
    parser.add_argument("--max-retries", type=int, default=default, metavar="N",
                        help="retries after 429, 5xx and network errors (default: 2)")
    parser.add_argument("--json", action="store_true",
                        default=argparse.SUPPRESS if suppress else False,
                        help="print results as JSON")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="openai-lite", description="openai_lite command line: talk to the "
                     "OpenAI API (or any compatible server) from a shell.")
    _global_options(parser, suppress=False)
    common = _Parser(add_help=False)
    _global_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, help: str, **kw: Any) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, description=help, parents=[common], **kw)

    chat = add("chat", "send a prompt and stream the reply")
    chat.add_argument("prompt", nargs="*", help="the prompt (default: read stdin)")
    chat.add_argument("-m", "--model", default="gpt-4o-mini")
    chat.add_argument("-s", "--system", default=None, help="a system message")
    chat.add_argument("--max-tokens", type=int, default=None)
    chat.add_argument("--temperature", type=float, default=None)
    chat.add_argument("--no-stream", action="store_true", help="wait for the whole reply")

    add("models", "list the models")

    embed = add("embed", "embed texts; show dimensions, first values, similarities")
    embed.add_argument("text", nargs="*", help="texts to embed (default: lines of stdin)")
    embed.add_argument("-m", "--model", default="text-embedding-3-small")
    embed.add_argument("--dimensions", type=int, default=None)
    embed.add_argument("--show", type=int, default=4, metavar="N", help="values shown per vector")

    files = add("files", "upload, list, download or delete files")
    files_sub = files.add_subparsers(dest="files_command", metavar="ACTION", parser_class=_Parser)
    upload = files_sub.add_parser("upload", help="upload a file", parents=[common])
    upload.add_argument("path")
    upload.add_argument("-p", "--purpose", default="user_data",
                        help="assistants, batch, fine-tune, vision, user_data or evals "
                             "(default: user_data)")
    upload.add_argument("--chunked", action="store_true",
                        help="use the Uploads API in parts (automatic above 64 MB for the "
                             "purposes it takes)")
    upload.add_argument("--part-size", type=float, default=64.0, metavar="MB")
    listing = files_sub.add_parser("list", help="list files", parents=[common])
    listing.add_argument("-p", "--purpose", default=None)
    download = files_sub.add_parser("download", help="download a file's content",
                                    parents=[common])
    download.add_argument("file_id")
    download.add_argument("-o", "--output", default=None,
                          help="where to write it (default: its filename; - for stdout)")
    delete = files_sub.add_parser("delete", help="delete a file", parents=[common])
    delete.add_argument("file_id")

    speech = add("speech", "turn text into an audio file")
    speech.add_argument("text", nargs="*", help="the text (default: read stdin)")
    speech.add_argument("-o", "--output", default="speech.mp3",
                        help="audio file to write; its extension picks the format")
    speech.add_argument("-m", "--model", default="gpt-4o-mini-tts")
    speech.add_argument("-v", "--voice", default="alloy")
    speech.add_argument("--format", default=None,
                        choices=("mp3", "opus", "aac", "flac", "wav", "pcm"))
    speech.add_argument("--instructions", default=None)
    speech.add_argument("--speed", type=float, default=None)

    raw = add("raw", "send any request; print the JSON reply")
    raw.add_argument("method", help="GET, POST, PUT, PATCH or DELETE")
    raw.add_argument("path", help="path under the base URL, e.g. /models")
    raw.add_argument("body", nargs="?", default=None, help="JSON body (- for stdin)")

    demo = add("demo", "a short tour (local fake server unless OPENAI_API_KEY is set)")
    del demo

    serve = add("serve", "run the local fake server (FakeOpenAI) until Ctrl-C")
    serve.add_argument("--port", type=int, default=0, help="port (default: any free one)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--require-key", default=None, metavar="KEY",
                       help="answer 401 unless requests carry this API key")
    serve.add_argument("--echo", action="store_true",
                       help="reply to chat with the prompt itself instead of a canned answer")
    return parser


def _api_error_line(exc: Any) -> str:
    body = exc.body
    message = None
    if isinstance(body, dict):
        inner = body.get("error")
        message = (inner if isinstance(inner, dict) else body).get("message")
    if not message:
        message = exc.message
    return f"error: {exc.status_code} {type(exc).__name__}: {message}"


def _connection_error_line(exc: Any, base_url: str) -> str:
    cause = exc.__cause__ or exc.__context__
    detail = f" ({cause})" if cause is not None and str(cause) else ""
    kind = "timed out" if type(exc).__name__ == "APITimeoutError" else "could not connect"
    return f"error: {kind}: {base_url}{detail}"


def _make_client(args: argparse.Namespace) -> Any:
    import openai_lite

    key = args.api_key or os.environ.get("OPENAI_API_KEY")
    if not key:
        raise _MissingKey()
    options: Any = {"api_key": key}
    if args.base_url:
        options["base_url"] = args.base_url
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.max_retries is not None:
        options["max_retries"] = args.max_retries
    return openai_lite.OpenAI(**options)


class _MissingKey(Exception):
    pass


def main(argv: Optional[List[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if args.command == "files" and args.files_command is None:
        parser.exit(EXIT_USAGE, "openai-lite files: error: choose an action: upload, list, "
                                "download or delete (see --help)\n")
    if args.command == "demo":
        from .demo import run_demo

        return run_demo(base_url=args.base_url)

    import openai_lite

    from .commands import UsageError, cmd_serve, run_command

    client: Any = None
    try:
        if args.command == "serve":
            return cmd_serve(args, sys.stdout)
        client = _make_client(args)
        return run_command(client, args)
    except _MissingKey:
        sys.stderr.write("error: no API key. Pass --api-key or set OPENAI_API_KEY (for a local "
                         "test server: openai-lite serve, then use its base URL with any key)\n")
        return EXIT_USAGE
    except UsageError as e:
        sys.stderr.write(f"error: {e}\n")
        return EXIT_USAGE
    except openai_lite.APIStatusError as e:
        sys.stderr.write(_api_error_line(e) + "\n")
        return EXIT_FAILED
    except openai_lite.APIConnectionError as e:
        base = str(client.base_url) if client is not None else (args.base_url or "")
        sys.stderr.write(_connection_error_line(e, base) + "\n")
        return EXIT_FAILED
    except openai_lite.OpenAIError as e:
        sys.stderr.write(f"error: {type(e).__name__}: {e}\n")
        return EXIT_FAILED
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader (head, less) went away; say nothing more, and keep Python from
        # complaining about flushing stdout at exit.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_FAILED
    except OSError as e:
        where = f" {e.filename}" if getattr(e, "filename", None) else ""
        sys.stderr.write(f"error:{where} {e.strerror or e}\n")
        return EXIT_FAILED
    finally:
        if client is not None:
            client.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
