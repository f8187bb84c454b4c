"""A small scriptable HTTP/1.1 server for client tests: records every request and answers
from a queue of scripted replies (or a default)."""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Optional, Tuple, Union
from urllib.parse import parse_qsl, urlsplit


class Recorded:
    def __init__(self, method: str, target: str, headers: List[Tuple[str, str]], body: bytes) -> None:
        self.method = method
        self.target = target
        parts = urlsplit(target)
        self.path = parts.path
        self.query = parts.query
        self.params = parse_qsl(parts.query, keep_blank_values=True)
        self.header_list = headers
        self.headers = {k.lower(): v for k, v in headers}
        self.body = body

    def json(self) -> Any:
        return json.loads(self.body)


class Reply:
    def __init__(self, status: int = 200, body: Union[bytes, str, Any] = None,
                 headers: Optional[Dict[str, str]] = None, delay: float = 0.0,
                 chunks: Optional[List[bytes]] = None, chunk_delay: float = 0.0) -> None:
        self.status = status
        if body is None:
            body = {}
        if isinstance(body, str):
            body = body.encode()
        elif not isinstance(body, bytes):
            body = json.dumps(body).encode()
        self.body = body
        self.headers = dict(headers or {})
        self.delay = delay
        self.chunks = chunks
        self.chunk_delay = chunk_delay


def sse(*events: Any, done: bool = True) -> List[bytes]:
    out = [f"data: {json.dumps(e)}\n\n".encode() for e in events]
    if done:
        out.append(b"data: [DONE]\n\n")
    return out


class APIServer:
    def __init__(self) -> None:
        self.requests: List[Recorded] = []
        self.replies: List[Reply] = []
        self.default: Union[Reply, Callable[[Recorded], Reply]] = Reply(200, {})
        self.connections = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a: Any) -> None:
                pass

            def setup(self) -> None:
                super().setup()
                server.connections += 1

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                rec = Recorded(self.command, self.path, list(self.headers.items()), body)
                server.requests.append(rec)
                if server.replies:
                    reply = server.replies.pop(0)
                elif callable(server.default):
                    reply = server.default(rec)
                else:
                    reply = server.default
                if reply.delay:
                    time.sleep(reply.delay)
                self.send_response(reply.status)
                hdrs = {"Content-Type": "application/json", "x-request-id": f"req_{len(server.requests)}"}
                hdrs.update(reply.headers)
                for k, v in hdrs.items():
                    self.send_header(k, v)
                if reply.chunks is not None:
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for c in reply.chunks:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(c), c))
                        self.wfile.flush()
                        if reply.chunk_delay:
                            time.sleep(reply.chunk_delay)
                    self.wfile.write(b"0\r\n\r\n")
                    return
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.base_url = self.url + "/v1"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def queue(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    @property
    def last(self) -> Recorded:
        return self.requests[-1]

    def start(self) -> "APIServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(2)

    def __enter__(self) -> "APIServer":
        return self.start()

    def __exit__(self, *a: Any) -> None:
        self.stop()
