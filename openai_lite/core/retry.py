"""When to retry and how long to wait: the SDK's rules as pure functions.

``now`` and ``rand`` are arguments so tests can pin them.
"""
from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: annotations only
if TYPE_CHECKING:
    from typing import Mapping, Optional

__all__ = ["INITIAL_RETRY_DELAY", "MAX_RETRY_DELAY", "MAX_SERVER_DELAY", "server_delay",
           "should_retry", "backoff", "retry_sleep"]

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_SERVER_DELAY = 120.0  # a server asking for longer than this is not waited for


def server_delay(headers: Mapping[str, str], now: float) -> Optional[float]:
    """Seconds the server asked us to wait: retry-after-ms, then retry-after as seconds
    or as an HTTP date.  None when absent or unparseable."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return float(ms) / 1000.0
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    from email.utils import parsedate_tz, mktime_tz

    try:
        parsed = parsedate_tz(value)
        if parsed is None:
            return None
        return float(mktime_tz(parsed)) - now
    except (OverflowError, ValueError, TypeError):
        return None


def should_retry(status: int, headers: Mapping[str, str], now: float) -> bool:
    import math  # only an error response gets here

    delay = server_delay(headers, now)
    # An explicit wait beyond the cap beats every other signal, x-should-retry included.
    if delay is not None and math.isfinite(delay) and delay > MAX_SERVER_DELAY:
        return False
    flag = headers.get("x-should-retry")
    if flag == "true":
        return True
    if flag == "false":
        return False
    return status in (408, 409, 429) or status >= 500


def backoff(attempt: int, rand: float) -> float:
    """Exponential backoff for retry number ``attempt`` (0-based), with up to 25% jitter."""
    base = min(INITIAL_RETRY_DELAY * 2.0 ** min(attempt, 1000), MAX_RETRY_DELAY)
    return max(0.0, base * (1.0 - 0.25 * rand))


def retry_sleep(attempt: int, headers: Optional[Mapping[str, str]], now: float, rand: float) -> float:
    import math

    if headers is not None:
        delay = server_delay(headers, now)
        if delay is not None and math.isfinite(delay) and 0 < delay <= MAX_SERVER_DELAY:
            return delay
    return backoff(attempt, rand)
