"""Transfer progress on stderr for the command line's uploads and downloads."""
from __future__ import annotations

import sys
import time
from typing import Optional, TextIO

__all__ = ["Progress", "human_size", "PROGRESS_THRESHOLD"]

# Below this a transfer is over before a progress line could be read.
PROGRESS_THRESHOLD = 4 * 1024 * 1024


def human_size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if abs(n) < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"  # pragma: no cover - the loop always returns


class Progress:
    """``update(n)`` as bytes move; ``done()`` at the end.

    On a terminal one line is redrawn in place; otherwise (a log, a test) a line is
    written at each quarter so the output stays short.  Silent when ``total`` is known
    and under the threshold, since such transfers finish before anyone could read it.
    """

    def __init__(self, label: str, total: Optional[int], *, out: Optional[TextIO] = None,
                 force: bool = False) -> None:
        self.label = label
        self.total = total
        self.out = out if out is not None else sys.stderr
        self.done_bytes = 0
        self.started = time.monotonic()
        # With no size known up front, reporting starts once the transfer turns out big.
        self.enabled = force or (total is not None and total >= PROGRESS_THRESHOLD)
        self.tty = bool(getattr(self.out, "isatty", lambda: False)())
        self._next_quarter = 1
        self._last_draw = 0.0
        if self.enabled:
            self._announce()

    def _announce(self) -> None:
        size = f" ({human_size(self.total)})" if self.total is not None else ""
        self._write(f"{self.label}{size}...\n")

    def _write(self, text: str) -> None:
        self.out.write(text)
        self.out.flush()

    def _rate(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        return f"{human_size(self.done_bytes / elapsed)}/s"

    def update(self, n: int) -> None:
        self.done_bytes += n
        if not self.enabled:
            if self.total is not None or self.done_bytes < PROGRESS_THRESHOLD:
                return
            self.enabled = True
            self._announce()
        if self.total:
            fraction = min(1.0, self.done_bytes / self.total)
            if self.tty:
                now = time.monotonic()
                if now - self._last_draw >= 0.1 or fraction >= 1.0:
                    self._last_draw = now
                    self._write(f"\r  {fraction:6.1%}  {human_size(self.done_bytes)} of "
                                f"{human_size(self.total)}  {self._rate()}   ")
            else:
                while self._next_quarter <= 3 and fraction >= self._next_quarter / 4:
                    self._write(f"  {self._next_quarter * 25}%  {human_size(self.done_bytes)} of "
                                f"{human_size(self.total)}\n")
                    self._next_quarter += 1
        elif self.tty:
            self._write(f"\r  {human_size(self.done_bytes)}  {self._rate()}   ")
        elif self.done_bytes >= self._next_quarter * PROGRESS_THRESHOLD * 4:
            self._write(f"  {human_size(self.done_bytes)}\n")
            self._next_quarter += 1

    def done(self) -> None:
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.started
        prefix = "\r" if self.tty else ""
        self._write(f"{prefix}  done: {human_size(self.done_bytes)} in {elapsed:.2f} s "
                    f"({self._rate()})" + (" " * 20 if self.tty else "") + "\n")
