from __future__ import annotations

from typing import Literal

__all__ = ["ResponseStatus"]

ResponseStatus = Literal["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"]
