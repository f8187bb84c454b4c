"""``client.webhooks``: checks that a webhook request really came from OpenAI, locally.

No HTTP is involved, so the methods are the same plain functions on the sync and the
async client (the SDK's async variants are not coroutines either). For that reason this
class is not an ``APIResource``: the async-twin generator, which would declare every
method a coroutine, leaves the module alone and ``AsyncWebhooks`` below is written by hand.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .._exceptions import InvalidWebhookSignatureError

if TYPE_CHECKING:
    from ..types.webhooks.unwrap_webhook_event import UnwrapWebhookEvent

__all__ = ["Webhooks", "AsyncWebhooks"]

_SECRET_PREFIX = "whsec_"


def _header(headers: Any, name: str) -> Optional[str]:
    """A header value by case-insensitive name; only string values count."""
    if isinstance(headers, Mapping):
        lower = name.lower()
        for key, value in headers.items():
            if isinstance(key, str) and key.lower() == lower and isinstance(value, str):
                return value
        return None
    get = getattr(headers, "get", None)
    if get is None:
        return None
    capitalized = "-".join(part.capitalize() for part in name.split("-"))
    for candidate in (name, name.lower(), name.upper(), capitalized):
        value = get(candidate)
        if isinstance(value, str):
            return value
    return None


class Webhooks:
    def __init__(self, client: Any, mode: str = "plain") -> None:
        self._client = client

    def verify_signature(
        self,
        payload: Union[str, bytes],
        headers: Any,
        *,
        secret: Optional[str] = None,
        tolerance: int = 300,
    ) -> None:
        """Raise unless ``payload`` carries a valid signature made at most ``tolerance``
        seconds from now (either way).

        ``headers`` is a mapping or anything with ``.get(name)``; the secret defaults to
        the client's ``webhook_secret`` (env ``OPENAI_WEBHOOK_SECRET``).
        """
        if secret is None:
            secret = self._client.webhook_secret
        if secret is None:
            raise ValueError(
                "The webhook secret must either be set using the env var, OPENAI_WEBHOOK_SECRET, "
                "on the client class, OpenAI(webhook_secret='123'), or passed to this function"
            )
        values = {}
        for name in ("webhook-signature", "webhook-timestamp", "webhook-id"):
            value = _header(headers, name)
            if value is None:
                raise ValueError(f"Could not find {name} header")
            values[name] = value
        timestamp = values["webhook-timestamp"]
        try:
            seconds = int(timestamp)
        except ValueError:
            raise InvalidWebhookSignatureError("Invalid webhook timestamp format") from None
        now = int(time.time())
        if now - seconds > tolerance:
            raise InvalidWebhookSignatureError("Webhook timestamp is too old")
        if seconds > now + tolerance:
            raise InvalidWebhookSignatureError("Webhook timestamp is too new")

        body = payload.decode("utf-8") if isinstance(payload, bytes) else payload
        key = (base64.b64decode(secret[len(_SECRET_PREFIX):]) if secret.startswith(_SECRET_PREFIX)
               else secret.encode("utf-8"))
        signed = f"{values['webhook-id']}.{timestamp}.{body}".encode("utf-8")
        expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode("ascii")
        # Several signatures may be sent (during secret rotation); any one may match.
        for candidate in values["webhook-signature"].split():
            if candidate.startswith("v1,"):
                candidate = candidate[3:]
            if hmac.compare_digest(candidate.encode("utf-8"), expected.encode("ascii")):
                return
        raise InvalidWebhookSignatureError("The given webhook signature does not match the expected signature")

    def unwrap(self, payload: Union[str, bytes], headers: Any, *,
               secret: Optional[str] = None) -> "UnwrapWebhookEvent":
        """Verify ``payload`` (see ``verify_signature``), then decode it into its event."""
        from .._models import construct_type
        from ..types.webhooks.unwrap_webhook_event import UnwrapWebhookEvent

        self.verify_signature(payload, headers, secret=secret)
        body = payload.decode("utf-8") if isinstance(payload, bytes) else payload
        event: UnwrapWebhookEvent = construct_type(type_=UnwrapWebhookEvent, value=json.loads(body))
        return event


# Written by hand (see the module docstring): identical methods, not coroutines.
AsyncWebhooks = Webhooks
