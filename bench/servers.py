"""A fast loopback HTTP/1.1 server for the benchmarks (standard library only).

One thread, one epoll/select loop, non-blocking sockets, responses serialised once
up front.  Meant to run in its own process (``python3 bench/servers.py``) so that the
client under test has a core and a GIL to itself.  It binds 127.0.0.1 only, prints
``PORT <n>`` on stdout once listening and exits when stdin closes or on SIGTERM.

Routes (anything else gets a 404 JSON error):

  POST /v1/chat/completions     a chat.completion JSON; with ``"stream": true`` in the body
                                an SSE stream of chat.completion.chunk events in chunked
                                transfer encoding, one HTTP chunk per event, ending with
                                ``data: [DONE]``.  The request header ``X-Bench-Chunks: N``
                                sets the number of content chunks (default 20).
  POST /v1/embeddings           one 1536-dim embedding; floats when the body asks for
                                ``"encoding_format": "float"``, else base64 float32 LE.
  GET  /v1/models               a list of 100 model objects.
  GET  /v1/files/file-<N>/content   N bytes of application/octet-stream, sent from a
                                1 MiB block, so the server never holds the whole body.
"""
from __future__ import annotations

import array
import base64
import json
import os
import random
import selectors
import signal
import socket
import sys
import threading
from typing import Dict, Iterator, List, Optional, Tuple, Union

# --------------------------------------------------------------------------- payloads
CREATED = 1_730_000_000
MODEL = "gpt-4o-mini-2024-07-18"


def _response(status: str, body: bytes, content_type: bytes = b"application/json",
              extra: bytes = b"") -> bytes:
    return (b"HTTP/1.1 " + status.encode() + b"\r\n"
            b"Content-Type: " + content_type + b"\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n"
            b"Connection: keep-alive\r\n"
            b"openai-processing-ms: 412\r\n"
            b"openai-version: 2020-10-01\r\n"
            b"x-request-id: req_0123456789abcdef0123456789abcdef\r\n"
            b"x-ratelimit-remaining-requests: 9999\r\n"
            b"x-ratelimit-remaining-tokens: 199000\r\n"
            + extra + b"\r\n" + body)


def chat_completion_body() -> bytes:
    content = ("Sure! Here is a short answer to your question. The capital of France is Paris, "
               "which is also its largest city and its political, economic and cultural centre. "
               "It sits on the Seine in the north of the country.")
    obj = {
        "id": "chatcmpl-AbCdEfGhIjKlMnOpQrStUvWxYz012",
        "object": "chat.completion",
        "created": CREATED,
        "model": MODEL,
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": content, "refusal": None, "annotations": []},
            "logprobs": None,
            "finish_reason": "stop",
        }],
        "usage": {
            "prompt_tokens": 25, "completion_tokens": 48, "total_tokens": 73,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                          "accepted_prediction_tokens": 0,
                                          "rejected_prediction_tokens": 0},
        },
        "service_tier": "default",
        "system_fingerprint": "fp_0ba0d124f1",
    }
    return json.dumps(obj, indent=2).encode()


def _floats(n: int) -> List[float]:
    rng = random.Random(1536)
    # Round-trip through float32 so the float and base64 forms carry the same numbers.
    return array.array("f", [rng.uniform(-0.1, 0.1) for _ in range(n)]).tolist()


def embedding_body(fmt: str, dims: int = 1536) -> bytes:
    values = _floats(dims)
    if fmt == "base64":
        a = array.array("f", values)
        if sys.byteorder == "big":
            a.byteswap()
        emb: object = base64.b64encode(a.tobytes()).decode("ascii")
    else:
        emb = values
    obj = {"object": "list",
           "data": [{"object": "embedding", "index": 0, "embedding": emb}],
           "model": "text-embedding-3-small",
           "usage": {"prompt_tokens": 8, "total_tokens": 8}}
    return json.dumps(obj, indent=2).encode()


def models_body(n: int = 100) -> bytes:
    owners = ("openai", "system", "openai-internal")
    data = [{"id": f"gpt-bench-model-{i:03d}", "object": "model", "created": CREATED - i * 86400,
             "owned_by": owners[i % 3]} for i in range(n)]
    return json.dumps({"object": "list", "data": data}, indent=2).encode()


_WORDS = ("The", " quick", " brown", " fox", " jumps", " over", " the", " lazy", " dog", ".",
          " Streaming", " tokens", " arrive", " one", " by", " one", ",", " as", " usual", "\n")


def sse_chunk_event(i: int) -> bytes:
    obj = {"id": "chatcmpl-AbCdEfGhIjKlMnOpQrStUvWxYz012", "object": "chat.completion.chunk",
           "created": CREATED, "model": MODEL, "service_tier": "default",
           "system_fingerprint": "fp_0ba0d124f1",
           "choices": [{"index": 0, "delta": {"content": _WORDS[i % len(_WORDS)]},
                        "logprobs": None, "finish_reason": None}],
           "usage": None}
    return b"data: " + json.dumps(obj, separators=(",", ":")).encode() + b"\n\n"


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def sse_response(n: int) -> bytes:
    head = (b"HTTP/1.1 200 OK\r\n"
            b"Content-Type: text/event-stream; charset=utf-8\r\n"
            b"Transfer-Encoding: chunked\r\n"
            b"Connection: keep-alive\r\n"
            b"x-request-id: req_0123456789abcdef0123456789abcdef\r\n"
            b"\r\n")
    first = {"id": "chatcmpl-AbCdEfGhIjKlMnOpQrStUvWxYz012", "object": "chat.completion.chunk",
             "created": CREATED, "model": MODEL, "service_tier": "default",
             "system_fingerprint": "fp_0ba0d124f1",
             "choices": [{"index": 0, "delta": {"role": "assistant", "content": "", "refusal": None},
                          "logprobs": None, "finish_reason": None}], "usage": None}
    last = dict(first, choices=[{"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}])
    # The same 20 distinct events repeat; pre-chunk them once.
    events = [_chunk(sse_chunk_event(i)) for i in range(len(_WORDS))]
    parts = [head, _chunk(b"data: " + json.dumps(first, separators=(",", ":")).encode() + b"\n\n")]
    parts.extend(events[i % len(events)] for i in range(n))
    parts.append(_chunk(b"data: " + json.dumps(last, separators=(",", ":")).encode() + b"\n\n"))
    parts.append(_chunk(b"data: [DONE]\n\n"))
    parts.append(b"0\r\n\r\n")
    return b"".join(parts)


NOT_FOUND = _response("404 Not Found", json.dumps(
    {"error": {"message": "Unknown bench route", "type": "invalid_request_error",
               "param": None, "code": None}}).encode())
BLOCK = os.urandom(1 << 20)


class Payloads:
    def __init__(self) -> None:
        self.chat = _response("200 OK", chat_completion_body())
        self.emb_float = _response("200 OK", embedding_body("float"))
        self.emb_b64 = _response("200 OK", embedding_body("base64"))
        self.models = _response("200 OK", models_body())
        self._sse: Dict[int, bytes] = {}

    def sse(self, n: int) -> bytes:
        body = self._sse.get(n)
        if body is None:
            if len(self._sse) > 8:
                self._sse.clear()
            body = self._sse[n] = sse_response(n)
        return body


# --------------------------------------------------------------------------- server
Out = Union[bytes, memoryview, Iterator[memoryview]]


def _download(n: int) -> Iterator[memoryview]:
    head = (b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
            b"Content-Length: %d\r\nConnection: keep-alive\r\n\r\n" % n)
    yield memoryview(head)
    view = memoryview(BLOCK)
    left = n
    while left > 0:
        take = min(left, len(BLOCK))
        yield view[:take]
        left -= take


class _Conn:
    __slots__ = ("sock", "inbuf", "out", "gen", "want_write")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.inbuf = bytearray()
        self.out: Optional[memoryview] = None  # unsent part of the current buffer
        self.gen: Optional[Iterator[memoryview]] = None  # more buffers after it
        self.want_write = False


def _header(head: bytes, name: bytes) -> Optional[bytes]:
    lower = head.lower()
    i = lower.find(b"\r\n" + name + b":")
    if i < 0:
        return None
    j = head.find(b"\r\n", i + 2)
    return head[i + 3 + len(name):j].strip()


class Server:
    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.payloads = Payloads()
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind((host, port))
        self.listener.listen(1024)
        self.listener.setblocking(False)
        self.port = self.listener.getsockname()[1]
        self.sel = selectors.DefaultSelector()
        self.sel.register(self.listener, selectors.EVENT_READ, None)
        self.stopping = False

    # routing -------------------------------------------------------------
    def route(self, method: bytes, target: bytes, head: bytes, body: bytes) -> Out:
        path = target.split(b"?", 1)[0]
        p = self.payloads
        if method == b"POST" and path == b"/v1/chat/completions":
            if b'"stream":true' in body.replace(b" ", b""):
                n = _header(head, b"x-bench-chunks")
                return p.sse(int(n) if n else 20)
            return p.chat
        if method == b"POST" and path == b"/v1/embeddings":
            if b'"encoding_format":"float"' in body.replace(b" ", b""):
                return p.emb_float
            return p.emb_b64
        if method == b"GET" and path == b"/v1/models":
            return p.models
        if method == b"GET" and path.startswith(b"/v1/files/file-") and path.endswith(b"/content"):
            try:
                n = int(path[len(b"/v1/files/file-"):-len(b"/content")])
            except ValueError:
                return NOT_FOUND
            return _download(n)
        return NOT_FOUND

    # loop ----------------------------------------------------------------
    def serve(self) -> None:
        sel = self.sel
        while not self.stopping:
            for key, events in sel.select(0.5):
                if key.data is None:
                    self._accept()
                    continue
                conn: _Conn = key.data
                try:
                    if events & selectors.EVENT_READ:
                        self._on_read(conn)
                    if events & selectors.EVENT_WRITE and conn.sock.fileno() >= 0:
                        self._flush(conn)
                except OSError:
                    self._drop(conn)

    def _accept(self) -> None:
        for _ in range(64):
            try:
                sock, _ = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            sock.setblocking(False)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.sel.register(sock, selectors.EVENT_READ, _Conn(sock))

    def _drop(self, conn: _Conn) -> None:
        try:
            self.sel.unregister(conn.sock)
        except (KeyError, ValueError):
            pass
        conn.sock.close()

    def _on_read(self, conn: _Conn) -> None:
        try:
            data = conn.sock.recv(262144)
        except (BlockingIOError, InterruptedError):
            return
        if not data:
            self._drop(conn)
            return
        conn.inbuf += data
        self._parse(conn)

    def _parse(self, conn: _Conn) -> None:
        # One request at a time per connection: the next is parsed once the response is out.
        while conn.out is None and conn.gen is None:
            buf = conn.inbuf
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(buf[:end + 2])
            clen = _header(head, b"content-length")
            size = int(clen) if clen else 0
            if len(buf) < end + 4 + size:
                return
            body = bytes(buf[end + 4:end + 4 + size])
            del buf[:end + 4 + size]
            line_end = head.find(b"\r\n")
            method, target, _ = head[:line_end].split(b" ", 2)
            out = self.route(method, target, head, body)
            if isinstance(out, (bytes, memoryview)):
                conn.out = memoryview(out)
            else:
                conn.gen = out
                conn.out = next(out)
            self._flush(conn)

    def _flush(self, conn: _Conn) -> None:
        sock = conn.sock
        while conn.out is not None:
            try:
                sent = sock.send(conn.out)
            except (BlockingIOError, InterruptedError):
                sent = 0
            if sent < len(conn.out):
                conn.out = conn.out[sent:]
                if not conn.want_write:
                    conn.want_write = True
                    self.sel.modify(sock, selectors.EVENT_READ | selectors.EVENT_WRITE, conn)
                return
            nxt = None
            if conn.gen is not None:
                nxt = next(conn.gen, None)
                if nxt is None:
                    conn.gen = None
            conn.out = nxt
        if conn.want_write:
            conn.want_write = False
            self.sel.modify(sock, selectors.EVENT_READ, conn)
        if conn.inbuf:
            self._parse(conn)


def start_in_process() -> Tuple["subprocess.Popen[bytes]", int]:  # type: ignore[name-defined]
    """Start this server in a child process; return (process, port)."""
    import subprocess

    proc = subprocess.Popen([sys.executable, os.path.abspath(__file__)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    assert proc.stdout is not None
    line = proc.stdout.readline().decode().strip()
    if not line.startswith("PORT "):
        proc.kill()
        raise RuntimeError(f"bench server failed to start: {line!r}")
    return proc, int(line.split()[1])


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    server = Server(port=port)

    def stop(*_: object) -> None:
        server.stopping = True

    signal.signal(signal.SIGTERM, stop)

    def watch_stdin() -> None:  # the parent going away closes our stdin
        try:
            sys.stdin.buffer.read()
        finally:
            server.stopping = True

    threading.Thread(target=watch_stdin, daemon=True).start()
    sys.stdout.write(f"PORT {server.port}\n")
    sys.stdout.flush()
    server.serve()


if __name__ == "__main__":
    main()
