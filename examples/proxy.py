"""Sending requests through an HTTP proxy with a custom HTTP client.

``http_client=DefaultHttpxClient(proxy=...)`` is how the official SDK is told to use a
proxy; openai_lite takes the same call (no httpx involved).  To run anywhere, this example
starts its own small forward proxy on localhost, which logs what passes through it.

    python examples/proxy.py
"""
import http.client
import select
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import _common  # noqa: F401  (picks the server; run from a checkout)

from openai_lite import DefaultHttpxClient, OpenAI

seen = []


class ForwardProxy(BaseHTTPRequestHandler):
    """Plain HTTP requests arrive in absolute form and are forwarded; HTTPS arrives as
    CONNECT and is tunnelled untouched (the proxy never sees inside TLS)."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def do_CONNECT(self):
        seen.append(f"CONNECT {self.path}")
        host, _, port = self.path.rpartition(":")
        upstream = socket.create_connection((host, int(port)), timeout=30)
        self.send_response(200, "Connection established")
        self.end_headers()
        sockets = [self.connection, upstream]
        while True:
            readable, _, _ = select.select(sockets, [], [], 30)
            if not readable:
                break
            for sock in readable:
                data = sock.recv(65536)
                if not data:
                    upstream.close()
                    self.close_connection = True
                    return
                (upstream if sock is self.connection else self.connection).sendall(data)

    def _forward(self):
        seen.append(f"{self.command} {self.path}")
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() not in ("proxy-connection", "proxy-authorization", "connection")}
        upstream = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=30)
        path = url.path + ("?" + url.query if url.query else "")
        upstream.request(self.command, path, body=body, headers=headers)
        response = upstream.getresponse()
        data = response.read()  # buffered: fine for an example, streams arrive all at once
        self.send_response(response.status, response.reason)
        for name, value in response.getheaders():
            if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        upstream.close()

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _forward


proxy = ThreadingHTTPServer(("127.0.0.1", 0), ForwardProxy)
proxy.daemon_threads = True
threading.Thread(target=proxy.serve_forever, daemon=True).start()
proxy_url = f"http://127.0.0.1:{proxy.server_address[1]}"
print("local proxy at", proxy_url)

try:
    with _common.target() as server:
        client = OpenAI(
            api_key=server.api_key,
            base_url=server.base_url,
            http_client=DefaultHttpxClient(proxy=proxy_url),
        )
        completion = client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "Say proxied"}])
        print("reply:", completion.choices[0].message.content)
        print("models through the proxy:", len(client.models.list().data))
        client.close()
finally:
    proxy.shutdown()
    proxy.server_close()

print("the proxy saw:")
for line in seen:
    print("  ", line)
print("requests through the proxy:", len(seen))
