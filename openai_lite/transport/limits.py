"""Connection limits.  Kept out of ``pool`` so that configuring a client loads neither the
pool bookkeeping nor ``typing``, which its generic class needs."""
from __future__ import annotations

TYPE_CHECKING = False  # annotations only: typing is not imported at run time
if TYPE_CHECKING:
    from typing import Optional

__all__ = ["Limits", "DEFAULT_LIMITS"]


class Limits:
    """Connection limits, the SDK's ``httpx.Limits`` under our own name."""

    __slots__ = ("max_connections", "max_keepalive_connections", "keepalive_expiry")

    def __init__(self, *, max_connections: Optional[int] = None,
                 max_keepalive_connections: Optional[int] = None,
                 keepalive_expiry: Optional[float] = 5.0) -> None:
        for name, value in (("max_connections", max_connections),
                            ("max_keepalive_connections", max_keepalive_connections)):
            if value is not None and (not isinstance(value, int) or value < 0):
                raise ValueError(f"{name} must be a non-negative integer or None")
        self.max_connections = max_connections
        self.max_keepalive_connections = max_keepalive_connections
        self.keepalive_expiry = keepalive_expiry

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Limits) and (
            self.max_connections, self.max_keepalive_connections, self.keepalive_expiry) == (
            other.max_connections, other.max_keepalive_connections, other.keepalive_expiry)

    def __repr__(self) -> str:
        return (f"Limits(max_connections={self.max_connections}, max_keepalive_connections="
                f"{self.max_keepalive_connections}, keepalive_expiry={self.keepalive_expiry})")


# The SDK's defaults: 1000 connections, 100 kept alive.
DEFAULT_LIMITS = Limits(max_connections=1000, max_keepalive_connections=100, keepalive_expiry=5.0)
