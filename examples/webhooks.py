"""Webhooks: check that a request really comes from OpenAI, then read its event.

OpenAI signs each webhook delivery with your endpoint's secret (``whsec_...``);
``client.webhooks.unwrap()`` verifies the signature and timestamp and returns the typed
event, ``verify_signature()`` only verifies.  No API call is made, so this example runs
the same with or without a key: it starts a small webhook receiver on localhost and
posts signed (and forged) deliveries to it, signed the way OpenAI signs them.

    python examples/webhooks.py
"""
import base64
import hashlib
import hmac
import json
import os
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import _common  # noqa: F401  (run from a checkout)

from openai_lite import InvalidWebhookSignatureError, OpenAI

# In production: the secret shown when the endpoint was created, via OPENAI_WEBHOOK_SECRET.
SECRET = "whsec_" + base64.b64encode(b"an example secret, 32 bytes long").decode()

# Only the webhook secret matters here; any key will do as no request is sent.
client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY") or "sk-unused", webhook_secret=SECRET)


class Receiver(BaseHTTPRequestHandler):
    """Your webhook endpoint: verify first, act second, answer 2xx quickly."""

    def log_message(self, format, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            # The raw body, exactly as received: re-serialised JSON would not match.
            event = client.webhooks.unwrap(body, self.headers)
        except InvalidWebhookSignatureError as e:
            self.send_response(400)
            self.end_headers()
            self.wfile.write(str(e).encode())
            return
        print(f"  receiver: verified {event.type} for {event.data.id}")
        self.send_response(200)
        self.end_headers()


def sign(webhook_id, timestamp, payload, secret=SECRET):
    """What OpenAI does before sending: HMAC-SHA256 over "id.timestamp.body"."""
    key = base64.b64decode(secret[len("whsec_"):])
    digest = hmac.new(key, f"{webhook_id}.{timestamp}.{payload}".encode(), hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


# Straight to localhost, whatever proxy the environment names.
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def deliver(url, payload, headers):
    request = urllib.request.Request(url, data=payload.encode(), method="POST",
                                     headers={"Content-Type": "application/json", **headers})
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{server.server_address[1]}/webhooks/openai"
print("webhook receiver at", url)

payload = json.dumps({
    "id": "evt_685343a1381c819085d44c354e1b330e", "type": "response.completed",
    "created_at": int(time.time()), "object": "event",
    "data": {"id": "resp_abc123"},
})
now = str(int(time.time()))
headers = {"webhook-id": "wh_685342e6c53c8190a1be43f081506c52", "webhook-timestamp": now,
           "webhook-signature": sign("wh_685342e6c53c8190a1be43f081506c52", now, payload)}

try:
    print("genuine delivery ->", deliver(url, payload, headers))
    forged = payload.replace("resp_abc123", "resp_evil")
    print("tampered body    ->", deliver(url, forged, headers))
    old = str(int(time.time()) - 3600)
    stale = dict(headers, **{"webhook-timestamp": old,
                             "webhook-signature": sign(headers["webhook-id"], old, payload)})
    print("replayed an hour later ->", deliver(url, payload, stale))
finally:
    server.shutdown()
    server.server_close()

# verify_signature() alone, e.g. before queueing the raw body for later processing.
client.webhooks.verify_signature(payload, headers)
print("verify_signature: ok")
try:
    wrong = "whsec_" + base64.b64encode(b"not the secret").decode()
    client.webhooks.verify_signature(payload, headers, secret=wrong)
except InvalidWebhookSignatureError as e:
    print("with the wrong secret:", e)
