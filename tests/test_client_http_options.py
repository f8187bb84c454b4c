"""DefaultHttpxClient / DefaultAsyncHttpxClient settings reach the transports."""
import asyncio

import pytest

import openai_lite
from openai_lite import AsyncOpenAI, OpenAI
from tests.rawserver import RawServer, read_request, response_bytes

BODY = b'{"id": "m", "object": "model"}'


class ForwardProxy:
    """Answers absolute-form requests itself and records their request lines."""

    def __init__(self):
        self.lines = []
        self.auth = []

        def handler(sock, index):
            while True:
                head, _ = read_request(sock)
                if not head:
                    return
                first = head.split(b"\r\n")[0].decode()
                self.lines.append(first)
                for line in head.split(b"\r\n")[1:]:
                    if line.lower().startswith(b"proxy-authorization:"):
                        self.auth.append(line.split(b":", 1)[1].strip().decode())
                sock.sendall(response_bytes(200, BODY))
        self.server = RawServer(handler).start()

    def stop(self):
        self.server.stop()


@pytest.fixture
def proxy():
    p = ForwardProxy()
    yield p
    p.stop()


def test_explicit_proxy_sync(proxy):
    http = openai_lite.DefaultHttpxClient(proxy=f"http://user:p%40ss@127.0.0.1:{proxy.server.port}")
    c = OpenAI(api_key="k", base_url="http://api.invalid:8080/v1", http_client=http, max_retries=0)
    assert c.models.retrieve("m").id == "m"
    assert proxy.lines == ["GET http://api.invalid:8080/v1/models/m HTTP/1.1"]
    import base64
    assert proxy.auth == ["Basic " + base64.b64encode(b"user:p@ss").decode()]
    assert "p@ss" not in repr(http) and "p%40ss" not in repr(http)


def test_env_proxy_and_no_proxy(proxy, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.server.port}")
    c = OpenAI(api_key="k", base_url="http://api.invalid/v1", max_retries=0)
    c.models.retrieve("m")
    assert proxy.lines == ["GET http://api.invalid/v1/models/m HTTP/1.1"]
    # trust_env=False ignores the environment: the name cannot resolve, so it fails to connect
    c2 = OpenAI(api_key="k", base_url="http://api.invalid/v1", max_retries=0,
                http_client=openai_lite.DefaultHttpxClient(trust_env=False))
    with pytest.raises(openai_lite.APIConnectionError):
        c2.models.retrieve("m")
    monkeypatch.setenv("NO_PROXY", "api.invalid")
    with pytest.raises(openai_lite.APIConnectionError):
        OpenAI(api_key="k", base_url="http://api.invalid/v1", max_retries=0).models.retrieve("m")
    assert len(proxy.lines) == 1


def test_explicit_proxy_async(proxy):
    async def main():
        http = openai_lite.DefaultAsyncHttpxClient(proxy=f"http://127.0.0.1:{proxy.server.port}")
        c = AsyncOpenAI(api_key="k", base_url="http://api.invalid/v1", http_client=http, max_retries=0)
        m = await c.models.retrieve("m")
        await c.close()
        return m
    assert asyncio.run(main()).id == "m"
    assert proxy.lines == ["GET http://api.invalid/v1/models/m HTTP/1.1"]


def test_tls_verification_on_by_default_and_custom_ca(tmp_path):
    import shutil
    import ssl
    import subprocess
    if shutil.which("openssl") is None:
        pytest.fail("the openssl command is needed to make a test certificate")
    key, cert = tmp_path / "k.pem", tmp_path / "c.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=60)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(str(cert), str(key))

    def handler(sock, index):
        while True:
            head, _ = read_request(sock)
            if not head:
                return
            sock.sendall(response_bytes(200, BODY))
    srv = RawServer(handler, tls=ctx).start()
    try:
        url = f"https://127.0.0.1:{srv.port}/v1"
        with pytest.raises(openai_lite.APIConnectionError):
            OpenAI(api_key="k", base_url=url, max_retries=0).models.retrieve("m")
        ok = OpenAI(api_key="k", base_url=url, max_retries=0,
                    http_client=openai_lite.DefaultHttpxClient(verify=str(cert)))
        assert ok.models.retrieve("m").id == "m"

        async def main():
            c = AsyncOpenAI(api_key="k", base_url=url, max_retries=0,
                            http_client=openai_lite.DefaultAsyncHttpxClient(verify=str(cert)))
            m = await c.models.retrieve("m")
            await c.close()
            bad = AsyncOpenAI(api_key="k", base_url=url, max_retries=0)
            with pytest.raises(openai_lite.APIConnectionError):
                await bad.models.retrieve("m")
            return m
        assert asyncio.run(main()).id == "m"
    finally:
        srv.stop()
