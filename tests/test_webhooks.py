"""client.webhooks: signature verification (webhooks_realtime.md §1). Every expected
signature is computed here with hmac/base64, independently of the code under test."""
import base64
import hashlib
import hmac
import inspect
import json
import time

import pytest

import openai_lite
from openai_lite import AsyncOpenAI, InvalidWebhookSignatureError, OpenAI
from openai_lite.types import webhooks as wtypes
from openai_lite.types.webhooks import (
    BatchCancelledWebhookEvent, RealtimeCallIncomingWebhookEvent, ResponseCompletedWebhookEvent,
    UnwrapWebhookEvent,
)

NOW = 1_700_000_000
KEY = b"0123456789abcdef0123456789abcdef"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
PAYLOAD = json.dumps({"id": "evt_1", "object": "event", "type": "response.completed", "created_at": NOW,
                      "data": {"id": "resp_1"}})


def sign(payload, *, key=KEY, msg_id="wh_1", ts=NOW):
    text = payload.decode() if isinstance(payload, bytes) else payload
    digest = hmac.new(key, f"{msg_id}.{ts}.{text}".encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def headers(payload=PAYLOAD, *, ts=NOW, msg_id="wh_1", signature=None, key=KEY):
    sig = signature if signature is not None else "v1," + sign(payload, key=key, msg_id=msg_id, ts=ts)
    return {"webhook-id": msg_id, "webhook-timestamp": str(ts), "webhook-signature": sig}


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: NOW + 0.75)


def hooks(**kw):
    return OpenAI(api_key="k", **kw).webhooks


def test_valid_signature_str_and_bytes_payload():
    w = hooks()
    assert w.verify_signature(PAYLOAD, headers(), secret=SECRET) is None
    assert w.verify_signature(PAYLOAD.encode(), headers(), secret=SECRET) is None
    accented = '{"text":"café ✓"}'
    assert w.verify_signature(accented.encode("utf-8"), headers(accented), secret=SECRET) is None


@pytest.mark.parametrize("offset", [-300, 300, 0])
def test_tolerance_edges_are_accepted(offset):
    ts = NOW + offset
    hooks().verify_signature(PAYLOAD, headers(ts=ts), secret=SECRET)


def test_too_old_and_too_new():
    w = hooks()
    with pytest.raises(InvalidWebhookSignatureError, match="^Webhook timestamp is too old$"):
        w.verify_signature(PAYLOAD, headers(ts=NOW - 301), secret=SECRET)
    with pytest.raises(InvalidWebhookSignatureError, match="^Webhook timestamp is too new$"):
        w.verify_signature(PAYLOAD, headers(ts=NOW + 301), secret=SECRET)
    # a wider tolerance accepts both
    w.verify_signature(PAYLOAD, headers(ts=NOW - 301), secret=SECRET, tolerance=400)
    w.verify_signature(PAYLOAD, headers(ts=NOW + 301), secret=SECRET, tolerance=400)
    with pytest.raises(InvalidWebhookSignatureError, match="too old"):
        w.verify_signature(PAYLOAD, headers(ts=NOW - 11), secret=SECRET, tolerance=10)


def test_timestamp_must_be_an_integer():
    h = headers()
    h["webhook-timestamp"] = "12.5"
    with pytest.raises(InvalidWebhookSignatureError, match="^Invalid webhook timestamp format$"):
        hooks().verify_signature(PAYLOAD, h, secret=SECRET)
    h["webhook-timestamp"] = "soon"
    with pytest.raises(InvalidWebhookSignatureError, match="Invalid webhook timestamp format"):
        hooks().verify_signature(PAYLOAD, h, secret=SECRET)


@pytest.mark.parametrize("case", ["wrong secret", "tampered body", "other id", "other timestamp"])
def test_signature_mismatch(case):
    h = headers()
    payload, secret = PAYLOAD, SECRET
    if case == "wrong secret":
        secret = "whsec_" + base64.b64encode(b"another key entirely").decode()
    elif case == "tampered body":
        payload = PAYLOAD.replace("resp_1", "resp_2")
    elif case == "other id":
        h["webhook-id"] = "wh_2"
    else:
        h["webhook-timestamp"] = str(NOW + 1)
    with pytest.raises(InvalidWebhookSignatureError,
                       match="^The given webhook signature does not match the expected signature$"):
        hooks().verify_signature(payload, h, secret=secret)


def test_missing_headers_are_reported_in_order():
    full = headers()
    for missing in ("webhook-signature", "webhook-timestamp", "webhook-id"):
        h = {k: v for k, v in full.items() if k != missing}
        with pytest.raises(ValueError, match=f"^Could not find {missing} header$") as ei:
            hooks().verify_signature(PAYLOAD, h, secret=SECRET)
        assert not isinstance(ei.value, InvalidWebhookSignatureError)
    with pytest.raises(ValueError, match="webhook-signature"):
        hooks().verify_signature(PAYLOAD, {}, secret=SECRET)
    # only string values count
    with pytest.raises(ValueError, match="Could not find webhook-id header"):
        hooks().verify_signature(PAYLOAD, {**full, "webhook-id": b"wh_1"}, secret=SECRET)


def test_several_signatures_any_one_may_match():
    good = sign(PAYLOAD)
    bad = sign(PAYLOAD, key=b"old key")
    for value in (f"v1,{bad} v1,{good}", f"v1,{good}\tv1,{bad}", f"  v1,{bad}   v1,{good}  "):
        hooks().verify_signature(PAYLOAD, headers(signature=value), secret=SECRET)
    with pytest.raises(InvalidWebhookSignatureError):
        hooks().verify_signature(PAYLOAD, headers(signature=f"v1,{bad} v2,{good}"), secret=SECRET)


def test_bare_base64_signature_is_accepted():
    hooks().verify_signature(PAYLOAD, headers(signature=sign(PAYLOAD)), secret=SECRET)


def test_secret_without_prefix_is_used_as_raw_bytes():
    raw_secret = "my-plain-secret"
    h = headers(key=raw_secret.encode())
    hooks().verify_signature(PAYLOAD, h, secret=raw_secret)
    with pytest.raises(InvalidWebhookSignatureError):
        # with the prefix the rest is base64-decoded: its text is not the key
        hooks().verify_signature(PAYLOAD, headers(key=SECRET.encode()), secret=SECRET)
    hooks().verify_signature(PAYLOAD, headers(key=b""), secret="")  # empty is a valid key


def test_secret_from_the_client_and_the_environment(monkeypatch):
    hooks(webhook_secret=SECRET).verify_signature(PAYLOAD, headers())
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    client = OpenAI(api_key="k")
    assert client.webhook_secret == SECRET
    client.webhooks.verify_signature(PAYLOAD, headers())
    # an explicit secret wins over the client's
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify_signature(PAYLOAD, headers(), secret="whsec_" + base64.b64encode(b"x").decode())
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET")
    with pytest.raises(ValueError, match="^The webhook secret must either be set using the env var, "
                                         "OPENAI_WEBHOOK_SECRET, "):
        OpenAI(api_key="k").webhooks.verify_signature(PAYLOAD, headers())


def test_header_lookup_is_case_insensitive_and_accepts_get_objects():
    h = {k.upper(): v for k, v in headers().items()}
    hooks().verify_signature(PAYLOAD, h, secret=SECRET)

    class CapitalizedOnly:
        """Something like a framework's header object: .get() with exact names."""

        def __init__(self, data):
            self.data = {"-".join(p.capitalize() for p in k.split("-")): v for k, v in data.items()}
            self.asked = []

        def get(self, name):
            self.asked.append(name)
            return self.data.get(name)
    obj = CapitalizedOnly(headers())
    hooks().verify_signature(PAYLOAD, obj, secret=SECRET)
    assert obj.asked[:4] == ["webhook-signature", "webhook-signature", "WEBHOOK-SIGNATURE", "Webhook-Signature"]


def test_comparison_is_constant_time(monkeypatch):
    from openai_lite.resources import webhooks as module
    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)
    monkeypatch.setattr(module.hmac, "compare_digest", spy)
    hooks().verify_signature(PAYLOAD, headers(signature=f"v1,{sign('x')} v1,{sign(PAYLOAD)}"), secret=SECRET)
    assert len(calls) == 2 and calls[1][0] == calls[1][1]


def test_error_class():
    assert issubclass(InvalidWebhookSignatureError, ValueError)
    assert not issubclass(InvalidWebhookSignatureError, openai_lite.OpenAIError)


# ---- unwrap --------------------------------------------------------------------------------------

EVENTS = {
    "batch.cancelled": "BatchCancelledWebhookEvent", "batch.completed": "BatchCompletedWebhookEvent",
    "batch.expired": "BatchExpiredWebhookEvent", "batch.failed": "BatchFailedWebhookEvent",
    "eval.run.canceled": "EvalRunCanceledWebhookEvent", "eval.run.failed": "EvalRunFailedWebhookEvent",
    "eval.run.succeeded": "EvalRunSucceededWebhookEvent",
    "fine_tuning.job.cancelled": "FineTuningJobCancelledWebhookEvent",
    "fine_tuning.job.failed": "FineTuningJobFailedWebhookEvent",
    "fine_tuning.job.succeeded": "FineTuningJobSucceededWebhookEvent",
    "live.call.incoming": "LiveCallIncomingWebhookEvent",
    "realtime.call.incoming": "RealtimeCallIncomingWebhookEvent",
    "response.cancelled": "ResponseCancelledWebhookEvent", "response.completed": "ResponseCompletedWebhookEvent",
    "response.failed": "ResponseFailedWebhookEvent", "response.incomplete": "ResponseIncompleteWebhookEvent",
    "safety_identifier.blocked": "SafetyIdentifierBlockedWebhookEvent",
}


@pytest.mark.parametrize("event_type,class_name", sorted(EVENTS.items()))
def test_unwrap_gives_the_typed_event(event_type, class_name):
    payload = json.dumps({"id": "evt_9", "object": "event", "type": event_type, "created_at": NOW,
                          "data": {"id": "obj_1"}})
    event = hooks(webhook_secret=SECRET).unwrap(payload, headers(payload))
    assert type(event) is getattr(wtypes, class_name)
    assert event.id == "evt_9" and event.type == event_type and event.created_at == NOW
    assert event.object == "event"


def test_unwrap_union_covers_every_event_type():
    import typing
    variants = typing.get_args(UnwrapWebhookEvent)
    assert sorted(v.__name__ for v in variants) == sorted(EVENTS.values())


def test_unwrap_nested_data_bytes_and_unknown_type():
    payload = json.dumps({"id": "evt_2", "object": "event", "type": "realtime.call.incoming", "created_at": NOW,
                          "data": {"call_id": "rtc_1", "sip_headers": [{"name": "From", "value": "sip:a@b"}]}})
    event = hooks().unwrap(payload.encode(), headers(payload), secret=SECRET)
    assert isinstance(event, RealtimeCallIncomingWebhookEvent)
    assert event.data.call_id == "rtc_1" and event.data.sip_headers[0].value == "sip:a@b"
    ok = hooks().unwrap(PAYLOAD, headers(), secret=SECRET)
    assert isinstance(ok, ResponseCompletedWebhookEvent) and ok.data.id == "resp_1"
    future = json.dumps({"id": "evt_3", "type": "something.new", "created_at": NOW, "data": {"x": 1}})
    event = hooks().unwrap(future, headers(future), secret=SECRET)
    assert isinstance(event, BatchCancelledWebhookEvent) and event.type == "something.new"
    assert event.data.x == 1


def test_unwrap_verifies_first():
    with pytest.raises(InvalidWebhookSignatureError):
        hooks().unwrap(PAYLOAD, headers(signature="v1,AAAA"), secret=SECRET)
    with pytest.raises(InvalidWebhookSignatureError, match="too old"):
        hooks().unwrap(PAYLOAD, headers(ts=NOW - 301), secret=SECRET)
    assert "tolerance" not in inspect.signature(hooks().unwrap).parameters


def test_async_client_methods_are_plain_functions():
    w = AsyncOpenAI(api_key="k", webhook_secret=SECRET).webhooks
    assert not inspect.iscoroutinefunction(w.unwrap)
    assert not inspect.iscoroutinefunction(w.verify_signature)
    assert w.verify_signature(PAYLOAD, headers()) is None
    assert isinstance(w.unwrap(PAYLOAD, headers()), ResponseCompletedWebhookEvent)
    from openai_lite.resources.webhooks import AsyncWebhooks, Webhooks
    assert AsyncWebhooks is Webhooks
    # not offered through the raw/streamed client views, like the SDK
    with pytest.raises(AttributeError):
        OpenAI(api_key="k").with_raw_response.webhooks
