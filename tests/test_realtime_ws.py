"""client.realtime.connect / responses.connect (and beta) against a loopback WebSocket
server written here with the standard library: handshake, scripted events, close, drops
that exercise reconnection, keepalive, limits, TLS and proxies, for both clients.

Every socket operation on the server side has a timeout and every connection ends with
its socket closed, so a failing test cannot hang; servers are stopped by the fixture."""
from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
import os
import shutil
import socket
import ssl
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

import pytest

import openai_lite
from openai_lite import AsyncOpenAI, OpenAI, OpenAIError
from openai_lite._exceptions import WebSocketConnectionClosedError, WebSocketQueueFullError
from openai_lite._types import omit
from openai_lite.realtime import (ConnectionClosedError, ConnectionClosedOK, InvalidStatus, ReconnectingEvent)

T = 5.0  # every server-side socket operation
GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
FAST = {"open_timeout": T, "close_timeout": 2.0}
KEY = "sk-secret-test-key"


# =========================================================================== loopback server
class Peer:
    """The server end of one WebSocket connection."""

    def __init__(self, sock: socket.socket, request: "Request", rest: bytes) -> None:
        self.sock = sock
        self.request = request
        self.buf = bytearray(rest)
        self.pings_seen: List[bytes] = []
        self.answer_pings = True

    # -- raw frames
    def send_frame(self, opcode: int, payload: bytes = b"", fin: bool = True) -> None:
        first = (0x80 if fin else 0) | opcode
        n = len(payload)
        if n < 126:
            head = bytes((first, n))
        elif n < 65536:
            head = bytes((first, 126)) + struct.pack("!H", n)
        else:
            head = bytes((first, 127)) + struct.pack("!Q", n)
        self.sock.sendall(head + payload)

    def send_json(self, obj: Any) -> None:
        self.send_frame(0x1, json.dumps(obj).encode())

    def _need(self, n: int) -> None:
        while len(self.buf) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError("client closed the connection")
            self.buf += chunk

    def recv_frame(self) -> Tuple[bool, int, bytes]:
        self._need(2)
        first, second = self.buf[0], self.buf[1]
        assert second & 0x80, "client frame not masked"
        n = second & 0x7F
        pos = 2
        if n == 126:
            self._need(4)
            n = struct.unpack("!H", bytes(self.buf[2:4]))[0]
            pos = 4
        elif n == 127:
            self._need(10)
            n = struct.unpack("!Q", bytes(self.buf[2:10]))[0]
            pos = 10
        self._need(pos + 4 + n)
        key = bytes(self.buf[pos:pos + 4])
        data = bytes(b ^ key[i % 4] for i, b in enumerate(self.buf[pos + 4:pos + 4 + n]))
        del self.buf[:pos + 4 + n]
        return bool(first & 0x80), first & 0x0F, data

    def recv_message(self) -> Tuple[str, Any]:
        """("text", str) / ("binary", bytes) / ("close", (code, reason)); pings answered."""
        parts: List[bytes] = []
        kind = ""
        while True:
            fin, op, data = self.recv_frame()
            if op == 0x9:
                self.pings_seen.append(data)
                if self.answer_pings:
                    self.send_frame(0xA, data)
                continue
            if op == 0xA:
                continue
            if op == 0x8:
                code = struct.unpack("!H", data[:2])[0] if len(data) >= 2 else 1005
                return "close", (code, data[2:].decode())
            if op in (0x1, 0x2):
                kind = "text" if op == 0x1 else "binary"
            parts.append(data)
            if fin:
                joined = b"".join(parts)
                return kind, joined.decode() if kind == "text" else joined

    def recv_json(self) -> Any:
        kind, data = self.recv_message()
        assert kind == "text", (kind, data)
        return json.loads(data)

    def close(self, code: int = 1000, reason: str = "") -> Tuple[int, str]:
        """Close handshake started by the server: returns the client's reply."""
        self.send_frame(0x8, struct.pack("!H", code) + reason.encode())
        while True:
            kind, data = self.recv_message()
            if kind == "close":
                return data  # type: ignore[no-any-return]

    def expect_close(self) -> Tuple[int, str]:
        """Wait for the client's close frame (other messages skipped) and answer it."""
        while True:
            kind, data = self.recv_message()
            if kind == "close":
                code = data[0]
                self.send_frame(0x8, b"" if code == 1005 else struct.pack("!H", code))
                return data  # type: ignore[no-any-return]

    def drop(self) -> None:
        """End the TCP connection without a close frame (a network drop)."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()


class Request:
    def __init__(self, head: str) -> None:
        lines = head.split("\r\n")
        self.method, self.target, _ = lines[0].split(" ", 2)
        self.path, _, self.query = self.target.partition("?")
        self.headers: List[Tuple[str, str]] = []
        for line in lines[1:]:
            name, _, value = line.partition(":")
            self.headers.append((name, value.strip()))

    def header(self, name: str) -> Optional[str]:
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None

    def names(self) -> List[str]:
        return [k.lower() for k, _ in self.headers]


Handler = Callable[[Peer, int], None]


class WSServer:
    """Accepts connections; answers each handshake (or ``respond(request, index)`` bytes
    instead), then runs ``handler(peer, index)``; closes the socket afterwards."""

    def __init__(self, handler: Handler, *, tls: Optional[ssl.SSLContext] = None,
                 respond: Optional[Callable[[Request, int], Optional[bytes]]] = None) -> None:
        self.handler = handler
        self.tls = tls
        self.respond = respond
        self.requests: List[Request] = []
        self.errors: List[BaseException] = []
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.listener.settimeout(0.05)
        self.port = self.listener.getsockname()[1]
        self._stop = threading.Event()
        self._threads: List[threading.Thread] = []
        self._socks: List[socket.socket] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> "WSServer":
        self._accept.start()
        return self

    def __exit__(self, *args: Any) -> None:
        self._stop.set()
        self._accept.join(T)
        for s in list(self._socks):
            try:
                s.close()
            except OSError:
                pass
        for t in self._threads:
            t.join(T)
        self.listener.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def _serve(self) -> None:
        index = 0
        while not self._stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            t = threading.Thread(target=self._run, args=(conn, index), daemon=True)
            index += 1
            self._threads.append(t)
            t.start()

    def _run(self, conn: socket.socket, index: int) -> None:
        self._socks.append(conn)
        conn.settimeout(T)
        try:
            if self.tls is not None:
                conn = self.tls.wrap_socket(conn, server_side=True)
                self._socks.append(conn)
            buf = b""
            while b"\r\n\r\n" not in buf:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buf += chunk
            head, _, rest = buf.partition(b"\r\n\r\n")
            request = Request(head.decode("latin-1"))
            self.requests.append(request)
            if self.respond is not None:
                raw = self.respond(request, index)
                if raw is not None:
                    conn.sendall(raw)
                    return
            key = request.header("Sec-WebSocket-Key") or ""
            accept = base64.b64encode(hashlib.sha1(key.encode() + GUID).digest()).decode()
            conn.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          f"Sec-WebSocket-Accept: {accept}\r\n\r\n").encode())
            self.handler(Peer(conn, request, rest), index)
        except (EOFError, OSError):
            pass
        except BaseException as e:  # an assertion inside a handler: reported by the test
            self.errors.append(e)
        finally:
            try:
                conn.close()
            except OSError:
                pass

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


@pytest.fixture
def serve() -> Iterator[Callable[..., WSServer]]:
    servers: List[WSServer] = []

    def start(handler: Handler, **kwargs: Any) -> WSServer:
        server = WSServer(handler, **kwargs)
        server.__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.__exit__()
    for server in servers:
        server.check()


def client(server: WSServer, **kwargs: Any) -> OpenAI:
    kwargs.setdefault("api_key", KEY)
    return OpenAI(base_url=server.url, **kwargs)


def aclient(server: WSServer, **kwargs: Any) -> AsyncOpenAI:
    kwargs.setdefault("api_key", KEY)
    return AsyncOpenAI(base_url=server.url, **kwargs)


def eventually(predicate: Callable[[], Any], timeout: float = T) -> None:
    """Server handlers run in their own threads: wait (bounded) for what they record."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting for the server"
        time.sleep(0.01)


def run(coro: Any) -> Any:
    async def bounded() -> Any:
        return await asyncio.wait_for(coro, 20)

    return asyncio.run(bounded())


def echo_then_close(peer: Peer, index: int) -> None:
    """Answer each text message with {"type": "echo", "got": <message>} until the client
    closes; ``{"type": "bye"}`` makes the server close with 1000."""
    while True:
        kind, data = peer.recv_message()
        if kind == "close":
            peer.send_frame(0x8, struct.pack("!H", data[0]))
            return
        if kind == "binary":
            peer.send_json({"type": "binary", "size": len(data)})
            continue
        msg = json.loads(data)
        if msg.get("type") == "bye":
            peer.close(1000)
            return
        peer.send_json({"type": "echo", "got": msg})


# =========================================================================== URL and handshake
def test_url_and_handshake_headers(serve: Callable[..., WSServer]) -> None:
    server = serve(echo_then_close)
    c = client(server, organization="org-1", project="proj-1", default_headers={"X-Default": "d"})
    with c.realtime.connect(model="gpt-realtime", call_id="rtc_1", extra_query={"a": "b"},
                            extra_headers={"X-Extra": "1"}, websocket_connection_options=FAST) as conn:
        conn.send({"type": "ping"})
        assert conn.recv().type == "echo"
    req = server.requests[0]
    assert req.path == "/v1/realtime"
    assert req.query == "model=gpt-realtime&a=b&call_id=rtc_1"
    assert req.header("Authorization") == f"Bearer {KEY}"
    assert req.header("User-Agent") == "OpenAI/Python 3.3.1"
    assert req.header("X-Extra") == "1"
    names = req.names()
    assert "openai-organization" not in names and "openai-project" not in names and "x-default" not in names
    assert not [n for n in names if n.startswith("x-stainless")]
    assert req.header("Sec-WebSocket-Version") == "13" and req.header("Host") == f"127.0.0.1:{server.port}"


def test_extra_headers_override_and_omit_remove_auth(serve: Callable[..., WSServer]) -> None:
    server = serve(echo_then_close)
    c = client(server)
    with c.realtime.connect(extra_headers={"authorization": "Bearer other", "User-Agent": "mine"},
                            websocket_connection_options=FAST):
        pass
    with c.realtime.connect(extra_headers={"Authorization": omit}, websocket_connection_options=FAST):
        pass
    first, second = server.requests
    assert first.header("Authorization") == "Bearer other" and first.names().count("authorization") == 1
    assert first.header("User-Agent") == "mine" and first.names().count("user-agent") == 1
    assert first.query == ""
    assert second.header("Authorization") is None


def test_websocket_base_url_and_base_query(serve: Callable[..., WSServer]) -> None:
    server = serve(echo_then_close)
    c = OpenAI(api_key=KEY, base_url="https://unused.invalid/v1",
               websocket_base_url=f"ws://127.0.0.1:{server.port}/custom/")
    with c.realtime.connect(model="m", websocket_connection_options=FAST):
        pass
    assert server.requests[0].target == "/custom/realtime?model=m"


def test_api_key_callable_is_asked_before_connecting(serve: Callable[..., WSServer]) -> None:
    server = serve(echo_then_close)
    keys = iter(["first-key", "second-key"])
    c = client(server, api_key=lambda: next(keys))
    with c.realtime.connect(websocket_connection_options=FAST):
        pass
    with c.realtime.connect(websocket_connection_options=FAST):
        pass
    assert [r.header("Authorization") for r in server.requests] == ["Bearer first-key", "Bearer second-key"]
    assert c.api_key == "second-key"


def test_azure_url_and_api_key_header(serve: Callable[..., WSServer]) -> None:
    server = serve(echo_then_close)
    c = openai_lite.AzureOpenAI(api_key="azure-key", api_version="2024-02-01",
                                base_url=f"http://127.0.0.1:{server.port}/PTU/",
                                websocket_base_url=f"ws://127.0.0.1:{server.port}/base")
    with c.realtime.connect(model="dep", extra_query={"x": "1"}, websocket_connection_options=FAST):
        pass
    req = server.requests[0]
    assert req.target == "/base/realtime?x=1&api-version=2024-02-01&deployment=dep"
    assert req.header("api-key") == "azure-key" and req.header("Authorization") is None
    with pytest.raises(OpenAIError, match="`model` is required for Azure Realtime API"):
        c.realtime.connect().enter()


def test_azure_url_without_websocket_base_url() -> None:
    from openai_lite.realtime._shared import ConnectPlan

    c = openai_lite.AzureOpenAI(api_key="k", api_version="2024-02-01",
                                azure_endpoint="https://example-resource.azure.openai.com")
    assert ConnectPlan(c, "/realtime", model="deployment-body").url({}) == (
        "wss://example-resource.azure.openai.com/openai/realtime?api-version=2024-02-01&deployment=deployment-body")
    c2 = openai_lite.AzureOpenAI(api_key="k", api_version="2024-02-01", azure_deployment="deployment-client",
                                 azure_endpoint="https://example-resource.azure.openai.com")
    assert ConnectPlan(c2, "/realtime", model="m").url({}) == (
        "wss://example-resource.azure.openai.com/openai/realtime?api-version=2024-02-01&deployment=deployment-client")
    default = OpenAI(api_key="k")
    assert ConnectPlan(default, "/realtime", model="gpt-realtime", call_id="rtc_1").url({}) == (
        "wss://api.openai.com/v1/realtime?model=gpt-realtime&call_id=rtc_1")
    assert ConnectPlan(default, "/responses").url({"a": 1}) == "wss://api.openai.com/v1/responses?a=1"


def test_azure_ad_token_provider_gives_bearer(serve: Callable[..., WSServer]) -> None:
    server = serve(echo_then_close)
    c = openai_lite.AzureOpenAI(azure_ad_token_provider=lambda: "ad-token", api_version="2024-02-01",
                                base_url="https://unused.invalid/x/", websocket_base_url=f"ws://127.0.0.1:{server.port}/x")
    with c.realtime.connect(model="dep", websocket_connection_options=FAST):
        pass
    req = server.requests[0]
    assert req.target == "/x/realtime?api-version=2024-02-01&deployment=dep"
    assert req.header("Authorization") == "Bearer ad-token"


def test_beta_realtime_sends_openai_beta_header(serve: Callable[..., WSServer]) -> None:
    server = serve(echo_then_close)
    c = OpenAI(api_key=KEY, base_url="https://unused.invalid/v1",
               websocket_base_url=f"ws://127.0.0.1:{server.port}/v1")
    with c.beta.realtime.connect(model="m", websocket_connection_options=FAST) as conn:
        conn.transcription_session.update(session={"a": 1})
        assert conn.recv().got.to_dict() == {"type": "transcription_session.update", "session": {"a": 1}}
    assert server.requests[0].header("OpenAI-Beta") == "realtime=v1"
    assert server.requests[0].target == "/v1/realtime?model=m"


# =========================================================================== messages
def test_senders_build_the_reference_events(serve: Callable[..., WSServer]) -> None:
    received: List[str] = []

    def handler(peer: Peer, index: int) -> None:
        while True:
            kind, data = peer.recv_message()
            if kind == "close":
                peer.send_frame(0x8, struct.pack("!H", data[0]))
                return
            received.append(data)

    server = serve(handler)
    with client(server).realtime.connect(model="m", websocket_connection_options=FAST) as conn:
        conn.session.update(session={"type": "realtime", "instructions": "hi"})
        conn.response.create()
        conn.response.create(response={"instructions": "x"}, event_id="e1")
        conn.response.cancel(response_id="r1")
        conn.input_audio_buffer.append(audio="AAAA")
        conn.input_audio_buffer.commit()
        conn.input_audio_buffer.clear(event_id="e2")
        conn.conversation.item.create(item={"type": "message", "role": "user"}, previous_item_id="i0")
        conn.conversation.item.delete(item_id="i1")
        conn.conversation.item.retrieve(item_id="i2")
        conn.conversation.item.truncate(item_id="i3", content_index=0, audio_end_ms=1500)
        conn.output_audio_buffer.clear()
        conn.send({"type": "session.update", "session": {"model": omit, "voice": "x"}, "event_id": omit})
        conn.send_raw('{"raw":true}')
    assert received == [
        '{"type": "session.update", "session": {"type": "realtime", "instructions": "hi"}}',
        '{"type": "response.create"}',
        '{"type": "response.create", "event_id": "e1", "response": {"instructions": "x"}}',
        '{"type": "response.cancel", "response_id": "r1"}',
        '{"type": "input_audio_buffer.append", "audio": "AAAA"}',
        '{"type": "input_audio_buffer.commit"}',
        '{"type": "input_audio_buffer.clear", "event_id": "e2"}',
        '{"type": "conversation.item.create", "item": {"type": "message", "role": "user"}, "previous_item_id": "i0"}',
        '{"type": "conversation.item.delete", "item_id": "i1"}',
        '{"type": "conversation.item.retrieve", "item_id": "i2"}',
        '{"type": "conversation.item.truncate", "audio_end_ms": 1500, "content_index": 0, "item_id": "i3"}',
        '{"type": "output_audio_buffer.clear"}',
        '{"type": "session.update", "session": {"voice": "x"}}',
        '{"raw":true}',
    ]


def test_recv_variants_and_iteration_until_clean_close(serve: Callable[..., WSServer]) -> None:
    def handler(peer: Peer, index: int) -> None:
        peer.send_json({"type": "session.created", "session": {"id": "s1"}})
        peer.send_json({"type": "error", "error": {"message": "bad"}})
        # a fragmented message with a ping in the middle
        peer.send_frame(0x1, b'{"type": "respon', fin=False)
        peer.send_frame(0x9, b"srv-ping")
        peer.send_frame(0x0, b'se.done", "big": "' + b"x" * 100000 + b'"}', fin=True)
        assert peer.recv_frame() == (True, 0xA, b"srv-ping")
        assert peer.close(1000, "done") == (1000, "")

    server = serve(handler)
    with client(server).realtime.connect(websocket_connection_options=FAST) as conn:
        first = conn.recv()
        assert first.type == "session.created" and first.session.id == "s1"
        raw = conn.recv_bytes()
        assert isinstance(raw, bytes) and conn.parse_event(raw).error.message == "bad"
        rest = [e.type for e in conn]  # the error event is yielded, nothing raised
        assert rest == ["response.done"]
        with pytest.raises(ConnectionClosedOK):
            conn.recv()


def test_leaving_the_context_closes_with_1000(serve: Callable[..., WSServer]) -> None:
    seen: List[Tuple[int, str]] = []

    def handler(peer: Peer, index: int) -> None:
        seen.append(peer.expect_close())

    server = serve(handler)
    with client(server).realtime.connect(websocket_connection_options=FAST):
        pass
    manager = client(server).realtime.connect(websocket_connection_options=FAST)
    conn = manager.enter()
    conn.close(code=4000, reason="app done")
    with pytest.raises(ConnectionClosedError) as info:
        conn.recv()
    assert info.value.code == 4000  # the server echoed 4000; not an OK code
    eventually(lambda: len(seen) == 2)
    assert seen == [(1000, ""), (4000, "app done")]


def test_abnormal_close_raises_and_error_codes_are_errors(serve: Callable[..., WSServer]) -> None:
    def handler(peer: Peer, index: int) -> None:
        peer.send_json({"type": "a"})
        if index == 0:
            peer.drop()
        else:
            peer.close(1008, "policy")

    server = serve(handler)
    with client(server).realtime.connect(websocket_connection_options=FAST) as conn:
        with pytest.raises(ConnectionClosedError) as info:
            for _ in conn:
                pass
        assert info.value.code == 1006 and info.value.rcvd is None
        with pytest.raises(ConnectionClosedError):
            conn.send({"type": "late"})
    with client(server).realtime.connect(websocket_connection_options=FAST) as conn:
        with pytest.raises(ConnectionClosedError) as info:
            list(conn)
        assert info.value.code == 1008 and info.value.reason == "policy"


def test_binary_send_raw_and_max_size(serve: Callable[..., WSServer]) -> None:
    closes: List[Tuple[int, str]] = []

    def handler(peer: Peer, index: int) -> None:
        kind, data = peer.recv_message()
        peer.send_json({"type": kind, "size": len(data)})
        peer.send_frame(0x1, b'"' + b"y" * 5000 + b'"')
        kind, data = peer.recv_message()
        closes.append(data)

    server = serve(handler)
    with client(server).realtime.connect(websocket_connection_options={**FAST, "max_size": 4096}) as conn:
        conn.send_raw(b"\x00\x01\x02")
        assert conn.recv().size == 3
        with pytest.raises(ConnectionClosedError):
            conn.recv()
    eventually(lambda: closes)
    assert closes[0][0] == 1009


# =========================================================================== queue, handlers
def test_manager_send_queues_until_connected_and_is_bounded(serve: Callable[..., WSServer]) -> None:
    server = serve(echo_then_close)
    manager = client(server).realtime.connect(websocket_connection_options=FAST, max_queue_size=100)
    manager.send({"type": "first"})
    manager.send({"type": "second"})
    with pytest.raises(WebSocketQueueFullError, match="send queue is full, message discarded"):
        manager.send({"type": "x" * 100})
    with manager as conn:
        assert [conn.recv().got.type for _ in range(2)] == ["first", "second"]


def test_handlers_once_off_and_dispatch(serve: Callable[..., WSServer]) -> None:
    def handler(peer: Peer, index: int) -> None:
        for i in range(3):
            peer.send_json({"type": "delta", "i": i})
        peer.send_json({"type": "error", "error": {"message": "boom"}})
        peer.send_json({"type": "done"})
        peer.close(1000)

    calls: List[str] = []
    server = serve(handler)
    manager = client(server).realtime.connect(websocket_connection_options=FAST)
    manager.once("delta", lambda e: calls.append(f"once{e.i}"))

    @manager.on("error")
    def on_error(event: Any) -> None:
        calls.append("error:" + event.error.message)

    with manager as conn:
        conn.on("delta", lambda e: calls.append(f"delta{e.i}"))
        removed = conn.on("done", lambda e: calls.append("never"))
        assert removed is conn
        conn.off("done", conn._registry.take("done")[0])
        conn.on("event", lambda e: calls.append("any:" + e.type))
        conn.dispatch_events()
    assert calls == ["once0", "delta0", "any:delta", "delta1", "any:delta", "delta2", "any:delta",
                     "error:boom", "any:error", "any:done"]


def test_unhandled_error_event_raises(serve: Callable[..., WSServer]) -> None:
    def handler(peer: Peer, index: int) -> None:
        peer.send_json({"type": "error", "error": {"message": "bad things"}})
        peer.expect_close()

    server = serve(handler)
    with client(server).realtime.connect(websocket_connection_options=FAST) as conn:
        with pytest.raises(OpenAIError, match="WebSocket error: .*bad things"):
            conn.dispatch_events()


# =========================================================================== reconnection
def test_reconnect_after_a_drop_with_overrides_and_queued_messages(serve: Callable[..., WSServer]) -> None:
    got: List[Any] = []

    def handler(peer: Peer, index: int) -> None:
        if index == 0:
            peer.send_json({"type": "one"})
            peer.recv_json()  # wait for the client to be reading
            peer.drop()
            return
        got.append(peer.recv_json())  # queued during reconnection, flushed first
        peer.send_json({"type": "two"})
        peer.close(1000)

    server = serve(handler)
    events: List[ReconnectingEvent] = []
    keys = iter(["k1", "k2"])
    conn_box: List[Any] = []

    def on_reconnecting(event: ReconnectingEvent) -> Any:
        events.append(event)
        conn_box[0].send({"type": "while-reconnecting"})
        return {"extra_query": {"resume": "yes"}, "extra_headers": {"X-Attempt": str(event.attempt)}}

    c = client(server, api_key=lambda: next(keys))
    with c.realtime.connect(model="m", on_reconnecting=on_reconnecting, initial_delay=0.01, max_delay=0.05,
                            websocket_connection_options=FAST) as conn:
        conn_box.append(conn)
        seen = []
        for event in conn:
            seen.append(event.type)
            if event.type == "one":
                conn.send({"type": "ack"})
    assert seen == ["one", "two"]
    assert got == [{"type": "while-reconnecting"}]
    assert len(events) == 1
    ev = events[0]
    assert (ev.attempt, ev.max_attempts, ev.close_code) == (1, 5, 1006)
    assert 0.0075 <= ev.delay <= 0.01
    first, second = server.requests
    assert second.query == "model=m&resume=yes"
    assert second.header("X-Attempt") == "1"
    assert [first.header("Authorization"), second.header("Authorization")] == ["Bearer k1", "Bearer k2"]


def test_reconnect_attempts_backoff_and_abort_leaves_unsent(serve: Callable[..., WSServer]) -> None:
    def handler(peer: Peer, index: int) -> None:
        if index == 0:
            peer.close(1012, "restart")

    def respond(request: Request, index: int) -> Optional[bytes]:
        return None if index == 0 else b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n"

    server = serve(handler, respond=respond)
    events: List[ReconnectingEvent] = []
    conn_box: List[Any] = []

    def on_reconnecting(event: ReconnectingEvent) -> Any:
        events.append(event)
        if event.attempt == 1:
            conn_box[0].send({"type": "pending"})
        return {"abort": True} if event.attempt == 3 else None

    with client(server).realtime.connect(on_reconnecting=on_reconnecting, initial_delay=0.01, max_delay=0.02,
                                         websocket_connection_options=FAST) as conn:
        conn_box.append(conn)
        with pytest.raises(WebSocketConnectionClosedError) as info:
            list(conn)
    assert info.value.unsent_messages == ['{"type": "pending"}']
    assert [e.attempt for e in events] == [1, 2, 3]
    assert all(e.close_code == 1012 for e in events)
    assert 0.0075 <= events[0].delay <= 0.01 and 0.015 <= events[1].delay <= 0.02 and events[2].delay <= 0.02
    assert len(server.requests) == 3  # attempts 1 and 2 dialled (503); attempt 3 aborted


def test_no_reconnect_without_handler_or_for_unrecoverable_codes(serve: Callable[..., WSServer]) -> None:
    def handler(peer: Peer, index: int) -> None:
        peer.close(1008)

    server = serve(handler)
    called: List[Any] = []
    with client(server).realtime.connect(on_reconnecting=called.append, websocket_connection_options=FAST) as conn:
        with pytest.raises(ConnectionClosedError):
            list(conn)
    assert called == [] and len(server.requests) == 1


def test_manual_close_stops_reconnection(serve: Callable[..., WSServer]) -> None:
    def handler(peer: Peer, index: int) -> None:
        peer.send_json({"type": "one"})
        peer.drop()

    server = serve(handler)
    box: List[Any] = []

    def on_reconnecting(event: ReconnectingEvent) -> None:
        box[0].close()

    with client(server).realtime.connect(on_reconnecting=on_reconnecting, initial_delay=5.0,
                                         websocket_connection_options=FAST) as conn:
        box.append(conn)
        start = time.monotonic()
        with pytest.raises(ConnectionClosedError):
            for _ in conn:
                pass
        assert time.monotonic() - start < 3  # the 5 s backoff was interrupted
    assert len(server.requests) == 1


# =========================================================================== keepalive, concurrency
def test_keepalive_ping_timeout_fails_with_1011(serve: Callable[..., WSServer]) -> None:
    closes: List[Any] = []

    def handler(peer: Peer, index: int) -> None:
        peer.answer_pings = False
        closes.append(peer.recv_message())

    server = serve(handler)
    opts = {**FAST, "ping_interval": 0.1, "ping_timeout": 0.2}
    with client(server).realtime.connect(websocket_connection_options=opts) as conn:
        with pytest.raises(ConnectionClosedError) as info:
            conn.recv()
        assert info.value.code == 1006 and info.value.sent is not None and info.value.sent.code == 1011
    eventually(lambda: closes)
    assert closes[0][0] == "close" and closes[0][1][0] == 1011


def test_keepalive_pings_are_answered(serve: Callable[..., WSServer]) -> None:
    pings: List[bytes] = []

    def handler(peer: Peer, index: int) -> None:
        peer.sock.settimeout(0.05)
        deadline = time.monotonic() + 0.6
        while time.monotonic() < deadline:
            try:
                fin, op, data = peer.recv_frame()
            except socket.timeout:
                continue
            if op == 0x9:
                pings.append(data)
                peer.send_frame(0xA, data)
        peer.sock.settimeout(T)
        peer.send_json({"type": "late"})
        peer.expect_close()

    server = serve(handler)
    opts = {**FAST, "ping_interval": 0.1, "ping_timeout": 0.3}
    with client(server).realtime.connect(websocket_connection_options=opts) as conn:
        assert conn.recv().type == "late"
    assert len(pings) >= 2


def test_one_thread_receives_while_another_sends(serve: Callable[..., WSServer]) -> None:
    server = serve(echo_then_close)
    with client(server).realtime.connect(websocket_connection_options=FAST) as conn:
        def sender() -> None:
            for i in range(50):
                conn.input_audio_buffer.append(audio=base64.b64encode(bytes([i]) * 3000).decode())
            conn.send({"type": "bye"})

        t = threading.Thread(target=sender)
        t.start()
        seen = [e.got.type for e in conn]
        t.join(T)
    assert seen == ["input_audio_buffer.append"] * 50


# =========================================================================== handshake failures
def test_rejected_handshake_and_no_redirects_on_the_sync_client(serve: Callable[..., WSServer]) -> None:
    def respond(request: Request, index: int) -> bytes:
        if index == 0:
            return b"HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n\r\n{\"error\": \"no\"}"
        return b"HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n"

    server = serve(echo_then_close, respond=respond)
    with pytest.raises(InvalidStatus) as info:
        client(server).realtime.connect(websocket_connection_options=FAST).enter()
    assert info.value.status_code == 401 and KEY not in str(info.value) and KEY not in repr(info.value)
    with pytest.raises(InvalidStatus) as info:
        client(server).realtime.connect(websocket_connection_options=FAST).enter()
    assert info.value.status_code == 302


def test_open_timeout(serve: Callable[..., WSServer]) -> None:
    def respond(request: Request, index: int) -> bytes:
        time.sleep(0.5)
        return b""

    server = serve(echo_then_close, respond=respond)
    start = time.monotonic()
    with pytest.raises(TimeoutError):
        client(server).realtime.connect(websocket_connection_options={"open_timeout": 0.1}).enter()
    assert time.monotonic() - start < 0.45


def test_open_timeout_covers_the_name_lookup(monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.getaddrinfo
    release = threading.Event()

    def getaddrinfo(host, port, *args, **kw):  # type: ignore[no-untyped-def]
        if str(host).endswith(".stall"):  # a dead DNS server
            release.wait(10)
            raise socket.gaierror("stalled")
        return real(host, port, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    c = OpenAI(api_key=KEY, base_url="http://api.stall/v1")
    start = time.monotonic()
    try:
        with pytest.raises(TimeoutError):
            c.realtime.connect(websocket_connection_options={"open_timeout": 0.2}).enter()
        assert time.monotonic() - start < 1.0
    finally:
        release.set()


def test_connection_refused_is_an_os_error() -> None:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    c = OpenAI(api_key=KEY, base_url=f"http://127.0.0.1:{port}/v1")
    with pytest.raises(OSError):
        c.realtime.connect(websocket_connection_options=FAST).enter()


def test_unknown_connection_option_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="bogus"):
        OpenAI(api_key=KEY).realtime.connect(websocket_connection_options={"bogus": 1})


# =========================================================================== responses
def test_responses_connect(serve: Callable[..., WSServer]) -> None:
    got: List[Any] = []

    def handler(peer: Peer, index: int) -> None:
        got.append(peer.recv_json())
        peer.send_json({"type": "response.output_text.delta", "delta": "Hi", "item_id": "i", "output_index": 0,
                        "content_index": 0, "sequence_number": 1, "logprobs": []})
        peer.send_json({"type": "something.new", "x": 1})
        peer.close(1000)

    server = serve(handler)
    keys = iter(["never-used"])
    c = client(server, api_key=lambda: next(keys))
    c.api_key = "current-key"
    with c.responses.connect(extra_query={"q": "1"}, websocket_connection_options=FAST) as conn:
        conn.response.create(model="gpt-4o", input="hello", tools=[], stream=omit)
        events = list(conn)
    assert got == [{"type": "response.create", "input": "hello", "model": "gpt-4o", "tools": []}]
    assert type(events[0]).__name__ == "ResponseTextDeltaEvent" and events[0].delta == "Hi"
    assert events[1].type == "something.new"
    req = server.requests[0]
    assert req.target == "/v1/responses?q=1"
    assert req.header("Authorization") == "Bearer current-key"  # the callable was not asked


def test_beta_responses_connect_inject(serve: Callable[..., WSServer]) -> None:
    got: List[Any] = []

    def handler(peer: Peer, index: int) -> None:
        got.append(peer.recv_json())
        got.append(peer.recv_json())
        peer.expect_close()

    server = serve(handler)
    with client(server).beta.responses.connect(websocket_connection_options=FAST) as conn:
        conn.response.create(model="m", multi_agent={"a": 1})
        conn.response.inject(input=[{"type": "function_call_output"}], response_id="r1")
    assert got == [{"type": "response.create", "model": "m", "multi_agent": {"a": 1}},
                   {"type": "response.inject", "input": [{"type": "function_call_output"}], "response_id": "r1"}]
    assert server.requests[0].target == "/v1/responses"
    with pytest.raises(TypeError, match="nope"):
        conn.response.create(nope=1)


# =========================================================================== TLS and proxies
def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=20)


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, str]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl not available")
    d = tmp_path_factory.mktemp("wscerts")
    _openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=ws test CA",
             "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign", cwd=d)
    _openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost", cwd=d)
    (d / "server.ext").write_text("basicConstraints=critical,CA:FALSE\nextendedKeyUsage=serverAuth\n"
                                  "subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial", "7",
             "-days", "2", "-out", "server.pem", "-extfile", "server.ext", cwd=d)
    return {n: str(d / n) for n in ("ca.pem", "server.pem", "server.key")}


def _tls_server_context(certs: Dict[str, str]) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certs["server.pem"], certs["server.key"])
    return ctx


def test_wss_with_a_custom_ca(serve: Callable[..., WSServer], certs: Dict[str, str]) -> None:
    server = serve(echo_then_close, tls=_tls_server_context(certs))
    c = OpenAI(api_key=KEY, base_url=f"https://localhost:{server.port}/v1")
    ctx = ssl.create_default_context(cafile=certs["ca.pem"])
    with c.realtime.connect(websocket_connection_options={**FAST, "ssl": ctx}) as conn:
        conn.send({"type": "x" * 20000})
        assert conn.recv().got.type == "x" * 20000
    with pytest.raises(ssl.SSLError):
        c.realtime.connect(websocket_connection_options=FAST).enter()  # default CAs: unknown issuer


class ConnectProxy:
    """A CONNECT-only HTTP proxy that tunnels bytes both ways."""

    def __init__(self) -> None:
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(4)
        self.listener.settimeout(T)
        self.port = self.listener.getsockname()[1]
        self.requests: List[bytes] = []
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _pipe(self, a: socket.socket, b: socket.socket) -> None:
        try:
            while True:
                data = a.recv(65536)
                if not data:
                    break
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _run(self) -> None:
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        conn.settimeout(T)
        head = b""
        while b"\r\n\r\n" not in head:
            head += conn.recv(1)
        self.requests.append(head)
        target = head.split(b" ")[1].decode()
        host, _, port = target.rpartition(":")
        upstream = socket.create_connection((host, int(port)), timeout=T)
        conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        t = threading.Thread(target=self._pipe, args=(upstream, conn), daemon=True)
        t.start()
        self._pipe(conn, upstream)
        t.join(T)
        conn.close()
        upstream.close()

    def close(self) -> None:
        self.listener.close()
        self.thread.join(T)


@pytest.mark.parametrize("how", ["option", "env"])
def test_http_proxy_connect_tunnel(serve: Callable[..., WSServer], how: str,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    server = serve(echo_then_close)
    proxy = ConnectProxy()
    try:
        opts: Dict[str, Any] = dict(FAST)
        if how == "option":
            opts["proxy"] = f"http://user:pw@127.0.0.1:{proxy.port}"
        else:
            monkeypatch.setenv("HTTP_PROXY", f"http://user:pw@127.0.0.1:{proxy.port}")
        with client(server).realtime.connect(websocket_connection_options=opts) as conn:
            conn.send({"type": "via-proxy"})
            assert conn.recv().got.type == "via-proxy"
    finally:
        proxy.close()
    head = proxy.requests[0].decode()
    assert head.startswith(f"CONNECT 127.0.0.1:{server.port} HTTP/1.1\r\n")
    assert "Proxy-Authorization: Basic dXNlcjpwdw==" in head


# =========================================================================== no secrets leak
def test_credentials_stay_out_of_reprs_errors_and_logs(serve: Callable[..., WSServer],
                                                      caplog: pytest.LogCaptureFixture) -> None:
    server = serve(echo_then_close)
    caplog.set_level(logging.DEBUG, logger="openai")
    manager = client(server).realtime.connect(extra_headers={"X-Token": "hdr-secret"},
                                              websocket_connection_options=FAST)
    with manager as conn:
        conn.send({"type": "bye"})
        texts = [repr(manager), repr(conn), repr(conn._settings), repr(conn._ws)]
        list(conn)
    texts.append(caplog.text)
    for text in texts:
        assert KEY not in text and "hdr-secret" not in text
    with pytest.raises(ValueError) as info:
        client(server).realtime.connect(extra_headers={"X-Bad": "sk-inject\r\nEvil: 1"},
                                        websocket_connection_options=FAST).enter()
    assert "sk-inject" not in str(info.value)


def test_import_does_not_load_asyncio_or_ssl() -> None:
    code = ("import sys, openai_lite; c = openai_lite.OpenAI(api_key='k'); m = c.realtime.connect(model='m'); "
            "c.responses.connect(); print('asyncio' in sys.modules, 'ssl' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "OPENAI_LOG": ""})
    assert out.stdout.strip() == "False False", out.stderr


# =========================================================================== async client
def test_async_roundtrip_iteration_and_close(serve: Callable[..., WSServer]) -> None:
    server = serve(echo_then_close)
    keys = ["ak1"]

    async def key() -> str:
        return keys[0]

    async def main() -> List[Any]:
        c = aclient(server, api_key=key)
        manager = c.realtime.connect(model="m", websocket_connection_options=FAST)
        manager.send({"type": "queued"})
        async with manager as conn:
            await conn.session.update(session={"a": 1})
            await conn.conversation.item.create(item={"type": "message"})
            await conn.send_raw(b"\x01\x02")
            await conn.send({"type": "bye"})
            return [e async for e in conn]

    events = run(main())
    assert [e.type for e in events] == ["echo", "echo", "echo", "binary"]
    assert events[0].got.to_dict() == {"type": "queued"}
    assert events[1].got.to_dict() == {"type": "session.update", "session": {"a": 1}}
    assert server.requests[0].header("Authorization") == "Bearer ak1"
    assert server.requests[0].query == "model=m"


def test_async_recv_is_cancel_safe(serve: Callable[..., WSServer]) -> None:
    def handler(peer: Peer, index: int) -> None:
        peer.recv_json()
        time.sleep(0.2)
        peer.send_frame(0x1, b'{"type": "sl', fin=False)
        time.sleep(0.2)
        peer.send_frame(0x0, b'ow"}')
        peer.expect_close()

    server = serve(handler)

    async def main() -> str:
        async with aclient(server).realtime.connect(websocket_connection_options=FAST) as conn:
            await conn.send({"type": "go"})
            for _ in range(10):
                try:
                    event = await asyncio.wait_for(conn.recv(), 0.05)
                    return str(event.type)
                except asyncio.TimeoutError:
                    continue
            raise AssertionError("no event")

    assert run(main()) == "slow"


def test_async_reconnect_handlers_and_dispatch(serve: Callable[..., WSServer]) -> None:
    def handler(peer: Peer, index: int) -> None:
        if index == 0:
            peer.send_json({"type": "one"})
            peer.close(1001, "going away")
            return
        peer.send_json({"type": "two"})
        peer.send_json({"type": "error", "error": {"message": "x"}})
        peer.close(1000)

    server = serve(handler)
    calls: List[str] = []
    attempts: List[ReconnectingEvent] = []

    async def on_reconnecting(event: ReconnectingEvent) -> None:
        attempts.append(event)

    async def main() -> None:
        manager = aclient(server).realtime.connect(on_reconnecting=on_reconnecting, initial_delay=0.01,
                                                   websocket_connection_options=FAST)

        @manager.on("event")
        async def any_event(event: Any) -> None:
            calls.append(event.type)

        async with manager as conn:
            await conn.dispatch_events()

    run(main())
    assert calls == ["one", "two", "error"]
    assert [(a.attempt, a.close_code) for a in attempts] == [(1, 1001)]


def test_async_unhandled_error_and_drop_without_reconnect(serve: Callable[..., WSServer]) -> None:
    def handler(peer: Peer, index: int) -> None:
        if index == 0:
            peer.send_json({"type": "error", "error": {"message": "bad"}})
            peer.expect_close()
        else:
            peer.drop()

    server = serve(handler)

    async def main() -> None:
        async with aclient(server).realtime.connect(websocket_connection_options=FAST) as conn:
            with pytest.raises(OpenAIError, match="WebSocket error"):
                await conn.dispatch_events()
        async with aclient(server).realtime.connect(websocket_connection_options=FAST) as conn:
            with pytest.raises(ConnectionClosedError) as info:
                await conn.recv()
            assert info.value.code == 1006

    run(main())


def test_async_redirects_same_origin_followed_cross_origin_refused(serve: Callable[..., WSServer]) -> None:
    def respond(request: Request, index: int) -> Optional[bytes]:
        if request.path == "/v1/realtime":
            return b"HTTP/1.1 307 Temporary Redirect\r\nLocation: /moved/realtime?x=1\r\nContent-Length: 0\r\n\r\n"
        if request.path == "/cross/realtime":
            return b"HTTP/1.1 302 Found\r\nLocation: ws://other.invalid/realtime\r\nContent-Length: 0\r\n\r\n"
        return None

    server = serve(echo_then_close, respond=respond)

    async def main() -> None:
        c = aclient(server)
        async with c.realtime.connect(websocket_connection_options=FAST) as conn:
            await conn.send({"type": "hi"})
            assert (await conn.recv()).type == "echo"
        c2 = AsyncOpenAI(api_key=KEY, base_url=f"http://127.0.0.1:{server.port}/cross")
        with pytest.raises(OpenAIError, match="Cross-origin WebSocket redirects are not allowed"):
            await c2.realtime.connect(websocket_connection_options=FAST).enter()

    run(main())
    assert [r.target for r in server.requests] == ["/v1/realtime", "/moved/realtime?x=1", "/cross/realtime"]
    assert server.requests[1].header("Authorization") == f"Bearer {KEY}"


def test_async_keepalive_and_proxy_and_tls(serve: Callable[..., WSServer], certs: Dict[str, str]) -> None:
    def silent(peer: Peer, index: int) -> None:
        peer.answer_pings = False
        peer.recv_message()

    quiet = serve(silent)
    tls = serve(echo_then_close, tls=_tls_server_context(certs))
    proxy = ConnectProxy()

    async def main() -> None:
        opts = {**FAST, "ping_interval": 0.1, "ping_timeout": 0.2}
        async with aclient(quiet).realtime.connect(websocket_connection_options=opts) as conn:
            with pytest.raises(ConnectionClosedError) as info:
                await conn.recv()
            assert info.value.sent is not None and info.value.sent.code == 1011
        ctx = ssl.create_default_context(cafile=certs["ca.pem"])
        c = AsyncOpenAI(api_key=KEY, base_url=f"https://localhost:{tls.port}/v1")
        tls_opts = {**FAST, "ssl": ctx, "proxy": f"http://127.0.0.1:{proxy.port}"}
        async with c.responses.connect(websocket_connection_options=tls_opts) as rconn:
            await rconn.response.create(model="m")
            event = await rconn.recv()
            assert event.got == {"type": "response.create", "model": "m"}

    try:
        run(main())
    finally:
        proxy.close()
    assert proxy.requests[0].startswith(f"CONNECT localhost:{tls.port} ".encode())
