"""Pool bookkeeping shared by both transports: pure state, no locks, no sockets.

The sync transport guards it with a threading.Condition, the async one with an
asyncio.Condition; both ask it the same questions, so their reuse rules cannot drift.
"""
from __future__ import annotations

from typing import Dict, Generic, List, Optional, Tuple, TypeVar

from .limits import DEFAULT_LIMITS, Limits

__all__ = ["Limits", "DEFAULT_LIMITS", "PoolState", "Origin"]

C = TypeVar("C")
Origin = Tuple[str, str, int, object]  # scheme, host, port, proxy key


class PoolState(Generic[C]):
    """Idle connections per origin (LIFO, so the warmest socket is reused) and the count
    of connections alive.  Methods return the connections the caller must close."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._idle: Dict[Origin, List[Tuple[C, float]]] = {}
        self.open_count = 0  # idle + in use
        self.idle_count = 0  # kept as a counter: release() is on every request's path

    def take_idle(self, origin: Origin, now: float) -> Tuple[Optional[C], List[C]]:
        """The most recently used idle connection for ``origin`` still inside its expiry,
        plus the expired ones to close.  The caller still checks the socket is alive."""
        expired: List[C] = []
        stack = self._idle.get(origin)
        expiry = self.limits.keepalive_expiry
        found: Optional[C] = None
        while stack:
            conn, since = stack.pop()
            self.idle_count -= 1
            if expiry is not None and now - since > expiry:
                expired.append(conn)
                continue
            found = conn
            break
        if stack is not None and not stack:
            del self._idle[origin]
        self.open_count -= len(expired)
        return found, expired

    def expire(self, now: float) -> List[C]:
        """Drop every idle connection past its keep-alive expiry."""
        expiry = self.limits.keepalive_expiry
        if expiry is None:
            return []
        out: List[C] = []
        for origin in list(self._idle):
            keep = [(c, t) for c, t in self._idle[origin] if now - t <= expiry]
            out.extend(c for c, t in self._idle[origin] if now - t > expiry)
            if keep:
                self._idle[origin] = keep
            else:
                del self._idle[origin]
        self.open_count -= len(out)
        self.idle_count -= len(out)
        return out

    def reserve(self) -> Tuple[bool, List[C]]:
        """May a new connection be opened?  If the limit is reached but idle connections of
        other origins exist, the oldest of them is given up to make room."""
        limit = self.limits.max_connections
        if limit is None or self.open_count < limit:
            self.open_count += 1
            return True, []
        victim = self._pop_oldest()
        if victim is None:
            return False, []
        # the victim's slot becomes the new connection's slot
        return True, [victim]

    def release(self, origin: Origin, conn: C, now: float) -> List[C]:
        """A connection whose response is fully read comes back for reuse."""
        self._idle.setdefault(origin, []).append((conn, now))
        self.idle_count += 1
        out: List[C] = []
        max_idle = self.limits.max_keepalive_connections
        while max_idle is not None and self.idle_count > max_idle:
            victim = self._pop_oldest()
            if victim is None:
                break
            out.append(victim)
            self.open_count -= 1
        return out

    def discard(self) -> None:
        """A connection that was in use got closed (error, not reusable, or not wanted)."""
        self.open_count -= 1

    def drain(self) -> List[C]:
        out = [c for stack in self._idle.values() for c, _ in stack]
        self._idle.clear()
        self.open_count -= len(out)
        self.idle_count = 0
        return out

    def _pop_oldest(self) -> Optional[C]:
        best: Optional[Tuple[Origin, int, float]] = None
        for origin, stack in self._idle.items():
            for i, (_, since) in enumerate(stack):
                if best is None or since < best[2]:
                    best = (origin, i, since)
        if best is None:
            return None
        origin, i, _ = best
        conn, _ = self._idle[origin].pop(i)
        self.idle_count -= 1
        if not self._idle[origin]:
            del self._idle[origin]
        return conn
