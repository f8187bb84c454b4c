"""OPENAI_LOG=info|debug turns on the SDK's logger ("openai"); secrets never reach a record.

``logging`` itself is imported only when OPENAI_LOG asks for output or when the
application imported it already: an unconfigured process pays nothing for it.
"""
from __future__ import annotations

import os
import sys

from .core.redact import redact_headers

TYPE_CHECKING = False  # typing is not imported at run time: annotations only
if TYPE_CHECKING:
    import logging
    from typing import Any, Optional

__all__ = ["setup_logging", "log_request", "get_logger", "SensitiveHeadersFilter"]

_configured = False


_logger: "Optional[logging.Logger]" = None


def get_logger() -> "Optional[logging.Logger]":
    """The "openai" logger, or None when nothing in the process imported logging: then no
    handler can exist for our debug/info records."""
    global _logger
    if _logger is None:
        mod = sys.modules.get("logging")
        if mod is None:
            return None
        _logger = mod.getLogger("openai")  # getLogger takes a lock: once is enough
    return _logger


class SensitiveHeadersFilter:
    """Last line of defence: redact header mappings passed as log arguments.  (logging
    accepts any object with a ``filter`` method.)"""

    def filter(self, record: Any) -> bool:
        args = record.args
        if isinstance(args, dict) and isinstance(args.get("headers"), dict):
            args = dict(args)
            args["headers"] = dict(redact_headers(args["headers"]))
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
    import logging

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(
        "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s", "%Y-%m-%d %H:%M:%S"))
    handler.addFilter(SensitiveHeadersFilter())
    logger = logging.getLogger("openai")
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
    logger = get_logger()
    if logger is not None and logger.isEnabledFor(10):  # DEBUG
        logger.debug("Request options: %s", _RequestRepr(request))
