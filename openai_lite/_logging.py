"""OPENAI_LOG=info|debug turns on the SDK's logger ("openai"); secrets never reach a record."""
from __future__ import annotations

import logging
import os
from typing import Any

from .core.redact import redact_headers

__all__ = ["setup_logging", "log_request", "SensitiveHeadersFilter"]

logger = logging.getLogger("openai")
_configured = False


class SensitiveHeadersFilter(logging.Filter):
    """Last line of defence: redact header mappings passed as log arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, dict) and "headers" in args:
            headers = args["headers"]
            if isinstance(headers, dict):
                args = dict(args)
                args["headers"] = dict(redact_headers(headers))
                record.args = args
        return True


def setup_logging() -> None:
    global _configured
    if _configured:
        return
    _configured = True
    level = os.environ.get("OPENAI_LOG", "").lower()
    if level not in ("debug", "info"):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(
        "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s", "%Y-%m-%d %H:%M:%S"))
    handler.addFilter(SensitiveHeadersFilter())
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


class _RequestRepr:
    __slots__ = ("request",)

    def __init__(self, request: Any) -> None:
        self.request = request

    def __str__(self) -> str:
        r = self.request
        return f"{{'method': {r.method!r}, 'url': {r.url!r}, 'headers': {dict(redact_headers(r.headers))!r}}}"


def log_request(request: Any) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("Request options: %s", _RequestRepr(request))
