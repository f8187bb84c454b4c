"""Timeout values: one number for every phase, or connect/read/write/pool apart."""
from __future__ import annotations

from ._types import NOT_GIVEN, NotGiven

TYPE_CHECKING = False  # typing is not imported at run time: annotations only
if TYPE_CHECKING:
    from typing import Any, Optional, Union

__all__ = ["Timeout", "DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES", "TimeoutTypes", "to_timeout"]

_Unset = NotGiven


class Timeout:
    """Per-phase timeouts in seconds; ``None`` means no limit for that phase.

    ``Timeout(60.0, connect=2.0)`` uses 60 s for every phase not named.  With no
    positional value all four phases must be named, so nothing is left unbounded by accident.
    """

    __slots__ = ("connect", "read", "write", "pool")

    def __init__(
        self,
        timeout: "Union[float, None, Timeout, NotGiven]" = NOT_GIVEN,
        *,
        connect: "Union[float, None, NotGiven]" = NOT_GIVEN,
        read: "Union[float, None, NotGiven]" = NOT_GIVEN,
        write: "Union[float, None, NotGiven]" = NOT_GIVEN,
        pool: "Union[float, None, NotGiven]" = NOT_GIVEN,
    ) -> None:
        if isinstance(timeout, Timeout):
            if not all(isinstance(v, NotGiven) for v in (connect, read, write, pool)):
                raise ValueError("Timeout(Timeout(...)) takes no other arguments")
            self.connect: Optional[float] = timeout.connect
            self.read: Optional[float] = timeout.read
            self.write: Optional[float] = timeout.write
            self.pool: Optional[float] = timeout.pool
            return
        if isinstance(timeout, NotGiven):
            if any(isinstance(v, NotGiven) for v in (connect, read, write, pool)):
                raise ValueError(
                    "Timeout needs either a default value, e.g. Timeout(10.0), or all four of "
                    "connect, read, write and pool"
                )
            timeout = None
        for name, value in (("timeout", timeout), ("connect", connect), ("read", read),
                            ("write", write), ("pool", pool)):
            if value is not None and not isinstance(value, (NotGiven, int, float)):
                raise TypeError(f"Timeout {name} must be a number or None, not {type(value).__name__}")
            if isinstance(value, (int, float)) and value < 0:
                raise ValueError(f"Timeout {name} must not be negative")
        # Numbers are kept as given (int stays int): x-stainless-read-timeout is str() of it.
        default = None if timeout is None else timeout
        self.connect = default if isinstance(connect, NotGiven) else _f(connect)
        self.read = default if isinstance(read, NotGiven) else _f(read)
        self.write = default if isinstance(write, NotGiven) else _f(write)
        self.pool = default if isinstance(pool, NotGiven) else _f(pool)

    def as_tuple(self) -> "tuple[Optional[float], Optional[float], Optional[float], Optional[float]]":
        return (self.connect, self.read, self.write, self.pool)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Timeout) and self.as_tuple() == other.as_tuple()

    def __hash__(self) -> int:
        return hash(self.as_tuple())

    def __repr__(self) -> str:
        c, r, w, p = self.as_tuple()
        if c == r == w == p:
            return f"Timeout(timeout={c})"
        return f"Timeout(connect={c}, read={r}, write={w}, pool={p})"


def _f(value: "Union[float, None, NotGiven]") -> Optional[float]:
    return None if value is None or isinstance(value, NotGiven) else value


if TYPE_CHECKING:
    TimeoutTypes = Union[float, Timeout, None]

DEFAULT_TIMEOUT = Timeout(timeout=600, connect=5.0)
DEFAULT_MAX_RETRIES = 2


def to_timeout(value: "Union[float, Timeout, None]") -> Timeout:
    if isinstance(value, Timeout):
        return value
    if value is None:
        return Timeout(None)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"timeout must be a number, a Timeout or None, not {type(value).__name__}")
    return Timeout(value)


def __getattr__(name: str) -> Any:
    if name == "TimeoutTypes":  # built on first use, as the alias needs typing
        from typing import Union

        value = globals()[name] = Union[float, Timeout, None]
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
