"""FakeOpenAI: a local, scriptable, OpenAI-compatible HTTP server for tests."""
from __future__ import annotations

import json
import logging
import socket
import struct
import sys
import threading
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import socketserver
from types import TracebackType
from typing import (TYPE_CHECKING, Any, Callable, Dict, List, Mapping, Optional, Set, Tuple,
                    Type, Union)
from urllib.parse import unquote

from .records import Headers, RecordedRequest
from .route_table import API_PREFIX, ROUTES
from .routes import FakeState, error_body
from .scripting import (AudioRoutes, BatchesRoutes, ChatRoutes, CreateRoutes, FakeResponse,
                        FilesRoutes, FineTuningRoutes, ImagesRoutes, ModelsRoutes, Reply,
                        ResponsesRoutes, RouteHandle, SSEItem, UploadsRoutes, VectorStoresRoutes)

if TYPE_CHECKING:
    import ssl

__all__ = ["FakeOpenAI"]

log = logging.getLogger("openai_lite.testing")

_MULTIPART_ROUTES = {"files.create", "audio.transcriptions.create", "audio.translations.create",
                     "images.edit", "images.create_variation", "uploads.parts.create"}


def _compile(template: str) -> List[Tuple[bool, str]]:
    """Path segments as (is_parameter, literal or parameter name)."""
    out = []
    for segment in template.strip("/").split("/"):
        if segment.startswith("{") and segment.endswith("}"):
            out.append((True, segment[1:-1]))
        else:
            out.append((False, segment))
    return out


_COMPILED = [(name, method, path, _compile(API_PREFIX + path)) for name, method, path in ROUTES]


def match_route(method: str, path: str) -> Tuple[Optional[Tuple[str, str, Dict[str, str]]], List[str]]:
    """((route name, spec path, path params) or None, methods allowed on this path)."""
    segments = path.strip("/").split("/") if path.strip("/") else []
    best: Optional[Tuple[int, str, str, Dict[str, str]]] = None
    allowed: List[str] = []
    best_any = -1
    for name, route_method, spec_path, pattern in _COMPILED:
        if len(pattern) != len(segments):
            continue
        params: Dict[str, str] = {}
        literal = 0
        for (is_param, text), segment in zip(pattern, segments):
            if is_param:
                if not segment:
                    break
                params[text] = unquote(segment)
            elif text != segment:
                break
            else:
                literal += 1
        else:
            # Prefer the most literal match ("/files/{id}/content" over a parameter there).
            if literal > best_any:
                best_any, allowed = literal, []
            if literal == best_any:
                allowed.append(route_method)
            if route_method == method and (best is None or literal > best[0]):
                best = (literal, name, spec_path, params)
    if best is not None and best[0] < best_any:
        best = None
    return ((best[1], best[2], best[3]) if best else None), allowed


def azure_path(path: str) -> Optional[Tuple[str, Optional[str]]]:
    """(API path, deployment) for an Azure OpenAI path, or None for any other path.

    Azure serves the API under ``/openai`` and the model-scoped routes under
    ``/openai/deployments/<deployment>``; both map onto the same routes as ``/v1``.
    """
    if path != "/openai" and not path.startswith("/openai/"):
        return None
    rest = path[len("/openai"):]
    parts = rest.split("/")
    deployment: Optional[str] = None
    if len(parts) > 3 and parts[1] == "deployments" and parts[2]:
        deployment = unquote(parts[2])
        rest = "/" + "/".join(parts[3:])
    return API_PREFIX + rest, deployment


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # stop() closes the connections itself; never wait on a stalled one
    allow_reuse_address = True

    def __init__(self, address: Tuple[str, int], fake: "FakeOpenAI",
                 ssl_context: Optional["ssl.SSLContext"]) -> None:
        self.fake = fake
        self.ssl_context = ssl_context
        self.connections: Set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a reverse DNS lookup (getfqdn), which can stall.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def get_request(self) -> Tuple[socket.socket, Any]:
        sock, address = super().get_request()
        try:
            # Headers and body go out in separate writes; without this, Nagle's algorithm
            # and the client's delayed ACK add ~40 ms to every response.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        if self.ssl_context is not None:
            # The handshake happens later in the connection's own thread, so a client that
            # never finishes it cannot block the accept loop.
            sock = self.ssl_context.wrap_socket(sock, server_side=True,
                                                do_handshake_on_connect=False)
        with self.connections_lock:
            self.connections.add(sock)
        return sock, address

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.connections.discard(request)
        try:
            super().shutdown_request(request)
        except OSError:
            pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError) or self.fake._stopping.is_set():
            # Clients hanging up, timeouts, TLS handshakes refused by an untrusting client,
            # and the faults injected on purpose: all expected in tests, none worth a trace.
            return
        log.error("FakeOpenAI: error while handling a request from %s:\n%s", client_address,
                  traceback.format_exc())

    def close_connections(self) -> None:
        with self.connections_lock:
            connections = list(self.connections)
            self.connections.clear()
        for sock in connections:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            try:
                sock.close()
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def version_string(self) -> str:
        return "FakeOpenAI"

    def setup(self) -> None:
        if self.server.ssl_context is not None:
            self.request.settimeout(10)
            self.request.do_handshake()
            self.request.settimeout(None)
        super().setup()

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("FakeOpenAI: " + format, *args)

    def do_GET(self) -> None:
        self._dispatch()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_GET

    # --- request ----------------------------------------------------------------------

    def _read_body(self) -> Optional[bytes]:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            body = b""
            while True:
                line = self.rfile.readline(65537)
                try:
                    size = int(line.split(b";")[0].strip(), 16)
                except ValueError:
                    return None
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass  # trailers are not interesting
                    return body
                body += self.rfile.read(size)
                self.rfile.readline(65537)
        length = self.headers.get("Content-Length")
        if length is None:
            return b""
        try:
            size = int(length)
        except ValueError:
            return None
        return self.rfile.read(size) if size > 0 else b""

    def _dispatch(self) -> None:
        fake = self.server.fake
        started = time.monotonic()
        body = self._read_body()
        if body is None:
            self.close_connection = True
            reply = FakeResponse(400, json=error_body(400, "The request body framing is invalid."))
        else:
            headers = Headers(list(self.headers.items()))
            request = RecordedRequest(self.command, self.path, headers, body)
            reply = fake._reply_for(request)
        self._send(reply, started)

    # --- response ---------------------------------------------------------------------

    def _wait(self, seconds: float) -> bool:
        """Sleep that stop() interrupts; False when the server is stopping."""
        if seconds > 0:
            return not self.server.fake._stopping.wait(seconds)
        return not self.server.fake._stopping.is_set()

    def _abort(self, reset: bool) -> None:
        self.close_connection = True
        sock = self.connection
        try:
            if reset:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            else:
                sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        with self.server.connections_lock:
            self.server.connections.discard(sock)
        try:
            sock.close()
        except OSError:
            pass

    def _head(self, reply: FakeResponse, started: float, content_type: str,
              length: Optional[int]) -> None:
        fake = self.server.fake
        self.send_response(reply.status)
        headers: Dict[str, str] = {
            "x-request-id": fake.state.ids.hex("req_", 32),
            "openai-processing-ms": str(max(1, int((time.monotonic() - started) * 1000))),
            "openai-version": "2020-10-01",
            "openai-organization": "fake-org",
            "content-type": content_type,
        }
        if length is None:
            headers["transfer-encoding"] = "chunked"
            headers["cache-control"] = "no-cache"
        else:
            headers["content-length"] = str(length)
        lowered = {k.lower(): k for k in headers}
        for name, value in reply.headers.items():
            headers.pop(lowered.get(name.lower(), name), None)
            headers[name] = value
        if self.close_connection:
            headers["connection"] = "close"
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def _send(self, reply: FakeResponse, started: float) -> None:
        if not self._wait(reply.delay):
            return self._abort(reset=False)
        if reply.drop_connection or reply.reset:
            return self._abort(reset=reply.reset)
        if reply.sse is not None:
            return self._send_stream(reply, started)
        body, content_type = reply.body_bytes()
        if self.command == "HEAD" or reply.status in (204, 304):
            body = b""
        self._head(reply, started, content_type, len(body))
        if not self._wait(reply.stall_after_headers):
            return self._abort(reset=False)
        if reply.truncate_body:
            self.wfile.write(body[:len(body) // 2])
            return self._abort(reset=False)
        self.wfile.write(body)

    def _send_stream(self, reply: FakeResponse, started: float) -> None:
        events = reply.sse or []
        self._head(reply, started, reply.content_type or "text/event-stream; charset=utf-8", None)
        if not self._wait(reply.stall_after_headers):
            return self._abort(reset=False)
        cutoff = max(1, len(events) // 2) if reply.truncate_body else None
        for index, event in enumerate(events):
            if cutoff is not None and index >= cutoff:
                return self._abort(reset=False)
            if reply.stream_stall_after_chunks is not None and index == reply.stream_stall_after_chunks:
                if not self._wait(reply.stall):
                    return self._abort(reset=False)
            data = _frame(event)
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        if cutoff is not None:
            return self._abort(reset=False)
        if reply.stream_stall_after_chunks is not None and reply.stream_stall_after_chunks >= len(events):
            if not self._wait(reply.stall):
                return self._abort(reset=False)
        self.wfile.write(b"0\r\n\r\n")


def _frame(event: SSEItem) -> bytes:
    if isinstance(event, bytes):
        return event
    if isinstance(event, tuple):
        name, data = event
        text = data if isinstance(data, str) else json.dumps(data)
        return f"event: {name}\ndata: {text}\n\n".encode("utf-8")
    text = event if isinstance(event, str) else json.dumps(event)
    return f"data: {text}\n\n".encode("utf-8")


RouteRef = Union[str, RouteHandle]


class FakeOpenAI:
    """A local OpenAI-compatible server with scriptable replies and faults.

    ``with FakeOpenAI() as fake:`` (or ``start()``/``stop()``) runs it on a free port;
    point any client at ``fake.base_url``.  See the package docstring for scripting.

    By default a chat or response reply repeats the last user message, which makes
    assertions easy; ``replies="answer"`` gives short canned answers instead (still
    deterministic), which reads better in demos.  With ``api_key`` set, requests must
    carry it (``Authorization: Bearer``, or ``api-key`` on Azure paths).
    """

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, api_key: Optional[str] = None,
                 tls: bool = False, validate: bool = True, seed: int = 0,
                 clock: Optional[Callable[[], float]] = None, replies: str = "echo") -> None:
        self.host = host
        self._requested_port = port
        self.api_key = api_key
        self.tls = tls
        self.validate = validate
        self.state = FakeState(seed=seed, clock=clock, replies=replies)
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._server: Optional[_Server] = None
        self._thread: Optional[threading.Thread] = None
        self._requests: List[RecordedRequest] = []
        self.ca_cert_path: Optional[str] = None
        self._handles: Dict[str, RouteHandle] = {
            name: RouteHandle(name, method, path, self._lock) for name, method, path in ROUTES}
        self.chat = ChatRoutes(self.route)
        self.completions = CreateRoutes(self.route, "completions")
        self.embeddings = CreateRoutes(self.route, "embeddings")
        self.moderations = CreateRoutes(self.route, "moderations")
        self.models = ModelsRoutes(self.route)
        self.files = FilesRoutes(self.route)
        self.audio = AudioRoutes(self.route)
        self.responses = ResponsesRoutes(self.route)
        self.batches = BatchesRoutes(self.route)
        self.vector_stores = VectorStoresRoutes(self.route)
        self.images = ImagesRoutes(self.route)
        self.uploads = UploadsRoutes(self.route)
        self.fine_tuning = FineTuningRoutes(self.route)

    # --- lifecycle ----------------------------------------------------------------------

    def start(self) -> "FakeOpenAI":
        if self._server is not None:
            return self
        context = None
        if self.tls:
            context = self._ssl_context()
        self._stopping.clear()
        server = _Server((self.host, self._requested_port), self, context)
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"FakeOpenAI:{self.port}", daemon=True)
        self._thread.start()
        return self

    def _ssl_context(self) -> "ssl.SSLContext":
        import ssl

        from .tls import certificate_for

        files = certificate_for(self.host)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(files.cert_path, files.key_path)
        context.set_alpn_protocols(["http/1.1"])
        self.ca_cert_path = files.ca_cert_path
        return context

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None:
            return
        self._stopping.set()  # wakes every injected delay or stall
        server.shutdown()
        server.server_close()
        server.close_connections()
        if thread is not None:
            thread.join(timeout=2)
        self._server = None
        self._thread = None

    def __enter__(self) -> "FakeOpenAI":
        return self.start()

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                 tb: Optional[TracebackType]) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeOpenAI is not running; call start() or use it as a context manager")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """The server's origin, e.g. ``http://127.0.0.1:53124``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{'https' if self.tls else 'http'}://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """What a client takes as ``base_url``: the origin plus ``/v1``."""
        return self.url + API_PREFIX

    # --- scripting ----------------------------------------------------------------------

    def route(self, name: RouteRef) -> RouteHandle:
        """A route by SDK accessor (``"chat.completions.create"``) or ``"POST /v1/files"``."""
        if isinstance(name, RouteHandle):
            return name
        handle = self._handles.get(name)
        if handle is not None:
            return handle
        method, _, path = name.partition(" ")
        path = path.strip()
        if path:
            for candidate in self._handles.values():
                if candidate.method == method.upper() and path in (
                        candidate.path, API_PREFIX + candidate.path):
                    return candidate
            found, _allowed = match_route(method.upper(), path if path.startswith(API_PREFIX)
                                          else API_PREFIX + path)
            if found is not None:
                return self._handles[found[0]]
        known = ", ".join(sorted(self._handles))
        raise KeyError(f"no such route {name!r}; known routes: {known}")

    def queue(self, route: RouteRef, *replies: Reply) -> RouteHandle:
        return self.route(route).queue(*replies)

    def fail(self, route: RouteRef, status: int, *, times: int = 1,
             headers: Optional[Mapping[str, str]] = None, body: Any = None,
             delay: float = 0.0) -> RouteHandle:
        return self.route(route).fail(status, times=times, headers=headers, body=body, delay=delay)

    def add_model(self, model_id: str, *, owned_by: str = "fake-org",
                  created: Optional[int] = None) -> Dict[str, Any]:
        """Make ``model_id`` appear in models.list / retrieve (and be deletable if ``ft:``)."""
        return self.state.add_model(model_id, owned_by=owned_by, created=created)

    def add_file(self, content: Union[bytes, str], *, filename: str = "upload",
                 purpose: str = "user_data") -> Dict[str, Any]:
        """Put a file in the store directly, as if it had been uploaded."""
        data = content.encode("utf-8") if isinstance(content, str) else content
        with self.state.lock:
            return dict(self.state.store_file(filename, data, purpose))

    @property
    def requests(self) -> List[RecordedRequest]:
        """Every request received so far, oldest first (a copy)."""
        with self._lock:
            return list(self._requests)

    @property
    def last_request(self) -> Optional[RecordedRequest]:
        with self._lock:
            return self._requests[-1] if self._requests else None

    def reset(self) -> None:
        """Forget requests, scripted replies and all stored objects."""
        with self._lock:
            self._requests.clear()
            for handle in self._handles.values():
                handle.reset()
        self.state.reset()

    # --- request handling (server threads) ------------------------------------------------

    def _auth_error(self, request: RecordedRequest) -> Optional[FakeResponse]:
        if self.api_key is None:
            return None
        if request.azure and "api-key" in request.headers:
            if request.headers["api-key"].strip() == self.api_key:
                return None
            return FakeResponse(401, json={"error": {
                "message": "Access denied due to invalid subscription key or wrong API "
                           "endpoint. Make sure to provide a valid key for an active "
                           "subscription and use a correct regional API endpoint for your "
                           "resource.", "type": "invalid_request_error", "param": None,
                "code": "401"}})
        value = request.headers.get("authorization")
        if not value:
            return FakeResponse(401, json={"error": {
                "message": "No API key was provided. Send it as a bearer token in the "
                           "Authorization header (Authorization: Bearer <key>).",
                "type": "invalid_request_error", "param": None, "code": None}})
        scheme, _, key = value.partition(" ")
        if scheme.lower() != "bearer" or key.strip() != self.api_key:
            shown = key.strip()
            shown = (shown[:3] + "*" * 6 + shown[-4:]) if len(shown) > 8 else "*" * len(shown)
            return FakeResponse(401, json={"error": {
                "message": f"Incorrect API key provided: {shown}.",
                "type": "invalid_request_error", "param": None, "code": "invalid_api_key"}})
        return None

    def _reply_for(self, request: RecordedRequest) -> FakeResponse:
        with self._lock:
            self._requests.append(request)
        path = request.path
        azure = azure_path(path)
        if azure is not None:
            path, request.deployment = azure
            request.azure = True
        found, allowed = match_route(request.method, path)
        handle: Optional[RouteHandle] = None
        spec_path = ""
        if found is not None:
            request.route, spec_path, request.path_params = found
            handle = self._handles[request.route]
            handle._record(request)
        auth = self._auth_error(request)
        if auth is not None:
            return auth
        if request.azure:
            if not request.query.get("api-version"):
                return FakeResponse(404, json={"error": {
                    "message": "Resource not found: Azure OpenAI paths need an api-version "
                               "query parameter.", "type": "invalid_request_error",
                    "param": "api-version", "code": "404"}})
            if request.deployment is not None:
                # The deployment names the model; the SDK still sends one in the body, but
                # a hand-written request may not.
                if isinstance(request.json, dict):
                    request.json.setdefault("model", request.deployment)
                elif request.parts:
                    request.form.setdefault("model", request.deployment)
        if handle is None:
            target = f"{request.method} {request.path}"
            if allowed:
                return FakeResponse(405, json=_invalid(f"Invalid method for URL ({target})"),
                                    headers={"allow": ", ".join(sorted(set(allowed)))})
            return FakeResponse(404, json=_invalid(f"Invalid URL ({target})"))
        if request.method in ("POST", "PUT", "PATCH") and handle.name not in _MULTIPART_ROUTES:
            if request.json_error is not None:
                return FakeResponse(400, json=_invalid(
                    f"The request body is not valid JSON ({request.json_error}). Send a JSON "
                    "object with Content-Type: application/json."))
            if request.body and not isinstance(request.json, dict) and not request.form:
                return FakeResponse(400, json=_invalid("The request body must be a JSON object."))
        if self.validate:
            problem = self.state.validate(request.method, spec_path, request)
            if problem is not None:
                return problem
        return self._resolve(handle, request, handle._take())

    def _resolve(self, handle: RouteHandle, request: RecordedRequest,
                 reply: Optional[Reply]) -> FakeResponse:
        if callable(reply) and not isinstance(reply, FakeResponse):
            try:
                reply = reply(request)
            except Exception as exc:  # a broken test callable should be loud, not hang the client
                log.error("FakeOpenAI: reply callable for %s raised:\n%s", handle.name,
                          traceback.format_exc())
                return FakeResponse(500, json={"error": {
                    "message": f"FakeOpenAI: the reply callable for {handle.name} raised "
                               f"{type(exc).__name__}: {exc}",
                    "type": "server_error", "param": None, "code": None}})
        if isinstance(reply, FakeResponse):
            if reply.has_body:
                return reply
            if reply.status >= 400:
                return FakeResponse(reply.status, json=error_body(reply.status)).with_faults_of(reply)
            if reply.status < 200 or reply.status >= 300:
                return FakeResponse(reply.status, body=b"").with_faults_of(reply)
            return self.state.handle(handle.name, request, None).with_faults_of(reply)
        return self.state.handle(handle.name, request, reply)

    def __repr__(self) -> str:
        where = self.base_url if self.running else "not running"
        return f"<FakeOpenAI {where}>"


def _invalid(message: str) -> Dict[str, Any]:
    return {"error": {"message": message, "type": "invalid_request_error", "param": None,
                      "code": None}}
