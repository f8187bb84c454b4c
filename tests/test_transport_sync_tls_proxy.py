"""The sync transport over TLS (test CA made with the openssl tool) and through proxies."""
from __future__ import annotations

import base64
import os
import socket
import ssl
import subprocess
import threading
import time
from pathlib import Path
from typing import Callable, Dict, Iterator, List

import pytest

from openai_lite._timeout import Timeout
from openai_lite.transport.base import ConnectError, ConnectTimeout, ProxyError, TransportError
from openai_lite.transport.proxy import parse_proxy
from openai_lite.transport.sync import SyncTransport
from tests.rawserver import read_request, response_bytes, serve_forever
from tests.test_transport_sync import Server, fetch, get


@pytest.fixture(autouse=True)
def no_env_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.lower().endswith("_proxy") or key in ("SSL_CERT_FILE", "SSL_CERT_DIR"):
            monkeypatch.delenv(key)


# --------------------------------------------------------------------------- certificates
def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=20)


def _leaf(cwd: Path, name: str, usage: str, san: str) -> None:
    _openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-keyout", f"{name}.key", "-out", f"{name}.csr", "-subj", f"/CN={name}", cwd=cwd)
    ext = cwd / f"{name}.ext"
    lines = ["basicConstraints=critical,CA:FALSE", "keyUsage=critical,digitalSignature",
             f"extendedKeyUsage={usage}", "subjectKeyIdentifier=hash", "authorityKeyIdentifier=keyid"]
    if san:
        lines.append(f"subjectAltName={san}")
    ext.write_text("\n".join(lines) + "\n")
    _openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-set_serial", str(int.from_bytes(os.urandom(8), "big")), "-days", "2",
             "-out", f"{name}.pem", "-extfile", ext.name, cwd=cwd)


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, str]:
    d = tmp_path_factory.mktemp("certs")
    _openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=openai_lite test CA",
             "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=d)
    _leaf(d, "server", "serverAuth", "DNS:localhost,IP:127.0.0.1")
    _leaf(d, "client", "clientAuth", "")
    return {name: str(d / name) for name in
            ("ca.pem", "server.pem", "server.key", "client.pem", "client.key")}


def server_context(certs: Dict[str, str], require_client_cert: bool = False) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certs["server.pem"], certs["server.key"])
    if require_client_cert:
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.load_verify_locations(certs["ca.pem"])
    return ctx


@pytest.fixture
def https(certs: Dict[str, str]) -> Iterator[Server]:
    with Server(serve_forever(body=b"secure"), tls=server_context(certs)) as srv:
        yield srv


# --------------------------------------------------------------------------- TLS
def test_default_verification_rejects_an_unknown_ca(https: Server) -> None:
    t = SyncTransport()
    with pytest.raises(ConnectError) as info:
        t.handle_request(get(https.url))
    t.close()
    assert "certificate verif" in str(info.value).lower()


def test_verify_with_a_ca_file_and_keep_alive_over_tls(https: Server, certs: Dict[str, str]) -> None:
    t = SyncTransport(verify=certs["ca.pem"])
    for _ in range(3):
        assert fetch(t, https.url + "/v1/models")[1] == b"secure"
    assert https.connections == 1
    t.close()


def test_verify_with_an_ssl_context(https: Server, certs: Dict[str, str]) -> None:
    ctx = ssl.create_default_context(cafile=certs["ca.pem"])
    t = SyncTransport(verify=ctx)
    assert fetch(t, https.url)[1] == b"secure"
    t.close()


def test_sni_and_hostname_check_use_the_url_host(certs: Dict[str, str]) -> None:
    names: List[object] = []
    ctx = server_context(certs)
    ctx.sni_callback = lambda sslsock, name, _ctx: names.append(name)
    with Server(serve_forever(body=b"sni"), tls=ctx) as srv:
        t = SyncTransport(verify=certs["ca.pem"])
        assert fetch(t, f"https://localhost:{srv.port}/")[1] == b"sni"
        t.close()
    assert names == ["localhost"]


def test_client_certificate_for_mutual_tls(certs: Dict[str, str]) -> None:
    with Server(serve_forever(body=b"mtls"), tls=server_context(certs, require_client_cert=True)) as srv:
        t = SyncTransport(verify=certs["ca.pem"], cert=(certs["client.pem"], certs["client.key"]))
        assert fetch(t, srv.url)[1] == b"mtls"
        t.close()
        without = SyncTransport(verify=certs["ca.pem"])
        with pytest.raises(TransportError):
            fetch(without, srv.url)
        without.close()


def test_tls_handshake_stall_is_a_connect_timeout(certs: Dict[str, str]) -> None:
    # A plain TCP server that never answers the ClientHello.
    def handler(sock: socket.socket, index: int) -> None:
        srv.stall()

    with Server(handler) as srv:
        t = SyncTransport(verify=certs["ca.pem"])
        started = time.monotonic()
        with pytest.raises(ConnectTimeout):
            t.handle_request(get(f"https://127.0.0.1:{srv.port}/", timeout=Timeout(3.0, connect=0.3)))
        assert time.monotonic() - started < 1.0
        t.close()


# --------------------------------------------------------------------------- proxies
def answering_proxy(seen: List[bytes]) -> Callable[[socket.socket, int], None]:
    def handler(sock: socket.socket, index: int) -> None:
        while True:
            head, body = read_request(sock)
            if not head:
                return
            seen.append(head)
            sock.sendall(response_bytes(200, b"via proxy"))
    return handler


def _pipe(src: socket.socket, dst: socket.socket) -> None:
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            dst.sendall(data)
    except OSError:
        pass
    finally:
        try:
            dst.shutdown(socket.SHUT_WR)
        except OSError:
            pass


def tunnel_proxy(seen: List[bytes], target_port: int, reply: bytes = b"HTTP/1.1 200 Connection established\r\n\r\n"
                 ) -> Callable[[socket.socket, int], None]:
    def handler(sock: socket.socket, index: int) -> None:
        head, _ = read_request(sock)
        seen.append(head)
        if not reply.startswith(b"HTTP/1.1 200"):
            sock.sendall(reply)
            return
        upstream = socket.create_connection(("127.0.0.1", target_port), timeout=3)
        upstream.settimeout(3)
        sock.sendall(reply)
        pump = threading.Thread(target=_pipe, args=(upstream, sock), daemon=True)
        pump.start()
        _pipe(sock, upstream)
        pump.join(3)
        upstream.close()
    return handler


def test_http_target_through_proxy_uses_absolute_form_and_auth() -> None:
    seen: List[bytes] = []
    with Server(answering_proxy(seen)) as proxy:
        t = SyncTransport(proxy=f"http://user:p%40ss@127.0.0.1:{proxy.port}")
        for _ in range(2):
            resp, body = fetch(t, "http://api.example.test:8080/v1/models?limit=2")
            assert body == b"via proxy"
        t.close()
        assert proxy.connections == 1  # the proxy connection is kept alive too
    lines = seen[0].split(b"\r\n")
    assert lines[0] == b"GET http://api.example.test:8080/v1/models?limit=2 HTTP/1.1"
    assert lines[1] == b"Host: api.example.test:8080"
    expected = base64.b64encode(b"user:p@ss")
    assert b"Proxy-Authorization: Basic " + expected in lines


def test_https_target_through_connect_tunnel(https: Server, certs: Dict[str, str]) -> None:
    seen: List[bytes] = []
    with Server(tunnel_proxy(seen, https.port)) as proxy:
        t = SyncTransport(verify=certs["ca.pem"], proxy=parse_proxy(f"http://u:pw@127.0.0.1:{proxy.port}"))
        for _ in range(2):
            assert fetch(t, f"https://localhost:{https.port}/v1/x")[1] == b"secure"
        t.close()
        assert proxy.connections == 1 and https.connections == 1
    lines = seen[0].split(b"\r\n")
    assert lines[0] == f"CONNECT localhost:{https.port} HTTP/1.1".encode()
    assert b"Proxy-Authorization: Basic " + base64.b64encode(b"u:pw") in lines
    assert len(seen) == 1  # the request itself went inside the tunnel, encrypted


def test_proxy_refusing_connect_is_a_proxy_error(certs: Dict[str, str]) -> None:
    seen: List[bytes] = []
    reply = b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n"
    with Server(tunnel_proxy(seen, 9, reply=reply)) as proxy:
        t = SyncTransport(verify=certs["ca.pem"], proxy=f"http://user:hunter2@127.0.0.1:{proxy.port}")
        with pytest.raises(ProxyError) as info:
            t.handle_request(get("https://api.example.test/v1/x"))
        t.close()
    assert "407" in str(info.value) and "hunter2" not in str(info.value) + repr(t)


def test_proxy_that_never_answers_connect_is_a_connect_timeout(certs: Dict[str, str]) -> None:
    def handler(sock: socket.socket, index: int) -> None:
        read_request(sock)
        srv.stall()

    with Server(handler) as srv:
        t = SyncTransport(verify=certs["ca.pem"], proxy=srv.url)
        with pytest.raises(ConnectTimeout):
            t.handle_request(get("https://api.example.test/", timeout=Timeout(3.0, connect=0.3)))
        t.close()


def test_environment_proxy_and_no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: List[bytes] = []
    with Server(answering_proxy(seen)) as proxy, Server(serve_forever(body=b"direct")) as target:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        t = SyncTransport()
        assert fetch(t, target.url + "/a")[1] == b"via proxy"
        assert seen[0].startswith(f"GET {target.url}/a HTTP/1.1".encode())

        ignoring = SyncTransport(trust_env=False)
        assert fetch(ignoring, target.url + "/b")[1] == b"direct"
        ignoring.close()

        monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
        assert fetch(t, target.url + "/c")[1] == b"direct"
        t.close()
        assert len(seen) == 1 and target.connections == 2


def test_https_proxy_for_an_http_target(certs: Dict[str, str]) -> None:
    seen: List[bytes] = []
    with Server(answering_proxy(seen), tls=server_context(certs)) as proxy:
        t = SyncTransport(verify=certs["ca.pem"], proxy=proxy.url)
        assert proxy.url.startswith("https://")
        assert fetch(t, "http://api.example.test/v1/x")[1] == b"via proxy"
        with pytest.raises(ProxyError, match="cannot tunnel"):
            t.handle_request(get("https://api.example.test/v1/x"))
        t.close()
    assert seen[0].startswith(b"GET http://api.example.test/v1/x HTTP/1.1")


def test_long_body_over_tls_read_without_blocking(certs: Dict[str, str]) -> None:
    # Past 1 MiB the body is read with the socket non-blocking: SSLWantReadError must be
    # waited out like EAGAIN, and the next request on the socket gets its timeouts back.
    size = 3 * 1024 * 1024
    block = os.urandom(65536)

    def handler(sock: socket.socket, index: int) -> None:
        for _ in range(2):
            if not read_request(sock)[0]:
                return
            sock.sendall(f"HTTP/1.1 200 OK\r\nContent-Length: {size}\r\n\r\n".encode())
            for i in range(size // len(block)):
                sock.sendall(block)
                if i % 8 == 0:
                    time.sleep(0.001)  # let the reader run dry now and then

    with Server(handler, tls=server_context(certs)) as srv:
        t = SyncTransport(verify=certs["ca.pem"])
        for _ in range(2):
            resp = t.handle_request(get(f"https://localhost:{srv.port}/big"))
            pieces = list(resp.iter_bytes(65536))
            assert sum(map(len, pieces)) == size and pieces[0] == block
        assert srv.connections == 1
        t.close()
